// A subgraph's full migration: the shared access log first, then its own tables.
import { fileURLToPath } from 'node:url';
import { accessLogMigrationsUrl } from '../accessLog/accessLogTable.js';
import { migrate, type MigrationResult } from '../database/migrate.js';
import type { Database } from '../database/openDatabase.js';

export async function migrateSubgraph(database: Database<unknown>, migrationsUrl: URL): Promise<MigrationResult> {
  const shared = await migrate(database, fileURLToPath(accessLogMigrationsUrl), 'common/');
  const own = await migrate(database, fileURLToPath(migrationsUrl));
  return { applied: [...shared.applied, ...own.applied], alreadyApplied: [...shared.alreadyApplied, ...own.alreadyApplied] };
}
