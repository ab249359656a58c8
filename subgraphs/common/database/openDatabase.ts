// Opens a subgraph's own database: a real PostgreSQL server when a connection
// URL is given, else embedded PostgreSQL (PGlite) in a data directory. Both are
// wrapped in the same Kysely instance, so the same queries and migrations run
// on either.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import type { Logger } from '../../../platform/logging/logger.js';
import { exclusivePgliteDialect, SessionLock } from './exclusivePgliteDialect.js';
import { budgetedClientClass } from './budgetedClient.js';
import { databaseUnavailableReason } from '../../../platform/errors/databaseUnavailable.js';
import { defaultDatabaseTimeouts, type DatabaseTimeouts } from './databaseTimeouts.js';
import { initializePgliteDirectory } from './initializePgliteDirectory.js';
import { lockDataDirectory } from './dataDirectoryLock.js';
import { ReadCombiningPostgresDialect } from './readCombiningDriver.js';
import { optimisationOn } from '../../../platform/optimisations/optimisations.js';
import { valueParsers } from './typeParsers.js';

export type DatabaseLocation =
  | { kind: 'postgres'; url: string }
  /** `dataDir` is a folder, or `memory://` for a throwaway database. */
  | { kind: 'pglite'; dataDir: string };

export interface Database<Schema> {
  db: Kysely<Schema>;
  location: DatabaseLocation;
  /** Runs a script of several statements (migrations) in one transaction, outside Kysely. */
  runScript(sqlText: string): Promise<void>;
  /** How many SQL statements this process has sent, for the metrics and batching tests. */
  statementCount(): number;
  /** The connections now (the pool gauges): PGlite is one session, busy or idle, with its queue. */
  connections(): DatabaseConnections;
  close(): Promise<void>;
}

export interface DatabaseConnections {
  /** Open connections (PGlite: 1). */
  total: number;
  /** Open and not in use. */
  idle: number;
  /** Callers waiting for a connection (PGlite: for the session). */
  waiting: number;
}

export interface DatabaseOptions {
  /** For a PostgreSQL server (PGlite runs in this process and has no connection to lose). */
  timeouts?: DatabaseTimeouts;
  /** Where a lost connection is reported. */
  log?: Logger;
}

export async function openDatabase<Schema>(location: DatabaseLocation, options: DatabaseOptions = {}): Promise<Database<Schema>> {
  let statements = 0;
  const log = (event: LogEvent): void => {
    if (event.level === 'query') statements += 1;
  };

  if (location.kind === 'postgres') {
    const timeouts = options.timeouts ?? defaultDatabaseTimeouts;
    const combineReads = optimisationOn('read-combiner');
    const pool = new pg.Pool({
      connectionString: location.url,
      max: 10,
      // The read combiner sends a tick's reads on one connection without waiting between them.
      pipeline: combineReads,
      Client: budgetedClientClass(timeouts.statementMs),
      connectionTimeoutMillis: timeouts.connectMs,
      keepAlive: true,
      // By default connections stay open between bursts: a new server backend plans its first statements on cold
      // catalog caches, which a NOSAM view opened after a quiet moment would wait for.
      idleTimeoutMillis: timeouts.idleMs,
      // Short queries only: PostgreSQL's JIT compiles a query whose estimated cost passes jit_above_cost, which for
      // the shared-patient count cost far more than running it. A subgraph's tables fit in memory, where an index
      // probe costs about what a sequential read does; the default random_page_cost (4, for spinning disks) made a
      // page of patients (`personnummer = ANY($1)`) read the whole table instead of the primary key.
      // statement_timeout: the server stops work nobody waits for any more; budgetedClient.ts stops the waiting.
      options: `-c jit=off -c random_page_cost=1.1 -c statement_timeout=${timeouts.statementMs} -c idle_in_transaction_session_timeout=${timeouts.statementMs * 2}`,
      types: {
        getTypeParser: ((oid: number, format?: string) =>
          valueParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection the server closes (a restart, an administrator) is an
    // 'error' event on the pool; unhandled it would end the process. The pool
    // drops that connection and opens a new one when next needed.
    pool.on('error', () => undefined);
    // A connection in use that the server drops (a restart under writes) is an 'error' event on its client, which
    // the pool does not listen to while the client is checked out: unhandled, it would end the process. The query
    // on it fails (DATABASE_UNAVAILABLE) and the pool replaces the connection.
    pool.on('connect', (client) => {
      client.on('error', (error) => options.log?.warn('database connection lost', { reason: databaseUnavailableReason(error) ?? 'OTHER', message: error.message }));
    });
    // Reads of one tick travel together (readCombiningDriver.ts); transactions and writes as usual.
    const dialect = combineReads ? new ReadCombiningPostgresDialect(pool) : new PostgresDialect({ pool });
    const db = new Kysely<Schema>({ dialect, log });
    return {
      db,
      location,
      async runScript(sqlText) {
        statements += 1;
        const connection = await pool.connect();
        try {
          await connection.query(`BEGIN;\n${sqlText};\nCOMMIT;`);
        } catch (error) {
          await connection.query('ROLLBACK');
          throw error;
        } finally {
          connection.release();
        }
      },
      statementCount: () => statements,
      connections: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      close: () => db.destroy(),
    };
  }

  const lock = location.dataDir === 'memory://' ? null : lockDataDirectory(location.dataDir);
  let client: PGlite;
  try {
    if (location.dataDir !== 'memory://') {
      mkdirSync(location.dataDir, { recursive: true });
      await initializePgliteDirectory(location.dataDir);
    }
    client = await PGlite.create({ dataDir: location.dataDir, parsers: valueParsers });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const session = new SessionLock();
  const db = new Kysely<Schema>({ dialect: exclusivePgliteDialect(client, session), log });
  return {
    db,
    location,
    async runScript(sqlText) {
      statements += 1;
      await session.run(() =>
        client.transaction(async (transaction) => {
          await transaction.exec(sqlText);
        }),
      );
    },
    statementCount: () => statements,
    connections: () => ({ total: 1, idle: session.busy ? 0 : 1, waiting: session.waiting }),
    async close() {
      try {
        await db.destroy();
        if (!client.closed) await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/** A connection URL wins; otherwise PGlite in `<dataRoot>/<subgraph>`. */
export function databaseLocation(url: string | undefined, subgraph: string, dataRoot: string): DatabaseLocation {
  if (url) return { kind: 'postgres', url };
  return { kind: 'pglite', dataDir: `${dataRoot}/${subgraph}` };
}
