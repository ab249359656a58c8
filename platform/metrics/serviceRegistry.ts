// The Prometheus registry of one started service (gateway, a subgraph, the entry subgraph): its own, not
// prom-client's global one, so that two services started in one process (the tests) never clash over a name.
import { collectDefaultMetrics, Registry } from 'prom-client';

/** A registry with the process metrics (CPU, memory, heap, event loop, GC) and every series labelled `service`. */
export function createServiceRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}
