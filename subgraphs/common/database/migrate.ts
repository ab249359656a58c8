// Applies a database's SQL migrations with Kysely's Migrator: under a lock (migrationLock.ts), after checking that
// every applied migration still has its file with the text that was applied (checkRecordedMigrations.ts), and all
// pending ones in one transaction with their checksums, so a failing migration leaves no trace.
import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import { checkRecordedMigrations, type RecordedMigration } from './checkRecordedMigrations.js';
import { MigrationError } from './migrationError.js';
import { readMigrationFiles, type MigrationFile, type MigrationFolder } from './migrationFiles.js';
import { withMigrationLock } from './migrationLock.js';
import type { Database } from './openDatabase.js';
import { scriptQuery } from './scriptQuery.js';

export type { MigrationFolder } from './migrationFiles.js';

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
  /** Applied by the runner before Kysely's Migrator, now recorded in Kysely's tables (nothing ran). */
  adopted: string[];
}

/** Kysely's own table (its default name), and ours beside it. */
const kyselyMigrationTable = 'kysely_migration';
const checksumTable = 'migration_checksum';
const legacyTable = 'schema_migrations';

/** `folders` in the order their migrations apply, the shared ones first. */
export async function migrate(database: Database<unknown>, folders: readonly MigrationFolder[], options: { lockWaitMs?: number } = {}): Promise<MigrationResult> {
  const files = readMigrationFiles(folders);
  // One connection for the whole run: the lock is its session's, and on PGlite the session is held throughout.
  return database.db.connection().execute((connection) => withMigrationLock(connection, () => migrateLocked(connection, files), options.lockWaitMs));
}

async function migrateLocked(db: Kysely<unknown>, files: readonly MigrationFile[]): Promise<MigrationResult> {
  await sql`CREATE TABLE IF NOT EXISTS ${sql.table(checksumTable)} (
    name text PRIMARY KEY,
    sha256 text NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  const recorded = await recordedMigrations(db);
  const check = checkRecordedMigrations(recorded, await legacyMigrationNames(db), files);
  if (check instanceof MigrationError) throw check;
  const adopted = new Set(check.adopt.map((file) => file.name));

  const migrations: Record<string, Migration> = {};
  for (const file of files) {
    migrations[file.name] = {
      async up(transaction) {
        if (!adopted.has(file.name)) await transaction.executeQuery(scriptQuery(file.sql));
        await sql`INSERT INTO ${sql.table(checksumTable)} (name, sha256) VALUES (${file.name}, ${file.sha256})`.execute(transaction);
      },
    };
  }
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // A new shared migration comes after a subgraph's applied ones; names still set the order of a run's pending ones.
    allowUnorderedMigrations: true,
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName;
    const file = files.find((candidate) => candidate.name === failed);
    const what = file ? `${file.path} (migration ${file.name}) failed` : 'the migration run failed';
    throw new MigrationError('MIGRATION_FAILED', `${what}: ${error instanceof Error ? error.message : String(error)}. Nothing of this run was applied.`, { cause: error });
  }
  const ran = results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
  return {
    applied: ran.filter((name) => !adopted.has(name)),
    alreadyApplied: files.map((file) => file.name).filter((name) => recorded.some((migration) => migration.name === name)),
    adopted: ran.filter((name) => adopted.has(name)),
  };
}

async function tableExists(db: Kysely<unknown>, table: string): Promise<boolean> {
  const { rows } = await sql<{ present: boolean }>`SELECT to_regclass(${table}) IS NOT NULL AS present`.execute(db);
  return rows[0]?.present === true;
}

async function recordedMigrations(db: Kysely<unknown>): Promise<RecordedMigration[]> {
  if (!(await tableExists(db, kyselyMigrationTable))) return [];
  const { rows } = await sql<RecordedMigration>`
    SELECT m.name, c.sha256 FROM ${sql.table(kyselyMigrationTable)} m LEFT JOIN ${sql.table(checksumTable)} c ON c.name = m.name
    ORDER BY m.name`.execute(db);
  return rows;
}

/** The old runner's names (`common/001_atkomstlogg.sql`, `001_init.sql`); it is read, never written. */
async function legacyMigrationNames(db: Kysely<unknown>): Promise<string[]> {
  if (!(await tableExists(db, legacyTable))) return [];
  const { rows } = await sql<{ name: string }>`SELECT name FROM ${sql.table(legacyTable)} ORDER BY name`.execute(db);
  return rows.map((row) => row.name);
}
