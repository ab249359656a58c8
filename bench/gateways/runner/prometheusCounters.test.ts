import { describe, expect, it } from 'vitest';
import { createRequestMetrics } from '../../../platform/metrics/requestMetricsPlugin.js';
import { scrapedCounter } from '../../../platform/metrics/scrapedMetrics.js';
import { createServiceRegistry } from '../../../platform/metrics/serviceRegistry.js';
import { parsePrometheusCounters, totalSubgraphCounters } from './prometheusCounters.js';

/** What a subgraph's admin port serves: prom-client's text, with process metrics and histograms around the counters. */
async function subgraphMetricsText(subgraph: string, statements: number, requests: number): Promise<string> {
  const registry = createServiceRegistry(subgraph);
  scrapedCounter(registry, { name: 'samsyn_sql_statements_total', help: 'SQL statements.', labels: { subgraph }, value: () => statements });
  scrapedCounter(registry, { name: 'samsyn_graphql_requests_total', help: 'GraphQL requests received.', labels: { subgraph }, value: () => requests });
  createRequestMetrics(registry).observe('query', 0.02);
  return registry.metrics();
}

describe('parsePrometheusCounters', () => {
  it('reads samples with and without labels and skips comments', async () => {
    const counters = parsePrometheusCounters(await subgraphMetricsText('vgr', 120, 40));
    expect(counters).toMatchObject({ samsyn_sql_statements_total: 120, samsyn_graphql_requests_total: 40, samsyn_graphql_request_duration_seconds_count: 1 });
    expect(parsePrometheusCounters('# HELP a A.\na 1\na{x="1"} 2\nb 1e3\n')).toEqual({ a: 3, b: 1000 });
  });
});

describe('totalSubgraphCounters', () => {
  it('adds the subgraphs up', async () => {
    const texts = [await subgraphMetricsText('vgr', 120, 40), await subgraphMetricsText('kommun', 5, 2)];
    expect(totalSubgraphCounters(texts)).toEqual({ sqlStatements: 125, requests: 42 });
  });

  it('refuses metrics without the counters', () => {
    expect(() => totalSubgraphCounters(['x 1'])).toThrow('lacks');
  });
});
