// How long a subgraph waits for its PostgreSQL server: for a connection, and for each statement (also bounded by
// the request's own time budget, timeBudget.ts). Read once at start.
import { readConfiguration, wholeNumberVariable, type Variables } from '../../../platform/config/variables.js';

export interface DatabaseTimeouts {
  /** A statement is cancelled by the server after this long, and abandoned by the client (a hung server) too. */
  statementMs: number;
  /** Opening a connection, or waiting for a free one in the pool. */
  connectMs: number;
  /** An idle connection is closed after this long; 0 keeps it open (a new backend starts on cold caches). */
  idleMs: number;
}

export const defaultDatabaseTimeouts: DatabaseTimeouts = { statementMs: 5_000, connectMs: 1_000, idleMs: 0 };

export const databaseTimeoutVariables = {
  SAMSYN_DB_STATEMENT_TIMEOUT_MS: wholeNumberVariable(defaultDatabaseTimeouts.statementMs, 100, 600_000),
  SAMSYN_DB_CONNECT_TIMEOUT_MS: wholeNumberVariable(defaultDatabaseTimeouts.connectMs, 100, 60_000),
  SAMSYN_DB_IDLE_TIMEOUT_MS: wholeNumberVariable(defaultDatabaseTimeouts.idleMs, 0, 3_600_000),
};

export function databaseTimeoutsFrom(values: Variables<typeof databaseTimeoutVariables>): DatabaseTimeouts {
  return { statementMs: values.SAMSYN_DB_STATEMENT_TIMEOUT_MS, connectMs: values.SAMSYN_DB_CONNECT_TIMEOUT_MS, idleMs: values.SAMSYN_DB_IDLE_TIMEOUT_MS };
}

export function readDatabaseTimeouts(env: NodeJS.ProcessEnv): DatabaseTimeouts {
  return databaseTimeoutsFrom(readConfiguration(databaseTimeoutVariables, env));
}
