import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../database/openDatabase.js';
import { databasePoolGauge } from './databasePoolGauge.js';

let database: Database<unknown>;

beforeAll(async () => {
  database = await openDatabase<unknown>({ kind: 'pglite', dataDir: 'memory://' });
}, 60_000);

afterAll(async () => {
  await database?.close();
});

describe('databasePoolGauge', () => {
  it('reports total, idle and waiting at each scrape', async () => {
    const registry = new Registry();
    let now = { total: 10, idle: 4, waiting: 0 };
    databasePoolGauge(registry, { subgraph: 'vgr' }, () => now);
    expect(await registry.metrics()).toContain('samsyn_db_pool_connections{subgraph="vgr",state="idle"} 4\n');
    now = { total: 10, idle: 0, waiting: 3 };
    const text = await registry.metrics();
    expect(text).toContain('samsyn_db_pool_connections{subgraph="vgr",state="total"} 10\n');
    expect(text).toContain('samsyn_db_pool_connections{subgraph="vgr",state="idle"} 0\n');
    expect(text).toContain('samsyn_db_pool_connections{subgraph="vgr",state="waiting"} 3\n');
  });

  it('on PGlite: one session, busy inside a transaction, with the callers queued behind it waiting', async () => {
    expect(database.connections()).toEqual({ total: 1, idle: 1, waiting: 0 });
    let inside!: () => void;
    const started = new Promise<void>((resolve) => (inside = resolve));
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const transaction = database.db.transaction().execute(async () => {
      inside();
      await finished;
    });
    await started;
    const queued = database.runScript('SELECT 1');
    expect(database.connections()).toEqual({ total: 1, idle: 0, waiting: 1 });
    finish();
    await transaction;
    await queued;
    expect(database.connections()).toEqual({ total: 1, idle: 1, waiting: 0 });
  });
});
