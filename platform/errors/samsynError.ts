// Factories for the user-facing errors in the registry: every error a client
// sees is built here, so codes and shapes stay stable.
import { GraphQLError } from 'graphql';
import { errorCodes, type BadUserInputReason, type ErrorCode } from './errorCodes.js';

export function samsynError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/**
 * An error that ends the whole request before execution (e.g. no valid token),
 * answered with the registry's HTTP status. Errors from resolvers must not set
 * one: Apollo Server would answer the whole response with it, and the gateway
 * would then drop that subgraph's partial data and the error's path.
 */
export function requestError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code, http: { status: errorCodes[code].httpStatus } } });
}

/** An invalid argument: `field` is the path of the input field, e.g. `input.handelsedatum`. */
export function badUserInput(reason: BadUserInputReason, field: string, message: string): GraphQLError {
  return samsynError('BAD_USER_INPUT', message, { reason, field });
}

export function notFound(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return samsynError('NOT_FOUND', message, extensions);
}

export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return samsynError('CONFLICT', message, extensions);
}

/** Optimistic concurrency: what the client read has changed since; nothing was written. */
export function versionStale(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return conflict(message, { ...extensions, reason: 'VERSION_STALE' });
}

/** The usual stale case: the client sent `version`, the stored `what` is now at `currentVersion`. */
export function versionChanged(what: string, ids: Record<string, string>, currentVersion: number): GraphQLError {
  return versionStale(`The ${what} has changed since you read it (it is now at version ${currentVersion}); read it again and retry the step if it still applies.`, {
    field: 'input.version',
    ...ids,
    currentVersion,
  });
}

export function isSamsynError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && typeof error.extensions['code'] === 'string';
}
