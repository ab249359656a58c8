// What every subgraph resolver receives about the request: the verified
// identity, the attested access ground, and the request's access-log recorder.
import type { IncomingMessage } from 'node:http';
import { AccessLogRecorder } from '../accessLog/AccessLogRecorder.js';
import { GraphQLError } from 'graphql';
import { parseAtkomstgrund, type Atkomstgrund } from '../auth/atkomstgrund.js';
import { requestError } from '../errors/samsynError.js';
import type { Identity } from '../auth/Identity.js';
import type { TokenVerifier } from '../auth/tokenVerifier.js';
import type { Logger } from '../logging/logger.js';
import { headerValue } from './graphqlHttpServer.js';

export interface BaseRequestContext {
  requestId: string;
  log: Logger;
  identity: Identity;
  /** The access ground the user attested for another huvudman's data, or null. */
  atkomstgrund: Atkomstgrund | null;
  accessLog: AccessLogRecorder;
}

/** Verifies the token (UNAUTHENTICATED when it fails) and reads the access ground. */
export async function baseRequestContext(
  request: IncomingMessage,
  requestId: string,
  log: Logger,
  verifyToken: TokenVerifier,
): Promise<BaseRequestContext> {
  const identity = await verifyToken(headerValue(request, 'authorization'));
  const atkomstgrund = atkomstgrundFromHeaders(request);
  return createRequestContext({ requestId, log: log.child({ requestId }), identity, atkomstgrund });
}

/** The attested access ground of a request; a malformed one refuses the whole request (HTTP 400). */
export function atkomstgrundFromHeaders(request: IncomingMessage): Atkomstgrund | null {
  try {
    return parseAtkomstgrund(headerValue(request, 'x-samsyn-atkomstgrund'), headerValue(request, 'x-samsyn-nodatkomst-anledning'));
  } catch (error) {
    if (error instanceof GraphQLError) throw requestError('BAD_USER_INPUT', error.message, { reason: error.extensions['reason'], field: error.extensions['field'] });
    throw error;
  }
}

export function createRequestContext(parts: Omit<BaseRequestContext, 'accessLog'>): BaseRequestContext {
  return { ...parts, accessLog: new AccessLogRecorder({ requestId: parts.requestId, identity: parts.identity, atkomstgrund: parts.atkomstgrund }) };
}
