// Reads the subgraphs' `/metrics` counters (Prometheus text, from their admin ports) that give the
// benchmark its subgraph fetches and SQL statements per gateway request.

/** Sums every sample of each named metric (labels ignored), e.g. { samsyn_sql_statements_total: 120 }. */
export function parsePrometheusCounters(text: string): Record<string, number> {
  const counters: Record<string, number> = {};
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)/.exec(line);
    if (!match) continue;
    const value = Number(match[3]);
    if (Number.isNaN(value)) continue;
    counters[match[1]!] = (counters[match[1]!] ?? 0) + value;
  }
  return counters;
}

export const sqlStatementsCounter = 'samsyn_sql_statements_total';
export const requestsCounter = 'samsyn_graphql_requests_total';

export interface SubgraphCounters {
  sqlStatements: number;
  requests: number;
}

/** Totals over the subgraphs, from each one's metrics text. */
export function totalSubgraphCounters(metricsTexts: readonly string[]): SubgraphCounters {
  let sqlStatements = 0;
  let requests = 0;
  for (const text of metricsTexts) {
    const counters = parsePrometheusCounters(text);
    const statements = counters[sqlStatementsCounter];
    const received = counters[requestsCounter];
    if (statements === undefined || received === undefined) {
      throw new Error(`A subgraph's /metrics lacks ${sqlStatementsCounter} or ${requestsCounter}`);
    }
    sqlStatements += statements;
    requests += received;
  }
  return { sqlStatements, requests };
}
