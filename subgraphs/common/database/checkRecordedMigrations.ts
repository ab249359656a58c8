// What the database records against the files, checked before anything is applied: an applied migration must still
// have its file, with the text that was applied. Migrations the runner before Kysely's recorded (`schema_migrations`)
// are adopted: recorded in Kysely's tables without running again.
import { MigrationError } from './migrationError.js';
import type { MigrationFile } from './migrationFiles.js';

export interface RecordedMigration {
  name: string;
  /** null when Kysely's table has the migration but the checksum table does not (someone edited the tables). */
  sha256: string | null;
}

export interface RecordedMigrationsCheck {
  /** Applied by the old runner and not yet in Kysely's tables. */
  adopt: MigrationFile[];
}

export function checkRecordedMigrations(
  recorded: readonly RecordedMigration[],
  legacyNames: readonly string[],
  files: readonly MigrationFile[],
): RecordedMigrationsCheck | MigrationError {
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const migration of recorded) {
    const file = byName.get(migration.name);
    if (!file) {
      return new MigrationError('MIGRATION_MISSING', `applied migration missing: ${migration.name} is recorded as applied but has no file any more. Restore the file; never remove an applied migration.`);
    }
    if (migration.sha256 !== file.sha256) {
      const what = migration.sha256 === null ? 'has no recorded checksum' : 'was changed after it was applied';
      return new MigrationError('MIGRATION_CHANGED', `${file.path} (migration ${migration.name}) ${what}. Restore the applied text; change the database with a new migration instead.`);
    }
  }
  const recordedNames = new Set(recorded.map((migration) => migration.name));
  const byLegacyName = new Map(files.map((file) => [file.legacyName, file]));
  const adopt: MigrationFile[] = [];
  for (const legacyName of legacyNames) {
    const file = byLegacyName.get(legacyName);
    if (!file) {
      return new MigrationError('MIGRATION_MISSING', `applied migration missing: ${legacyName} is recorded in schema_migrations but has no file any more. Restore the file; never remove an applied migration.`);
    }
    if (!recordedNames.has(file.name)) adopt.push(file);
  }
  return { adopt };
}
