// A subgraph's full migration: the shared access log first, then its own tables.
import { fileURLToPath } from 'node:url';
import { atkomstloggMigrationsUrl } from '../atkomstlogg/atkomstloggTable.js';
import { migrate, type MigrationFolder, type MigrationResult } from '../database/migrate.js';
import type { Database } from '../database/openDatabase.js';

/** The access log's migrations, recorded as `common/NNN_name` (the old runner's `common/NNN_name.sql`). */
export const atkomstloggMigrationFolder: MigrationFolder = { dir: fileURLToPath(atkomstloggMigrationsUrl), label: 'common/', legacyLabel: 'common/' };

/** A subgraph's own migrations, recorded as `subgraph/NNN_name` ('s' sorts after 'c': applied after the shared ones). */
export function subgraphMigrationFolder(migrationsUrl: URL): MigrationFolder {
  return { dir: fileURLToPath(migrationsUrl), label: 'subgraph/', legacyLabel: '' };
}

export async function migrateSubgraph(database: Database<unknown>, migrationsUrl: URL): Promise<MigrationResult> {
  return migrate(database, [atkomstloggMigrationFolder, subgraphMigrationFolder(migrationsUrl)]);
}
