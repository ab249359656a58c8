import { describe, expect, it } from 'vitest';
import { metricsText, type Counter } from './metricsRoute.js';

describe('metricsText', () => {
  it('writes each counter with its help, type, labels and current value', () => {
    let requests = 2;
    const counters: Counter[] = [
      { name: 'samsyn_graphql_requests_total', help: 'GraphQL requests received.', labels: { subgraph: 'kommun' }, value: () => requests },
      { name: 'samsyn_merged_total', help: 'Merged fetches.', labels: {}, value: () => 0 },
    ];
    requests = 3;
    expect(metricsText(counters)).toBe(
      [
        '# HELP samsyn_graphql_requests_total GraphQL requests received.',
        '# TYPE samsyn_graphql_requests_total counter',
        'samsyn_graphql_requests_total{subgraph="kommun"} 3',
        '# HELP samsyn_merged_total Merged fetches.',
        '# TYPE samsyn_merged_total counter',
        'samsyn_merged_total 0',
        '',
      ].join('\n'),
    );
  });

  it('writes a gauge of several labels under one HELP and TYPE', () => {
    const up: Record<string, number> = { vgr: 1, kommun: 0 };
    const gauges: Counter[] = Object.keys(up).map((subgraph) => ({ name: 'samsyn_gateway_subgraph_up', help: 'Subgraph up.', labels: { subgraph }, type: 'gauge', value: () => up[subgraph]! }));
    expect(metricsText(gauges)).toBe(
      [
        '# HELP samsyn_gateway_subgraph_up Subgraph up.',
        '# TYPE samsyn_gateway_subgraph_up gauge',
        'samsyn_gateway_subgraph_up{subgraph="vgr"} 1',
        'samsyn_gateway_subgraph_up{subgraph="kommun"} 0',
        '',
      ].join('\n'),
    );
  });
});
