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
});
