// Databases for the end-to-end tests: a fresh PGlite directory per subgraph,
// or fresh databases on the real PostgreSQL server (created and dropped here).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { SubgraphServiceName } from '../../scripts/samsynServices.js';
import { copyEmptyPgliteDirectory } from './pgliteTemplate.js';

export type DatabaseKind = 'pglite' | 'postgres';

/** The server the tests use: POSTGRES_TEST_URL, by default the local trust-auth server. */
export const postgresAdminUrl = process.env['POSTGRES_TEST_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresAdminUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface TestDatabases {
  /** Environment for the services: SAMSYN_DATA_DIR or <NAME>_DATABASE_URL. */
  env: NodeJS.ProcessEnv;
  dispose(): Promise<void>;
}

export async function createTestDatabases(kind: DatabaseKind, subgraphs: readonly SubgraphServiceName[]): Promise<TestDatabases> {
  if (kind === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'samsyn-e2e-'));
    for (const name of subgraphs) await copyEmptyPgliteDirectory(join(dataDir, name));
    return {
      env: { SAMSYN_DATA_DIR: dataDir },
      dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const prefix = `samsyn_test_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  const env: NodeJS.ProcessEnv = {};
  try {
    for (const name of subgraphs) {
      await admin.query(`CREATE DATABASE ${prefix}_${name}`);
      const url = new URL(postgresAdminUrl);
      url.pathname = `/${prefix}_${name}`;
      env[`${name.toUpperCase()}_DATABASE_URL`] = url.toString();
    }
  } finally {
    await admin.end();
  }
  return {
    env,
    async dispose() {
      const client = new pg.Client({ connectionString: postgresAdminUrl });
      await client.connect();
      try {
        for (const name of subgraphs) await client.query(`DROP DATABASE IF EXISTS ${prefix}_${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
