// The gateway's per-request context: the verified identity (for the entry
// subgraph) and what it forwards to every subgraph, which verify it again.
import type { Identity } from '../subgraphs/common/auth/Identity.js';
import type { Logger } from '../subgraphs/common/logging/logger.js';

export interface GatewayContext {
  requestId: string;
  log: Logger;
  identity: Identity;
  /** `authorization` and every `x-samsyn-*` header of the incoming request. */
  forwardedHeaders: Record<string, string>;
}

/** The headers each subgraph must see to judge the request itself. */
export function selectForwardedHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const forwarded: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const lower = name.toLowerCase();
    if (lower === 'authorization' || lower.startsWith('x-samsyn-')) {
      forwarded[lower] = Array.isArray(value) ? value.join(', ') : value;
    }
  }
  return forwarded;
}
