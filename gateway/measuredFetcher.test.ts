import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { measuredFetcher, subgraphFetchHistogram } from './measuredFetcher.js';
import type { Fetcher } from './subgraphFetcher.js';
import { SubgraphTimeout, timeBoundFetcher } from './timeBoundFetcher.js';

/** A stand-in for the connection pool: answers with `status`, fails, or never answers until aborted. */
function fakePool(behaviour: 'answer' | 'fail' | 'hang', status = 200): Fetcher {
  return (async (_url: string, init?: { signal?: AbortSignal | null }) => {
    if (behaviour === 'fail') throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    if (behaviour === 'hang') {
      await new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    }
    return { status } as Awaited<ReturnType<Fetcher>>;
  }) as unknown as Fetcher;
}

async function counts(registry: Registry): Promise<Record<string, number>> {
  const metric = (await registry.getMetricsAsJSON()).find((candidate) => candidate.name === 'samsyn_gateway_subgraph_fetch_duration_seconds')!;
  return Object.fromEntries(
    (metric.values as { metricName?: string; labels: Record<string, string>; value: number }[])
      .filter((value) => value.metricName?.endsWith('_count'))
      .map((value) => [`${value.labels['subgraph']} ${value.labels['outcome']}`, value.value]),
  );
}

describe('measuredFetcher', () => {
  it('observes each fetch by subgraph and outcome: an answer ok, a 5xx or no connection an error, an abort at its time a timeout', async () => {
    const registry = new Registry();
    const histogram = subgraphFetchHistogram(registry);
    const body = { method: 'POST', body: '{}' };
    await measuredFetcher(fakePool('answer'), histogram, 'vgr')('http://vgr/graphql', body);
    await measuredFetcher(fakePool('answer', 400), histogram, 'vgr')('http://vgr/graphql', body);
    await measuredFetcher(fakePool('answer', 502), histogram, 'kommun')('http://kommun/graphql', body);
    await expect(measuredFetcher(fakePool('fail'), histogram, 'kommun')('http://kommun/graphql', body)).rejects.toThrow('ECONNREFUSED');
    const timed = timeBoundFetcher(measuredFetcher(fakePool('hang'), histogram, 'samverkan'), { subgraph: 'samverkan', timeoutMs: 50 });
    await expect(timed('http://samverkan/graphql', body)).rejects.toBeInstanceOf(SubgraphTimeout);
    expect(await counts(registry)).toEqual({ 'vgr ok': 2, 'kommun error': 2, 'samverkan timeout': 1 });
    const text = await registry.getSingleMetricAsString('samsyn_gateway_subgraph_fetch_duration_seconds');
    // The timed-out fetch waited its 50 ms: it lies above the 25 ms bucket.
    expect(text).toContain('samsyn_gateway_subgraph_fetch_duration_seconds_bucket{le="0.025",subgraph="samverkan",outcome="timeout"} 0');
    expect(text).toContain('samsyn_gateway_subgraph_fetch_duration_seconds_bucket{le="+Inf",subgraph="samverkan",outcome="timeout"} 1');
  });
});
