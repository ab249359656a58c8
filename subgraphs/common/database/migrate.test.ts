// The migration runner on both databases: order, once only, all-or-nothing runs, the refusals, the lock between two
// runners started together, and the adoption of databases the runner before Kysely's Migrator migrated.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabases, postgresAdminUrl, postgresReachable, type DatabaseKind, type TestDatabases } from '../../../test/support/testDatabases.js';
import { atkomstloggMigrationFolder, migrateSubgraph } from '../server/migrateSubgraph.js';
import { vgrMigrationsUrl } from '../../vgr/vgrSubgraph.js';
import { migrate, type MigrationFolder } from './migrate.js';
import { MigrationError } from './migrationError.js';
import { migrationLockKey } from './migrationLock.js';
import { openDatabase, type Database, type DatabaseLocation } from './openDatabase.js';

const kinds: DatabaseKind[] = (await postgresReachable()) || process.env['SAMSYN_REQUIRE_POSTGRES'] === '1' ? ['pglite', 'postgres'] : ['pglite'];

describe.each(kinds)('migrate on %s', (kind) => {
  let root: string;
  let shared: MigrationFolder;
  let own: MigrationFolder;
  let server: TestDatabases | null;
  let location: DatabaseLocation;
  const opened: Database<unknown>[] = [];

  async function open(): Promise<Database<unknown>> {
    const database = await openDatabase<unknown>(location);
    opened.push(database);
    return database;
  }

  function write(folder: MigrationFolder, file: string, text: string): void {
    writeFileSync(join(folder.dir, file), text);
  }

  async function names(database: Database<unknown>): Promise<string[]> {
    const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(database.db);
    return rows.map((row) => row.name);
  }

  async function tableExists(database: Database<unknown>, table: string): Promise<boolean> {
    const { rows } = await sql<{ present: boolean }>`SELECT to_regclass(${table}) IS NOT NULL AS present`.execute(database.db);
    return rows[0]!.present;
  }

  async function refusal(run: Promise<unknown>): Promise<MigrationError> {
    const error = await run.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    if (!(error instanceof MigrationError)) throw new Error(`expected a MigrationError, got ${String(error)}`);
    return error;
  }

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'samsyn-migrate-'));
    shared = { dir: join(root, 'common'), label: 'common/', legacyLabel: 'common/' };
    own = { dir: join(root, 'own'), label: 'subgraph/', legacyLabel: '' };
    mkdirSync(shared.dir);
    mkdirSync(own.dir);
    write(shared, '001_log.sql', 'CREATE TABLE log (id int PRIMARY KEY);\nINSERT INTO log VALUES (1);');
    // Reads the shared table: applying it before the shared migration would fail.
    write(own, '001_init.sql', 'CREATE TABLE patient (id int PRIMARY KEY);\nCREATE VIEW log_view AS SELECT id FROM log;');
    write(own, '002_sparr.sql', `CREATE TABLE sparr (id int PRIMARY KEY);\nCREATE FUNCTION sparr_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM sparr; $$;`);
    server = kind === 'postgres' ? await createTestDatabases('postgres', ['vgr']) : null;
    location = server ? { kind: 'postgres', url: server.env['VGR_DATABASE_URL']! } : { kind: 'pglite', dataDir: 'memory://' };
  }, 60_000);

  afterEach(async () => {
    for (const database of opened.splice(0)) await database.close();
    await server?.dispose();
    rmSync(root, { recursive: true, force: true });
  }, 60_000);

  it('applies the shared migrations first, each once; a second run applies nothing', async () => {
    const database = await open();
    const first = await migrate(database, [shared, own]);
    expect(first).toEqual({ applied: ['common/001_log', 'subgraph/001_init', 'subgraph/002_sparr'], alreadyApplied: [], adopted: [] });
    const second = await migrate(database, [shared, own]);
    expect(second).toEqual({ applied: [], alreadyApplied: ['common/001_log', 'subgraph/001_init', 'subgraph/002_sparr'], adopted: [] });
    const { rows } = await sql<{ count: string }>`SELECT count(*)::text AS count FROM log`.execute(database.db);
    expect(rows[0]!.count).toBe('1');
    // A new shared migration after the subgraph's applied ones is applied, not refused as out of order.
    write(shared, '002_log_more.sql', 'ALTER TABLE log ADD COLUMN note text;');
    expect((await migrate(database, [shared, own])).applied).toEqual(['common/002_log_more']);
  }, 60_000);

  it('leaves no trace of a run whose migration fails, and names the file', async () => {
    const database = await open();
    await migrate(database, [shared]);
    write(own, '003_broken.sql', 'CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;');
    const error = await refusal(migrate(database, [shared, own]));
    expect(error.code).toBe('MIGRATION_FAILED');
    expect(error.message).toContain(join(own.dir, '003_broken.sql'));
    // The whole run is one transaction: neither the failing file's tables nor the earlier pending ones, nor records.
    expect(await tableExists(database, 'half_done')).toBe(false);
    expect(await tableExists(database, 'patient')).toBe(false);
    expect(await names(database)).toEqual(['common/001_log']);
    const { rows } = await sql<{ name: string }>`SELECT name FROM migration_checksum ORDER BY name`.execute(database.db);
    expect(rows.map((row) => row.name)).toEqual(['common/001_log']);

    write(own, '003_broken.sql', 'CREATE TABLE half_done (id int);');
    expect((await migrate(database, [shared, own])).applied).toEqual(['subgraph/001_init', 'subgraph/002_sparr', 'subgraph/003_broken']);
  }, 60_000);

  it('refuses to start when an applied migration was changed, before applying anything', async () => {
    const database = await open();
    await migrate(database, [shared, own]);
    write(own, '001_init.sql', `${readFileSync(join(own.dir, '001_init.sql'), 'utf8')}\n-- an innocent comment`);
    write(own, '003_next.sql', 'CREATE TABLE next_table (id int);');
    const error = await refusal(migrate(database, [shared, own]));
    expect(error.code).toBe('MIGRATION_CHANGED');
    expect(error.message).toContain(join(own.dir, '001_init.sql'));
    expect(await tableExists(database, 'next_table')).toBe(false);
  }, 60_000);

  it('refuses to start when an applied migration has no file any more', async () => {
    const database = await open();
    await migrate(database, [shared, own]);
    unlinkSync(join(own.dir, '002_sparr.sql'));
    const error = await refusal(migrate(database, [shared, own]));
    expect(error.code).toBe('MIGRATION_MISSING');
    expect(error.message).toContain('applied migration missing: subgraph/002_sparr');
  }, 60_000);

  it('lets one of two runners started together apply each migration, and both succeed', async () => {
    // Not idempotent: a second application would fail (the table exists) or count two rows.
    write(own, '002_sparr.sql', "CREATE TABLE sparr (id int PRIMARY KEY);\nSELECT pg_sleep(0.3);\nINSERT INTO log VALUES (2);");
    const databases = kind === 'postgres' ? [await open(), await open()] : [await open()];
    const runs = await Promise.all([migrate(databases[0]!, [shared, own]), migrate(databases.at(-1)!, [shared, own])]);
    const applied = runs.flatMap((run) => run.applied).sort();
    expect(applied).toEqual(['common/001_log', 'subgraph/001_init', 'subgraph/002_sparr']);
    expect(runs.map((run) => run.alreadyApplied.length).sort()).toEqual([0, 3]);
    const { rows } = await sql<{ count: string }>`SELECT count(*)::text AS count FROM log`.execute(databases[0]!.db);
    expect(rows[0]!.count).toBe('2');
  }, 60_000);

  it("adopts a database the old runner migrated: nothing runs twice, nothing is lost, new ones apply", async () => {
    const database = await open();
    await oldRunner(database, shared.dir, 'common/');
    unlinkSync(join(own.dir, '002_sparr.sql'));
    await oldRunner(database, own.dir, '');
    await sql`INSERT INTO patient VALUES (7)`.execute(database.db);
    write(own, '002_sparr.sql', 'CREATE TABLE sparr (id int PRIMARY KEY);');

    const first = await migrate(database, [shared, own]);
    expect(first).toEqual({ applied: ['subgraph/002_sparr'], alreadyApplied: [], adopted: ['common/001_log', 'subgraph/001_init'] });
    const second = await migrate(database, [shared, own]);
    expect(second).toEqual({ applied: [], alreadyApplied: ['common/001_log', 'subgraph/001_init', 'subgraph/002_sparr'], adopted: [] });
    const { rows } = await sql<{ id: number }>`SELECT id FROM patient`.execute(database.db);
    expect(rows).toEqual([{ id: 7 }]);
    // Adopted with their checksums: a later edit is refused like any other.
    write(shared, '001_log.sql', 'CREATE TABLE log (id bigint PRIMARY KEY);');
    expect((await refusal(migrate(database, [shared, own]))).code).toBe('MIGRATION_CHANGED');
  }, 60_000);

  it("adopts a subgraph's real migrations applied by the old runner", async () => {
    const database = await open();
    await oldRunner(database, atkomstloggMigrationFolder.dir, 'common/');
    await oldRunner(database, new URL(vgrMigrationsUrl).pathname, '');
    const result = await migrateSubgraph(database, vgrMigrationsUrl);
    expect(result.applied).toEqual([]);
    expect(result.adopted).toEqual([
      ...readdirSync(atkomstloggMigrationFolder.dir).filter((file) => file.endsWith('.sql')).sort().map((file) => `common/${file.replace('.sql', '')}`),
      ...readdirSync(vgrMigrationsUrl).filter((file) => file.endsWith('.sql')).sort().map((file) => `subgraph/${file.replace('.sql', '')}`),
    ]);
    expect((await migrateSubgraph(database, vgrMigrationsUrl)).applied).toEqual([]);
  }, 60_000);

  if (kind === 'postgres') {
    it('gives up with a code when another process holds the lock too long', async () => {
      const holder = new pg.Client({ connectionString: location.kind === 'postgres' ? location.url : postgresAdminUrl });
      await holder.connect();
      try {
        await holder.query(`SELECT pg_advisory_lock(${migrationLockKey})`);
        const error = await refusal(migrate(await open(), [shared, own], { lockWaitMs: 500 }));
        expect(error.code).toBe('MIGRATION_LOCK_TIMEOUT');
      } finally {
        await holder.end();
      }
    }, 60_000);
  }
});

/** The runner before Kysely's Migrator, as it was (subgraphs/common/database/migrate.ts until this change). */
async function oldRunner(database: Database<unknown>, dir: string, label: string): Promise<void> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(database.db);
  const done = new Set((await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(database.db)).rows.map((row) => row.name));
  for (const file of readdirSync(dir).filter((name) => /^\d{3}_[a-z0-9_]+\.sql$/.test(name)).sort()) {
    const name = `${label}${file}`;
    if (done.has(name)) continue;
    await database.runScript(`${readFileSync(join(dir, file), 'utf8')}\nINSERT INTO schema_migrations (name) VALUES ('${name}');`);
  }
}
