// Seeds a subgraph's database with its slice of the synthetic world once: the
// slice and the marker row are written in one transaction, so a crash halfway
// leaves an empty database that the next start seeds again.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../database/openDatabase.js';
import { generateWorld } from './generateWorld.js';
import type { IsoDate, SeedScale, World } from './World.js';

export type SeedOutcome = { kind: 'seeded'; scale: SeedScale; referenceDate: IsoDate } | { kind: 'already-seeded'; scale: string } | { kind: 'skipped' };

export type SliceWriter = (db: Kysely<any>, world: World) => Promise<void>;

export async function seedIfEmpty(
  database: Database<unknown>,
  scale: SeedScale | 'none',
  writeSlice: SliceWriter,
  referenceDate: IsoDate,
): Promise<SeedOutcome> {
  const { db } = database;
  await sql`CREATE TABLE IF NOT EXISTS seed_state (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    scale text NOT NULL,
    seeded_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  // The day the seeded world is as of; databases seeded before it was recorded have none.
  await sql`ALTER TABLE seed_state ADD COLUMN IF NOT EXISTS reference_date date`.execute(db);
  const existing = await sql<{ scale: string }>`SELECT scale FROM seed_state`.execute(db);
  if (existing.rows[0]) return { kind: 'already-seeded', scale: existing.rows[0].scale };
  if (scale === 'none') return { kind: 'skipped' };

  const world = generateWorld(scale, referenceDate);
  await db.transaction().execute(async (transaction) => {
    await writeSlice(transaction as Kysely<any>, world);
    await sql`INSERT INTO seed_state (scale, reference_date) VALUES (${scale}, ${referenceDate})`.execute(transaction);
  });
  // Fresh planner statistics: without them PostgreSQL plans the first minutes of queries (until autovacuum's
  // analyze) for empty tables, e.g. 228 estimated rows where 23,000 come back.
  await sql`ANALYZE`.execute(db);
  return { kind: 'seeded', scale, referenceDate };
}
