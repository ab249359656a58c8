// The gateway's per-request context: its own request id, the client's
// correlation value, the verified identity (for the entry subgraph) and what it
// forwards to every subgraph, which verify it again.
import type { Identity } from '../platform/auth/Identity.js';
import { assertedHeaders } from '../platform/gatewayTrust/gatewayAssertion.js';
import type { Logger } from '../platform/logging/logger.js';

export interface GatewayContext {
  /** Made by the gateway for every request; the subgraphs log the request's reads under it. */
  requestId: string;
  /** The client's own `x-request-id` or `x-correlation-id`, when well-formed: for matching log lines, never in the access log. */
  correlationId: string | null;
  log: Logger;
  identity: Identity;
  /** The token and the access ground: the headers each subgraph judges the request by. */
  forwardedHeaders: Record<string, string>;
  /** When the gateway stops waiting for this request's subgraphs (ms since the epoch; GATEWAY_REQUEST_DEADLINE_MS). */
  deadlineAt: number;
}

/** The headers each subgraph must see to judge the request itself, and no other. */
export function selectForwardedHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const forwarded: Record<string, string> = {};
  for (const name of assertedHeaders) {
    const value = headers[name];
    if (value !== undefined) forwarded[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return forwarded;
}

/** Letters, digits and a few punctuation marks, as request ids of proxies and clients are written; at most 128. */
const correlationIdPattern = /^[A-Za-z0-9._:@=+/-]{1,128}$/;

/** The client's correlation value, or null when it sent none or one that is not plainly an id. */
export function correlationIdFrom(headers: Record<string, string | string[] | undefined>): string | null {
  for (const name of ['x-correlation-id', 'x-request-id']) {
    const value = headers[name];
    if (typeof value === 'string' && correlationIdPattern.test(value)) return value;
  }
  return null;
}
