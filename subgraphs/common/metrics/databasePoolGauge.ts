// A subgraph's database connections by state, read at each scrape: on PostgreSQL its pg pool's (total, idle, and
// callers waiting for one of its 10), on PGlite the one embedded session (total 1, idle 0 while a statement or
// transaction holds it, waiting the callers queued behind it).
import { Gauge, type Registry } from 'prom-client';
import type { DatabaseConnections } from '../database/openDatabase.js';

export function databasePoolGauge(registry: Registry, labels: Record<string, string>, connections: () => DatabaseConnections): Gauge {
  return new Gauge({
    name: 'samsyn_db_pool_connections',
    help: "The subgraph's database connections: total open, idle, and callers waiting for one (PGlite: one session).",
    labelNames: [...Object.keys(labels), 'state'],
    registers: [registry],
    collect() {
      const now = connections();
      this.set({ ...labels, state: 'total' }, now.total);
      this.set({ ...labels, state: 'idle' }, now.idle);
      this.set({ ...labels, state: 'waiting' }, now.waiting);
    },
  });
}
