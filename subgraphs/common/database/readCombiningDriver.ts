// Sends the reads that a process starts in the same tick to PostgreSQL together, on one connection without waiting
// between them (node-postgres's pipeline mode: the pool's clients need `pipeline: true`). A patient's picture makes
// a dozen small SELECTs, each issued by a DataLoader batch as soon as the access decision is known; one connection
// and one server backend then serve them back to back instead of a dozen each waking up for one. Each read keeps its
// own bound parameters and its own result or error. Transactions, writes and anything that may touch session state
// run exactly as before, on a connection of their own.
import { PostgresDialect, type CompiledQuery, type DatabaseConnection, type Driver, type QueryResult, type TransactionSettings } from 'kysely';
import type pg from 'pg';

/** Beyond this many reads a burst is split over connections, so one slow read does not hold up a whole burst. */
const maximumReadsPerConnection = 32;

/** A SELECT that reads only: no locking clause, no function that changes state. */
const readOnlyStart = /^\s*\(*\s*select\b/i;
const mayChangeState = /\b(insert|update|delete|merge|set_config|nextval|setval|pg_(?:try_)?advisory_\w+|share|lock)\b/i;

/** The verdict on each query text seen (a process runs a few hundred distinct ones, each thousands of times). */
const readOnlyTexts = new Map<string, boolean>();
const maximumRememberedTexts = 5_000;

export function isCombinableRead(query: CompiledQuery): boolean {
  let readOnly = readOnlyTexts.get(query.sql);
  if (readOnly === undefined) {
    readOnly = readOnlyStart.test(query.sql) && !mayChangeState.test(query.sql) && !query.sql.includes(';');
    if (readOnlyTexts.size >= maximumRememberedTexts) readOnlyTexts.clear();
    readOnlyTexts.set(query.sql, readOnly);
  }
  return readOnly;
}

interface PendingRead {
  query: CompiledQuery;
  resolve(result: QueryResult<unknown>): void;
  reject(error: unknown): void;
}

/** The reads of one tick, sent together when the event loop reaches its check phase. */
export class ReadCombiner {
  #pending: PendingRead[] = [];
  #scheduled = false;
  #connections = 0;

  constructor(private readonly pool: pg.Pool) {}

  /** How many connections the combiner has taken from the pool for its bursts, for tests. */
  get connectionCount(): number {
    return this.#connections;
  }

  read<Row>(query: CompiledQuery): Promise<QueryResult<Row>> {
    return new Promise<QueryResult<Row>>((resolve, reject) => {
      this.#pending.push({ query, resolve: resolve as PendingRead['resolve'], reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => this.#flush());
      }
    });
  }

  #flush(): void {
    const pending = this.#pending;
    this.#pending = [];
    this.#scheduled = false;
    for (let start = 0; start < pending.length; start += maximumReadsPerConnection) {
      void this.#send(pending.slice(start, start + maximumReadsPerConnection));
    }
  }

  async #send(reads: PendingRead[]): Promise<void> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      for (const read of reads) read.reject(error);
      return;
    }
    this.#connections += 1;
    try {
      await Promise.all(
        reads.map(async (read) => {
          try {
            const result = await client.query(read.query.sql, [...read.query.parameters]);
            read.resolve({ rows: result.rows ?? [] });
          } catch (error) {
            read.reject(error);
          }
        }),
      );
    } finally {
      client.release();
    }
  }
}

/**
 * Kysely's connection for one query or one transaction: a combinable read outside a transaction goes to the
 * combiner; everything else takes a pooled connection on first use and keeps it until Kysely releases this one.
 */
class DeferredConnection implements DatabaseConnection {
  #connection: Promise<DatabaseConnection> | null = null;

  constructor(
    private readonly inner: Driver,
    private readonly combiner: ReadCombiner,
  ) {}

  dedicated(): Promise<DatabaseConnection> {
    this.#connection ??= this.inner.acquireConnection();
    return this.#connection;
  }

  acquired(): Promise<DatabaseConnection> | null {
    return this.#connection;
  }

  async executeQuery<Row>(query: CompiledQuery): Promise<QueryResult<Row>> {
    if (this.#connection === null && isCombinableRead(query)) return this.combiner.read<Row>(query);
    return (await this.dedicated()).executeQuery<Row>(query);
  }

  async *streamQuery<Row>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<Row>> {
    yield* (await this.dedicated()).streamQuery<Row>(query, chunkSize);
  }
}

/** How Kysely hands a driver its query compiler for savepoint commands. */
type CompileQuery = Parameters<NonNullable<Driver['savepoint']>>[2];

class ReadCombiningDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly combiner: ReadCombiner,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new DeferredConnection(this.inner, this.combiner);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await this.inner.beginTransaction(await (connection as DeferredConnection).dedicated(), settings);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await this.inner.commitTransaction(await (connection as DeferredConnection).dedicated());
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await this.inner.rollbackTransaction(await (connection as DeferredConnection).dedicated());
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: CompileQuery): Promise<void> {
    await this.inner.savepoint!(await (connection as DeferredConnection).dedicated(), name, compile);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: CompileQuery): Promise<void> {
    await this.inner.rollbackToSavepoint!(await (connection as DeferredConnection).dedicated(), name, compile);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: CompileQuery): Promise<void> {
    await this.inner.releaseSavepoint!(await (connection as DeferredConnection).dedicated(), name, compile);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const acquired = (connection as DeferredConnection).acquired();
    if (acquired) await this.inner.releaseConnection(await acquired);
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/** Kysely's PostgreSQL dialect over `pool`, with the reads of a tick combined into one message. */
export class ReadCombiningPostgresDialect extends PostgresDialect {
  readonly combiner: ReadCombiner;

  constructor(pool: pg.Pool) {
    super({ pool });
    this.combiner = new ReadCombiner(pool);
  }

  override createDriver(): Driver {
    return new ReadCombiningDriver(super.createDriver(), this.combiner);
  }
}
