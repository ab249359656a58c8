// Applies a subgraph's SQL migrations (`NNN_name.sql`, in name order) that the
// database has not seen yet, each in its own transaction, and records them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Database } from './openDatabase.js';

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

/** `label` prefixes the recorded names, so migrations from several folders (the shared ones first) never collide. */
export async function migrate(database: Database<unknown>, migrationsDir: string, label = ''): Promise<MigrationResult> {
  const { db } = database;
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  const done = await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(db);
  const seen = new Set(done.rows.map((row) => row.name));

  const files = readdirSync(migrationsDir)
    .filter((name) => /^\d{3}_[a-z0-9_]+\.sql$/.test(name))
    .sort();
  const result: MigrationResult = { applied: [], alreadyApplied: [] };
  for (const file of files) {
    const name = `${label}${file}`;
    if (seen.has(name)) {
      result.alreadyApplied.push(name);
      continue;
    }
    const script = readFileSync(join(migrationsDir, file), 'utf8');
    // The bookkeeping row goes in the same transaction, so a failed migration leaves no trace.
    await database.runScript(`${script}\nINSERT INTO schema_migrations (name) VALUES ('${name}');`);
    result.applied.push(name);
  }
  return result;
}
