// Bulk inserts for seeding: many rows per statement, a bounded number per
// statement (PostgreSQL allows at most 65,535 bind parameters).
import type { Kysely } from 'kysely';

export async function insertInChunks<Schema, Table extends keyof Schema & string>(
  db: Kysely<Schema>,
  table: Table,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).length;
  const chunkSize = Math.max(1, Math.floor(30_000 / columns));
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    // The seed rows are built to match the table; Kysely's insert typing cannot follow a generic table name.
    await db.insertInto(table).values(chunk as never).execute();
  }
}
