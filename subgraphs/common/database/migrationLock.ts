// One migration run at a time per database: two replicas starting together must not both apply a migration. A
// session-level advisory lock on the connection that runs the migrations; the others wait for it and then find
// nothing left to do. Waiting polls a try-lock, because a blocking wait would hit the connection's statement timeout
// (seconds) while another replica migrates.
import { sql, type Kysely } from 'kysely';
import { MigrationError } from './migrationError.js';

/** Any constant no other code of ours takes: each subgraph has a database of its own. */
export const migrationLockKey = 5_361_746_279_001;
const pollMs = 200;
export const defaultMigrationLockWaitMs = 5 * 60_000;

/** `connection` must be bound to one connection (`db.connection().execute(...)`): the lock belongs to its session. */
export async function withMigrationLock<T>(connection: Kysely<unknown>, work: () => Promise<T>, waitMs = defaultMigrationLockWaitMs): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const { rows } = await sql<{ acquired: boolean }>`SELECT pg_try_advisory_lock(${sql.lit(migrationLockKey)}) AS acquired`.execute(connection);
    if (rows[0]?.acquired) break;
    if (Date.now() >= deadline) {
      throw new MigrationError('MIGRATION_LOCK_TIMEOUT', `another process has been migrating this database for more than ${Math.round(waitMs / 1000)} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  try {
    return await work();
  } finally {
    await sql`SELECT pg_advisory_unlock(${sql.lit(migrationLockKey)})`.execute(connection);
  }
}
