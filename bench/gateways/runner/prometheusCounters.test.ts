import { describe, expect, it } from 'vitest';
import { parsePrometheusCounters, totalSubgraphCounters } from './prometheusCounters.js';

const vgr = [
  '# HELP samsyn_sql_statements_total SQL statements sent to this subgraph\'s database.',
  '# TYPE samsyn_sql_statements_total counter',
  'samsyn_sql_statements_total{subgraph="vgr"} 120',
  '# HELP samsyn_graphql_requests_total GraphQL requests received.',
  '# TYPE samsyn_graphql_requests_total counter',
  'samsyn_graphql_requests_total{subgraph="vgr"} 40',
  '',
].join('\n');

describe('parsePrometheusCounters', () => {
  it('reads samples with and without labels and skips comments', () => {
    expect(parsePrometheusCounters(vgr)).toEqual({ samsyn_sql_statements_total: 120, samsyn_graphql_requests_total: 40 });
    expect(parsePrometheusCounters('a 1\na{x="1"} 2\nb 1e3\n')).toEqual({ a: 3, b: 1000 });
  });
});

describe('totalSubgraphCounters', () => {
  it('adds the subgraphs up', () => {
    const kommun = vgr.replaceAll('vgr', 'kommun').replace(' 120', ' 5').replace(' 40', ' 2');
    expect(totalSubgraphCounters([vgr, kommun])).toEqual({ sqlStatements: 125, requests: 42 });
  });

  it('refuses metrics without the counters', () => {
    expect(() => totalSubgraphCounters(['x 1'])).toThrow('lacks');
  });
});
