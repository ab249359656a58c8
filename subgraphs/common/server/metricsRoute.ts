// The `/metrics` route of every Samsyn process: counters and gauges in Prometheus' text format, read when asked.
import type { HttpRoute } from './graphqlHttpServer.js';

export interface Counter {
  name: string;
  help: string;
  labels: Record<string, string>;
  value: () => number;
  /** A counter only grows; a gauge (e.g. a subgraph up, 1, or down, 0) goes both ways. Counter by default. */
  type?: 'counter' | 'gauge';
}

/** Prometheus' text exposition of `counters` (format 0.0.4); entries of one name (other labels) share one HELP and TYPE. */
export function metricsText(counters: readonly Counter[]): string {
  const lines: string[] = [];
  const described = new Set<string>();
  for (const counter of counters) {
    const labels = Object.entries(counter.labels).map(([key, value]) => `${key}="${value}"`).join(',');
    if (!described.has(counter.name)) {
      described.add(counter.name);
      lines.push(`# HELP ${counter.name} ${counter.help}`, `# TYPE ${counter.name} ${counter.type ?? 'counter'}`);
    }
    lines.push(`${counter.name}${labels ? `{${labels}}` : ''} ${counter.value()}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The gauge of requests a server is answering now (a scrape counts itself). */
export function inFlightGauge(labels: Record<string, string>, inFlight: () => number): Counter {
  return { name: 'samsyn_http_requests_in_flight', help: 'HTTP requests received and not yet answered.', labels, type: 'gauge', value: inFlight };
}

export function metricsRoute(counters: readonly Counter[]): HttpRoute {
  return () => ({ status: 200, contentType: 'text/plain; version=0.0.4', body: metricsText(counters) });
}
