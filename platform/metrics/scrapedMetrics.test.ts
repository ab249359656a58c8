import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { inFlightGauge, scrapedCounter } from './scrapedMetrics.js';

describe('scraped metrics', () => {
  it('a counter shows the value kept elsewhere at each scrape, with its labels', async () => {
    const registry = new Registry();
    let statements = 2;
    scrapedCounter(registry, { name: 'samsyn_sql_statements_total', help: 'SQL statements sent.', labels: { subgraph: 'vgr' }, value: () => statements });
    expect(await registry.metrics()).toContain('samsyn_sql_statements_total{subgraph="vgr"} 2\n');
    statements = 7;
    expect(await registry.metrics()).toContain('samsyn_sql_statements_total{subgraph="vgr"} 7\n');
    expect(await registry.getSingleMetricAsString('samsyn_sql_statements_total')).toContain('# TYPE samsyn_sql_statements_total counter');
  });

  it('a counter without labels, and the in-flight gauge going down again', async () => {
    const registry = new Registry();
    let inFlight = 3;
    scrapedCounter(registry, { name: 'samsyn_merged_total', help: 'Merged.', value: () => 0 });
    inFlightGauge(registry, {}, () => inFlight);
    expect(await registry.metrics()).toMatch(/^samsyn_merged_total 0$/m);
    expect(await registry.metrics()).toMatch(/^samsyn_http_requests_in_flight 3$/m);
    inFlight = 0;
    expect(await registry.metrics()).toMatch(/^samsyn_http_requests_in_flight 0$/m);
  });
});
