// How long a subgraph waits for its PostgreSQL server: for a connection, and for each statement (also bounded by
// the request's own time budget, timeBudget.ts). Read once at start.
import { readWholeNumber } from '../config/environment.js';

export interface DatabaseTimeouts {
  /** A statement is cancelled by the server after this long, and abandoned by the client (a hung server) too. */
  statementMs: number;
  /** Opening a connection, or waiting for a free one in the pool. */
  connectMs: number;
}

export const defaultDatabaseTimeouts: DatabaseTimeouts = { statementMs: 5_000, connectMs: 1_000 };

export function readDatabaseTimeouts(env: NodeJS.ProcessEnv): DatabaseTimeouts {
  return {
    statementMs: readWholeNumber(env, 'SAMSYN_DB_STATEMENT_TIMEOUT_MS', defaultDatabaseTimeouts.statementMs, 100, 600_000),
    connectMs: readWholeNumber(env, 'SAMSYN_DB_CONNECT_TIMEOUT_MS', defaultDatabaseTimeouts.connectMs, 100, 60_000),
  };
}
