// The SQL migrations of one database, read from several folders (the shared ones first) and named the way the
// database records them: `<label><file without .sql>`, e.g. `common/001_atkomstlogg` or `subgraph/001_init`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MigrationFolder {
  dir: string;
  /** Prefix of the recorded names. Kysely's Migrator applies pending migrations in name order, so the labels must sort in folder order. */
  label: string;
  /** The prefix the runner before Kysely's Migrator recorded (`common/` or none) in `schema_migrations`, with `.sql`. */
  legacyLabel: string;
}

export interface MigrationFile {
  name: string;
  /** The name in the old runner's `schema_migrations`, e.g. `001_init.sql`. */
  legacyName: string;
  path: string;
  sql: string;
  /** sha256 of the file's text, hex. */
  sha256: string;
}

const migrationFileName = /^\d{3}_[a-z0-9_]+\.sql$/;

export function readMigrationFiles(folders: readonly MigrationFolder[]): MigrationFile[] {
  const files = folders.flatMap((folder) =>
    readdirSync(folder.dir)
      .filter((file) => migrationFileName.test(file))
      .sort()
      .map((file) => migrationFile(folder, file, readFileSync(join(folder.dir, file), 'utf8'))),
  );
  const names = files.map((file) => file.name);
  const sorted = [...names].sort();
  if (names.some((name, index) => name !== sorted[index])) {
    throw new Error(`Migration labels must sort in folder order (${folders.map((folder) => folder.label).join(', ')}): Kysely's Migrator applies pending migrations in name order.`);
  }
  return files;
}

export function migrationFile(folder: MigrationFolder, file: string, sqlText: string): MigrationFile {
  return {
    name: `${folder.label}${file.replace(/\.sql$/, '')}`,
    legacyName: `${folder.legacyLabel}${file}`,
    path: join(folder.dir, file),
    sql: sqlText,
    sha256: sha256(sqlText),
  };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
