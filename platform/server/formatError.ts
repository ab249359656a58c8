// What a client sees of an error: Samsyn's own errors and GraphQL's request
// errors as they are; anything unexpected as a bare INTERNAL_SERVER_ERROR,
// since its message may hold SQL or patient data. The full error goes to the
// (redacting) log.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { databaseUnavailableReason, type DatabaseUnavailableReason } from '../errors/databaseUnavailable.js';
import type { Logger } from '../logging/logger.js';

export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const ownCode = formatted.extensions?.['samsynCode'];
    if (typeof ownCode === 'string') return withOwnCode(formatted, ownCode);
    const code = formatted.extensions?.['code'];
    if (code !== 'INTERNAL_SERVER_ERROR' || isOwnInternalError(formatted)) return withoutStacktrace(formatted);
    const unavailable = databaseUnavailableReason(unwrapResolverError(error));
    if (unavailable) {
      log.warn('the database is unavailable', { reason: unavailable, path: formatted.path });
      return databaseUnavailableError(unavailable, formatted.path);
    }
    log.error('unexpected error while resolving', { error, path: formatted.path });
    return {
      message: 'Internal server error.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** A database that is away, as the client sees it: retryable, with no detail of the server. */
export function databaseUnavailableError(reason: DatabaseUnavailableReason, path?: GraphQLFormattedError['path']): GraphQLFormattedError {
  const what = reason === 'TIMEOUT' ? 'did not answer in time' : 'could not be reached';
  return {
    message: `The database of this service ${what}. Try again in a moment.`,
    ...(path ? { path } : {}),
    extensions: { code: 'DATABASE_UNAVAILABLE', reason, retryable: true },
  };
}

function isOwnInternalError(formatted: GraphQLFormattedError): boolean {
  return formatted.message === 'Internal server error.';
}

/** A validation rule's refusal carries Samsyn's code apart (limitExceeded.ts): it replaces Apollo's GRAPHQL_VALIDATION_FAILED. */
function withOwnCode(formatted: GraphQLFormattedError, code: string): GraphQLFormattedError {
  const { samsynCode: _samsynCode, stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions: { ...extensions, code } };
}

function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

/**
 * What every Samsyn ApolloServer (subgraphs, gateway, entry subgraph) says about errors and its schema: errors
 * through createFormatError, never a stack trace, and in production no introspection and no schema hints; and
 * that it leaves signals to the service.
 */
export function errorAndSchemaOptions(log: Logger, production: boolean) {
  return {
    formatError: createFormatError(log),
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    // Each service stops on SIGINT/SIGTERM itself (stopOnSignals.ts), draining first. Apollo's own handler (on
    // outside NODE_ENV=test) would stop the server first, and the service's own stop() then waits on Apollo's
    // barrier, which a successful stop never resolves: the process hung until killed, its database never closed.
    stopOnTerminationSignals: false,
  };
}
