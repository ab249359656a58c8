// deploy/postgres-init.sql run as the postgres image runs it (psql, as the
// superuser) on the real PostgreSQL server: the roles it makes can migrate
// their own database, and cannot escape it or switch the access log's triggers off.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/serviceProcess.js';
import { postgresAdminUrl, postgresReachable } from '../support/testDatabases.js';

const subgraphs = ['vgr', 'kommun', 'samverkan'] as const;
const prefix = `samsyn_roles_${process.pid}_${Date.now().toString(36)}_`;
const secrets = mkdtempSync(join(tmpdir(), 'samsyn-roles-'));
const roleUrl = (name: string) => {
  const url = new URL(postgresAdminUrl);
  url.username = `${prefix}${name}`;
  url.password = `password-of-${name}-for-this-test`;
  url.pathname = `/${prefix}${name}`;
  return url.toString();
};
const psqlAvailable = spawnSync('psql', ['--version']).status === 0;
const available = psqlAvailable && (await postgresReachable());
let initOutput = '';

async function asRole<T>(name: string, database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(roleUrl(name));
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(() => {
  if (!available) return;
  for (const name of subgraphs) writeFileSync(join(secrets, `${name}-database-url`), `${roleUrl(name)}\n`);
  const init = spawnSync('psql', ['-X', '-v', 'ON_ERROR_STOP=1', '-v', `secrets=${secrets}`, '-v', `prefix=${prefix}`, '-d', postgresAdminUrl, '-f', fileURLToPath(new URL('deploy/postgres-init.sql', `file://${projectRoot}`))], { encoding: 'utf8' });
  initOutput = `${init.stdout}${init.stderr}`;
  if (init.status !== 0) throw new Error(`postgres-init.sql failed:\n${initOutput}`);
});

afterAll(async () => {
  rmSync(secrets, { recursive: true, force: true });
  if (!available) return;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  try {
    for (const name of subgraphs) {
      await admin.query(`DROP DATABASE IF EXISTS "${prefix}${name}" WITH (FORCE)`);
      await admin.query(`DROP ROLE IF EXISTS "${prefix}${name}"`);
    }
  } finally {
    await admin.end();
  }
});

describe.skipIf(!available)('deploy/postgres-init.sql on a PostgreSQL server', () => {
  it('makes per subgraph a login role that is no superuser and owns its database', async () => {
    const admin = new pg.Client({ connectionString: postgresAdminUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query(
        `SELECT r.rolname, r.rolcanlogin, r.rolsuper, r.rolcreatedb, r.rolcreaterole, r.rolbypassrls, pg_get_userbyid(d.datdba) AS owner
           FROM pg_roles r JOIN pg_database d ON d.datname = r.rolname WHERE r.rolname LIKE $1 ORDER BY r.rolname`,
        [`${prefix}%`],
      );
      expect(rows).toEqual(
        subgraphs
          .map((name) => ({ rolname: `${prefix}${name}`, rolcanlogin: true, rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolbypassrls: false, owner: `${prefix}${name}` }))
          .sort((a, b) => a.rolname.localeCompare(b.rolname)),
      );
    } finally {
      await admin.end();
    }
  });

  it('lets a role migrate its own database from the URL file the subgraph is given', () => {
    const migrate = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts', 'vgr'], {
      cwd: projectRoot,
      env: { PATH: process.env['PATH'], VGR_DATABASE_URL_FILE: join(secrets, 'vgr-database-url') },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(migrate.status, `${migrate.stdout}${migrate.stderr}`).toBe(0);
    expect(migrate.stdout).toMatch(/^vgr \(postgres\): applied [1-9]/);
  });

  it('keeps the append-only access log so: the role cannot set session_replication_role', async () => {
    await expect(asRole('vgr', `${prefix}vgr`, (client) => client.query('SET session_replication_role = replica'))).rejects.toThrow(/permission denied/);
  });

  it("shuts a role out of another subgraph's database", async () => {
    await expect(asRole('vgr', `${prefix}kommun`, (client) => client.query('SELECT 1'))).rejects.toThrow(/permission denied for database/);
  });

  it('refuses a database URL secret it could not use, before it creates anything', () => {
    const bad = mkdtempSync(join(tmpdir(), 'samsyn-roles-bad-'));
    writeFileSync(join(bad, 'vgr-database-url'), 'postgres://someone:short@db/elsewhere\n');
    const init = spawnSync('psql', ['-X', '-v', 'ON_ERROR_STOP=1', '-v', `secrets=${bad}`, '-v', `prefix=${prefix}bad_`, '-d', postgresAdminUrl, '-f', fileURLToPath(new URL('deploy/postgres-init.sql', `file://${projectRoot}`))], { encoding: 'utf8' });
    rmSync(bad, { recursive: true, force: true });
    expect(init.status).not.toBe(0);
    expect(init.stderr).toMatch(/unusable database URL secret/);
    expect(init.stdout).not.toMatch(/CREATE ROLE/);
  });
});
