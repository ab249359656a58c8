// Kysely on PGlite with one session at a time. PGlite is a single embedded
// PostgreSQL session: without this, a query from one request could run inside
// another request's open transaction (and be rolled back with it). Each
// acquired connection holds the session until it is released, so a
// transaction's statements are never interleaved with anything else; PGlite
// runs one statement at a time anyway, so nothing is lost.
import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';
import { isScriptQuery } from './scriptQuery.js';
import { traceStatement } from '../tracing/databaseSpan.js';

/** A FIFO lock: `acquire` resolves with the function that releases it. */
export class SessionLock {
  private tail: Promise<void> = Promise.resolve();
  /** Acquisitions not yet released: the holder and those waiting behind it (the pool gauges). */
  private pending = 0;

  /** Whether someone holds the session now. */
  get busy(): boolean {
    return this.pending > 0;
  }

  /** How many wait for the session behind its holder. */
  get waiting(): number {
    return Math.max(0, this.pending - 1);
  }

  acquire(): Promise<() => void> {
    this.pending += 1;
    let resolveReleased!: () => void;
    const released = new Promise<void>((resolve) => {
      resolveReleased = resolve;
    });
    let done = false;
    const release = () => {
      if (done) return;
      done = true;
      this.pending -= 1;
      resolveReleased();
    };
    const acquired = this.tail.then(() => release);
    this.tail = this.tail.then(() => released);
    return acquired;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

class PgliteConnection implements DatabaseConnection {
  constructor(
    private readonly client: PGlite,
    readonly release: () => void,
  ) {}

  async executeQuery<Row>(compiledQuery: CompiledQuery): Promise<QueryResult<Row>> {
    if (isScriptQuery(compiledQuery)) {
      await this.client.exec(compiledQuery.sql);
      return { rows: [] };
    }
    // Every statement of a PGlite database passes here: the one place to trace them (no library instruments PGlite).
    const result = await traceStatement(compiledQuery.sql, () => this.client.query<Row>(compiledQuery.sql, [...compiledQuery.parameters]));
    return {
      rows: result.rows,
      ...(result.affectedRows !== undefined ? { numAffectedRows: BigInt(result.affectedRows) } : {}),
    };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<Row>(): AsyncIterableIterator<QueryResult<Row>> {
    throw new Error('PGlite does not stream query results.');
  }
}

class ExclusivePgliteDriver implements Driver {
  constructor(
    private readonly client: PGlite,
    private readonly lock: SessionLock,
  ) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new PgliteConnection(this.client, await this.lock.acquire());
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('BEGIN'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('COMMIT'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('ROLLBACK'));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as PgliteConnection).release();
  }

  async destroy(): Promise<void> {}
}

export function exclusivePgliteDialect(client: PGlite, lock: SessionLock): Dialect {
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new ExclusivePgliteDriver(client, lock),
    createIntrospector: (db: Kysely<any>) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
}
