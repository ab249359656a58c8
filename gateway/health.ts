// Readiness: the gateway is ready when every subgraph answers its /health.
import { Agent, request } from 'undici';
import type { GatewayTls } from '../subgraphs/common/gatewayTrust/gatewayTrustConfig.js';
import { tlsConnectOptions } from './subgraphFetcher.js';

export type SubgraphState = 'ok' | 'unavailable';

/** Asks each subgraph's /health, over TLS with the gateway's own certificates where the subgraphs use TLS. */
export function createSubgraphHealthCheck(subgraphUrls: Record<string, string>, tls: GatewayTls | null, timeoutMs = 2000) {
  const dispatcher = new Agent({ headersTimeout: timeoutMs, bodyTimeout: timeoutMs, ...tlsConnectOptions(tls) });
  return async (): Promise<Record<string, SubgraphState>> => {
    const entries = await Promise.all(
      Object.entries(subgraphUrls).map(async ([name, url]) => {
        try {
          const answer = await request(new URL('/health', url), { dispatcher, signal: AbortSignal.timeout(timeoutMs) });
          await answer.body.dump();
          return [name, answer.statusCode === 200 ? 'ok' : 'unavailable'] as const;
        } catch {
          return [name, 'unavailable'] as const;
        }
      }),
    );
    return Object.fromEntries(entries);
  };
}
