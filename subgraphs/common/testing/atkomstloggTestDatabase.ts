// A database with only the access log in it, for the access log's own tests: an in-memory PGlite, or a fresh
// database on the real PostgreSQL server (dropped by dispose) where concurrent transactions truly interleave.
import { afterAll, beforeAll } from 'vitest';
import type { AtkomstloggDatabase } from '../atkomstlogg/atkomstloggTable.js';
import { migrate } from '../database/migrate.js';
import { openDatabase, type Database } from '../database/openDatabase.js';
import { atkomstloggMigrationFolder } from '../server/migrateSubgraph.js';
import { createTestDatabases } from '../../../test/support/testDatabases.js';

export interface AtkomstloggTestDatabase {
  database: Database<AtkomstloggDatabase>;
  dispose(): Promise<void>;
}

export async function openAtkomstloggTestDatabase(kind: 'pglite' | 'postgres' = 'pglite'): Promise<AtkomstloggTestDatabase> {
  const server = kind === 'postgres' ? await createTestDatabases('postgres', ['vgr']) : null;
  const database = await openDatabase<AtkomstloggDatabase>(
    server ? { kind: 'postgres', url: server.env['VGR_DATABASE_URL']! } : { kind: 'pglite', dataDir: 'memory://' },
  );
  await migrate(database as Database<unknown>, [atkomstloggMigrationFolder]);
  return {
    database,
    async dispose() {
      await database.close();
      await server?.dispose();
    },
  };
}

/**
 * For a test file or `describe`: opens the database before its tests and disposes of it after them.
 * Read `.database` inside the tests (it exists only once the suite has started).
 */
export function useAtkomstloggTestDatabase(kind: 'pglite' | 'postgres' = 'pglite'): { readonly database: Database<AtkomstloggDatabase> } {
  let opened: AtkomstloggTestDatabase | undefined;
  beforeAll(async () => {
    opened = await openAtkomstloggTestDatabase(kind);
  }, 60_000);
  afterAll(async () => {
    await opened?.dispose();
  });
  return {
    get database() {
      if (!opened) throw new Error('The access-log test database is opened in beforeAll; read it inside a test.');
      return opened.database;
    },
  };
}
