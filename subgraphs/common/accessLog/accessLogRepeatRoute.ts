// The subgraph's HTTP route `POST /atkomstlogg/upprepa`: the gateway, having
// handed one answer to several identical requests in flight, asks for the
// first request's access-log rows to be repeated for the others. The subgraph
// verifies the token itself and repeats only rows of that token's identity.
import type { IncomingMessage } from 'node:http';
import type { Kysely } from 'kysely';
import { isSamsynError } from '../errors/samsynError.js';
import type { ErrorCode } from '../errors/errorCodes.js';
import type { TokenVerifier } from '../auth/tokenVerifier.js';
import type { Logger } from '../logging/logger.js';
import { headerValue, type HttpRouteResult } from '../server/graphqlHttpServer.js';
import { errorBody, readBody } from '../server/httpMessages.js';
import { repeatAccessLogRows } from './repeatAccessLogRows.js';

export const accessLogRepeatPath = '/atkomstlogg/upprepa';

/** At most this many requests are repeated in one call (the gateway sends one call per merged fetch). */
const maximumRepeats = 1000;
const maximumIdLength = 200;

/** The body: `{ "fran": <request id>, "for": [<request ids>] }`. */
export interface AccessLogRepeatBody {
  fran: string;
  for: string[];
}

export function accessLogRepeatRoute(options: { db: () => Kysely<any>; verifyToken: TokenVerifier; log: Logger }) {
  const { db, verifyToken, log } = options;
  return async (request: IncomingMessage): Promise<HttpRouteResult> => {
    let identity;
    try {
      identity = await verifyToken(headerValue(request, 'authorization'));
    } catch (error) {
      if (isSamsynError(error)) return errorAnswer(401, 'UNAUTHENTICATED', error.message);
      throw error;
    }
    const text = await readBody(request);
    const body = text === null ? null : parseRepeatBody(text);
    if (body === null) {
      return errorAnswer(400, 'BAD_REQUEST', `The body must be { "fran": <request id>, "for": [<1 to ${maximumRepeats} other request ids>] }.`);
    }
    const outcome = await repeatAccessLogRows(db(), { fran: body.fran, for: body.for, identity });
    if (outcome.kind === 'not-own-rows') {
      log.warn('access-log repeat refused: the rows belong to another identity', { fran: body.fran });
      return errorAnswer(403, 'FORBIDDEN', 'Only the rows of requests made with the same identity can be repeated.');
    }
    return { status: 200, contentType: 'application/json; charset=utf-8', body: JSON.stringify({ rader: outcome.rows }) };
  };
}

export function parseRepeatBody(text: string): AccessLogRepeatBody | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { fran, for: joiners } = value as Record<string, unknown>;
  const isId = (id: unknown): id is string => typeof id === 'string' && id.length > 0 && id.length <= maximumIdLength;
  if (!isId(fran) || !Array.isArray(joiners) || joiners.length === 0 || joiners.length > maximumRepeats) return null;
  if (!joiners.every(isId) || joiners.includes(fran)) return null;
  return { fran, for: joiners };
}

function errorAnswer(status: number, code: ErrorCode, message: string): HttpRouteResult {
  return { status, contentType: 'application/json; charset=utf-8', body: errorBody(code, message) };
}
