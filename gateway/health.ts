// The gateway's view of each subgraph (its /health: not draining and its
// database answering), reported in the gateway's /health details and as the
// `samsyn_gateway_subgraph_up` gauge — never as the gateway's own readiness:
// with one subgraph down the gateway still serves what the others hold.
import { Agent, request } from 'undici';
import type { GatewayTls } from '../subgraphs/common/gatewayTrust/gatewayTrustConfig.js';
import type { Counter } from '../subgraphs/common/server/metricsRoute.js';
import { tlsConnectOptions } from './subgraphFetcher.js';

export type SubgraphState = 'ok' | 'unavailable';

export interface SubgraphHealth {
  /** Asks every subgraph now (at most `timeoutMs`); checks asked for while one runs share it. */
  check(): Promise<Record<string, SubgraphState>>;
  /** One gauge per subgraph: 1 when its last check was ok, else 0. */
  gauges(): Counter[];
  close(): Promise<void>;
}

/** Asks each subgraph's /health, over TLS with the gateway's own certificates where the subgraphs use TLS. */
export function createSubgraphHealth(subgraphUrls: Record<string, string>, tls: GatewayTls | null, timeoutMs = 2000): SubgraphHealth {
  const dispatcher = new Agent({ headersTimeout: timeoutMs, bodyTimeout: timeoutMs, ...tlsConnectOptions(tls) });
  let last: Record<string, SubgraphState> = {};
  let running: Promise<Record<string, SubgraphState>> | undefined;
  const ask = async (): Promise<Record<string, SubgraphState>> => {
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
    last = Object.fromEntries(entries);
    return last;
  };
  return {
    check() {
      running ??= ask().finally(() => {
        running = undefined;
      });
      return running;
    },
    gauges: () =>
      Object.keys(subgraphUrls).map((subgraph) => ({
        name: 'samsyn_gateway_subgraph_up',
        help: "Whether the subgraph answered its /health at the gateway's last check (1) or not (0); checked at each scrape.",
        labels: { subgraph },
        type: 'gauge' as const,
        value: () => (last[subgraph] === 'ok' ? 1 : 0),
      })),
    close: () => dispatcher.close(),
  };
}
