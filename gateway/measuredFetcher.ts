// The duration of every fetch the gateway sends a subgraph, by subgraph and outcome: measured around the
// connection pool inside timeBoundFetcher.ts, where every fetch passes (batched, coalesced or alone) and only
// fetches actually sent (not those refused for want of time or by an open circuit).
import { Histogram, type Registry } from 'prom-client';
import { durationBuckets } from '../platform/metrics/requestMetricsPlugin.js';
import type { Fetcher } from './subgraphFetcher.js';

/** ok: an HTTP answer below 500; error: no answer (connection failed, answer too large) or a 5xx; timeout: aborted at its time. */
export const fetchOutcomes = ['ok', 'error', 'timeout'] as const;
export type FetchOutcome = (typeof fetchOutcomes)[number];

export type SubgraphFetchHistogram = Histogram<'subgraph' | 'outcome'>;

export function subgraphFetchHistogram(registry: Registry): SubgraphFetchHistogram {
  return new Histogram({
    name: 'samsyn_gateway_subgraph_fetch_duration_seconds',
    help: 'Fetches the gateway sent a subgraph, from sending to the whole answer read, by subgraph and outcome (ok, error, timeout).',
    labelNames: ['subgraph', 'outcome'],
    buckets: durationBuckets,
    registers: [registry],
  });
}

export function measuredFetcher(fetcher: Fetcher, histogram: SubgraphFetchHistogram, subgraph: string): Fetcher {
  // Bound once per subgraph, so that a fetch costs an observation, not a label lookup.
  const byOutcome = Object.fromEntries(fetchOutcomes.map((outcome) => [outcome, histogram.labels(subgraph, outcome)])) as Record<FetchOutcome, Histogram.Internal<'subgraph' | 'outcome'>>;
  return async (url, init) => {
    const started = performance.now();
    try {
      const response = await fetcher(url, init);
      byOutcome[response.status >= 500 ? 'error' : 'ok'].observe((performance.now() - started) / 1000);
      return response;
    } catch (error) {
      byOutcome[init?.signal?.aborted ? 'timeout' : 'error'].observe((performance.now() - started) / 1000);
      throw error;
    }
  };
}
