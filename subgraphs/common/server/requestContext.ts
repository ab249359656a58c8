// What every subgraph resolver receives about the request. The access rules
// (issue: who may see what) judge `credentials`; until then they are carried
// unverified so the seam is in place.
import type { IncomingMessage } from 'node:http';
import type { Logger } from '../logging/logger.js';
import { headerValue } from './graphqlHttpServer.js';

export interface RequestCredentials {
  /** The `authorization` header as received (a bearer JWT). */
  authorization: string | null;
  /** The `x-samsyn-atkomstgrund` header: the attested access ground for another huvudman's data. */
  atkomstgrund: string | null;
}

export interface BaseRequestContext {
  requestId: string;
  log: Logger;
  credentials: RequestCredentials;
}

export function baseRequestContext(request: IncomingMessage, requestId: string, log: Logger): BaseRequestContext {
  return {
    requestId,
    log: log.child({ requestId }),
    credentials: {
      authorization: headerValue(request, 'authorization') ?? null,
      atkomstgrund: headerValue(request, 'x-samsyn-atkomstgrund') ?? null,
    },
  };
}
