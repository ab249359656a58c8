// The `/metrics` route of every Samsyn process: counters in Prometheus' text format, read when asked.
import type { HttpRoute } from './graphqlHttpServer.js';

export interface Counter {
  name: string;
  help: string;
  labels: Record<string, string>;
  value: () => number;
}

/** Prometheus' text exposition of `counters` (format 0.0.4). */
export function metricsText(counters: readonly Counter[]): string {
  const lines: string[] = [];
  for (const counter of counters) {
    const labels = Object.entries(counter.labels).map(([key, value]) => `${key}="${value}"`).join(',');
    lines.push(`# HELP ${counter.name} ${counter.help}`, `# TYPE ${counter.name} counter`, `${counter.name}${labels ? `{${labels}}` : ''} ${counter.value()}`);
  }
  return `${lines.join('\n')}\n`;
}

export function metricsRoute(counters: readonly Counter[]): HttpRoute {
  return () => ({ status: 200, contentType: 'text/plain; version=0.0.4', body: metricsText(counters) });
}
