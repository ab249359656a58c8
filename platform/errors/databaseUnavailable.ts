// Tells a database that is away (restarting, unreachable, hung) from every other failure of a statement, so the
// client gets a retryable DATABASE_UNAVAILABLE instead of an internal error, and the log a warning, not an error.

export type DatabaseUnavailableReason = 'TIMEOUT' | 'UNREACHABLE';

/** Socket errors of a connection that is refused, reset or gone. */
const unreachableSocketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATEs of a server that is shutting down, starting up or out of connections (class 57P, 53300), and of a
 * broken connection (class 08); 57014 is a statement cancelled by statement_timeout.
 */
const unreachableSqlStates = new Set(['57P01', '57P02', '57P03', '53300']);

/** What node-postgres says when its own timers end a connection attempt or a query. */
const timeoutMessages = [/^Query read timeout$/, /timeout exceeded when trying to connect/i, /Connection terminated due to connection timeout/i];
const terminatedMessages = [/^Connection terminated unexpectedly$/, /^Connection terminated$/, /^Client has encountered a connection error and is not queryable$/, /^Client was closed and is not queryable$/, /^Cannot use a pool after calling end on the pool$/];

export function databaseUnavailableReason(error: unknown): DatabaseUnavailableReason | null {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth += 1) {
    const { code } = cause as { code?: unknown };
    if (code === '57014') return 'TIMEOUT';
    if (typeof code === 'string' && (unreachableSqlStates.has(code) || code.startsWith('08') || unreachableSocketCodes.has(code))) return 'UNREACHABLE';
    if (timeoutMessages.some((pattern) => pattern.test(cause.message))) return 'TIMEOUT';
    if (terminatedMessages.some((pattern) => pattern.test(cause.message))) return 'UNREACHABLE';
    if (cause instanceof AggregateError && cause.errors.some((inner) => databaseUnavailableReason(inner) !== null)) return 'UNREACHABLE';
  }
  return null;
}
