// The gateway's view of each subgraph (its /health: not draining and its
// database answering), reported in the gateway's /health details and as the
// `samsyn_gateway_subgraph_up` gauge — never as the gateway's own readiness:
// with one subgraph down the gateway still serves what the others hold.
import { Gauge, type Registry } from 'prom-client';
import { Agent, request } from 'undici';
import type { GatewayTls } from '../platform/gatewayTrust/gatewayTrustConfig.js';
import { tlsConnectOptions } from './subgraphFetcher.js';

export type SubgraphState = 'ok' | 'unavailable';

export interface SubgraphHealth {
  /** Asks every subgraph now (at most `timeoutMs`); checks asked for while one runs share it. */
  check(): Promise<Record<string, SubgraphState>>;
  /** Registers `samsyn_gateway_subgraph_up`: each subgraph asked at every scrape, 1 when it was ok, else 0. */
  registerGauge(registry: Registry): Gauge;
  close(): Promise<void>;
}

/** Asks each subgraph's /health, over TLS with the gateway's own certificates where the subgraphs use TLS. */
export function createSubgraphHealth(subgraphUrls: Record<string, string>, tls: GatewayTls | null, timeoutMs = 2000): SubgraphHealth {
  const dispatcher = new Agent({ headersTimeout: timeoutMs, bodyTimeout: timeoutMs, ...tlsConnectOptions(tls) });
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
    return Object.fromEntries(entries);
  };
  const check = () => {
    running ??= ask().finally(() => {
      running = undefined;
    });
    return running;
  };
  return {
    check,
    registerGauge: (registry) =>
      new Gauge({
        name: 'samsyn_gateway_subgraph_up',
        help: 'Whether the subgraph answered its /health (1) or not (0), asked by the gateway at each scrape.',
        labelNames: ['subgraph'],
        registers: [registry],
        async collect() {
          const states = await check();
          for (const subgraph of Object.keys(subgraphUrls)) this.set({ subgraph }, states[subgraph] === 'ok' ? 1 : 0);
        },
      }),
    close: () => dispatcher.close(),
  };
}
