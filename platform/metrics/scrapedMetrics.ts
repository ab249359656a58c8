// Counters and gauges whose values the code keeps anyway (statements sent, requests received, fetches merged),
// read when Prometheus scrapes rather than counted twice on the hot path.
import { Counter, Gauge, type Registry } from 'prom-client';

export interface ScrapedMetric {
  name: string;
  help: string;
  /** Fixed labels of the one series, e.g. `{ subgraph: 'kommun' }`. */
  labels?: Record<string, string>;
  /** The current value; a counter's must never go down. */
  value: () => number;
}

/** A counter read at each scrape from `value`. */
export function scrapedCounter(registry: Registry, metric: ScrapedMetric): Counter {
  const labels = metric.labels ?? {};
  return new Counter({
    name: metric.name,
    help: metric.help,
    labelNames: Object.keys(labels),
    registers: [registry],
    collect() {
      this.reset();
      this.inc(labels, metric.value());
    },
  });
}

/** A gauge read at each scrape from `value`. */
export function scrapedGauge(registry: Registry, metric: ScrapedMetric): Gauge {
  const labels = metric.labels ?? {};
  return new Gauge({
    name: metric.name,
    help: metric.help,
    labelNames: Object.keys(labels),
    registers: [registry],
    collect() {
      this.set(labels, metric.value());
    },
  });
}

/** The gauge every service has of the requests it is answering now (its public port's; a scrape is not one). */
export function inFlightGauge(registry: Registry, labels: Record<string, string>, inFlight: () => number): Gauge {
  return scrapedGauge(registry, { name: 'samsyn_http_requests_in_flight', help: 'HTTP requests received and not yet answered.', labels, value: inFlight });
}
