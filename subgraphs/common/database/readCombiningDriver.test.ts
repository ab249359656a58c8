// Against the real PostgreSQL server: reads of one tick share a connection, pipelined, and every caller gets exactly
// the rows (with the same decoded types) it would have got alone.
import { Kysely, sql, type CompiledQuery } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabases, type TestDatabases } from '../../../test/support/testDatabases.js';
import { isCombinableRead, ReadCombiningPostgresDialect } from './readCombiningDriver.js';
import { valueParsers } from './typeParsers.js';

interface Schema {
  sak: { id: string; datum: string; tidpunkt: string; antal: number; belopp: number; text: string | null; taggar: string[] };
}

let server: TestDatabases;
let pool: pg.Pool;
let dialect: ReadCombiningPostgresDialect;
let db: Kysely<Schema>;

beforeAll(async () => {
  server = await createTestDatabases('postgres', ['vgr']);
  pool = new pg.Pool({
    connectionString: server.env['VGR_DATABASE_URL'],
    pipeline: true,
    types: { getTypeParser: ((oid: number, format?: string) => valueParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser },
  });
  dialect = new ReadCombiningPostgresDialect(pool);
  db = new Kysely<Schema>({ dialect });
  await sql`CREATE TABLE sak (id text PRIMARY KEY, datum date, tidpunkt timestamptz, antal bigint, belopp numeric, text text, taggar text[])`.execute(db);
  await db
    .insertInto('sak')
    .values([
      { id: 'a', datum: '2026-01-31', tidpunkt: '2026-11-01T08:00:00.000Z', antal: 3, belopp: 1.5, text: `O'Brien \\ "$1" -- /*`, taggar: ['x', 'y z'] },
      { id: 'b', datum: '2025-12-01', tidpunkt: '2026-03-29T01:30:00.000Z', antal: 9_007_199_254, belopp: 0, text: null, taggar: [] },
    ])
    .execute();
});

afterAll(async () => {
  await db?.destroy();
  await server?.dispose();
});

const byIds = (ids: string[]) => db.selectFrom('sak').selectAll().where('id', '=', sql<string>`any(${ids})`).orderBy('id');

describe('reads combined per tick', () => {
  it('sends the reads of one tick on one connection, each caller getting its own rows', async () => {
    const before = dialect.combiner.connectionCount;
    const [a, b, both, text] = await Promise.all([
      byIds(['a']).execute(),
      byIds(['b']).execute(),
      byIds(['a', 'b', 'missing']).execute(),
      db.selectFrom('sak').select('id').where('text', '=', `O'Brien \\ "$1" -- /*`).execute(),
    ]);
    expect(dialect.combiner.connectionCount - before).toBe(1);
    expect(a.map((row) => row.id)).toEqual(['a']);
    expect(b.map((row) => row.id)).toEqual(['b']);
    expect(both.map((row) => row.id)).toEqual(['a', 'b']);
    expect(text).toEqual([{ id: 'a' }]);
  });

  it('decodes every type as a read sent alone does', async () => {
    const [combined] = await Promise.all([byIds(['a', 'b']).execute(), byIds(['a']).execute()]);
    // Inside a transaction a read is never combined: the reference answer.
    const alone = await db.transaction().execute((transaction) =>
      transaction.selectFrom('sak').selectAll().where('id', 'in', ['a', 'b']).orderBy('id').execute(),
    );
    expect(combined).toEqual(alone);
    expect(combined[0]).toEqual({
      id: 'a',
      datum: '2026-01-31',
      tidpunkt: '2026-11-01T08:00:00.000Z',
      antal: 3,
      belopp: 1.5,
      text: `O'Brien \\ "$1" -- /*`,
      taggar: ['x', 'y z'],
    });
  });

  it('gives a failing read its own error and the others their rows', async () => {
    const [good, bad] = await Promise.allSettled([byIds(['a']).execute(), sql`select * from no_such_table where id = ${'a'}`.execute(db)]);
    expect(good.status === 'fulfilled' && good.value.map((row) => row.id)).toEqual(['a']);
    expect(bad.status === 'rejected' && String(bad.reason)).toMatch(/no_such_table/);
  });

  it('keeps a transaction on its own connection: its reads see its writes, reads outside do not', async () => {
    let seenInside: unknown[] = [];
    let seenOutside: unknown[] = [];
    await db.transaction().execute(async (transaction) => {
      await transaction.insertInto('sak').values({ id: 'c', datum: '2026-01-01', tidpunkt: '2026-01-01T00:00:00.000Z', antal: 1, belopp: 1, text: 'c', taggar: [] }).execute();
      [seenInside, seenOutside] = await Promise.all([
        transaction.selectFrom('sak').select('id').where('id', '=', 'c').execute(),
        db.selectFrom('sak').select('id').where('id', '=', 'c').execute(),
      ]);
    });
    expect(seenInside).toEqual([{ id: 'c' }]);
    expect(seenOutside).toEqual([]);
    await db.deleteFrom('sak').where('id', '=', 'c').execute();
  });
});

describe('isCombinableRead', () => {
  const query = (text: string, parameters: unknown[] = []) => ({ sql: text, parameters }) as unknown as CompiledQuery;

  it('combines plain SELECTs only', () => {
    expect(isCombinableRead(query('select * from sak where id = any($1)', [['a']]))).toBe(true);
    expect(isCombinableRead(query('(select 1) union (select 2)'))).toBe(true);
    expect(isCombinableRead(query('insert into sak (id) values ($1)', ['a']))).toBe(false);
    expect(isCombinableRead(query('with x as (delete from sak returning id) select * from x'))).toBe(false);
    expect(isCombinableRead(query('select * from sak for update'))).toBe(false);
    expect(isCombinableRead(query('select * from sak for no key update'))).toBe(false);
    expect(isCombinableRead(query('select * from sak for share'))).toBe(false);
    expect(isCombinableRead(query("select set_config('a.b', $1, false)", ['x']))).toBe(false);
    expect(isCombinableRead(query('select nextval($1)', ['s']))).toBe(false);
    // Session locks belong to the connection that takes them (the migration lock), never to a shared batch.
    expect(isCombinableRead(query('select pg_advisory_lock(1)'))).toBe(false);
    expect(isCombinableRead(query('select pg_try_advisory_lock(1) as acquired'))).toBe(false);
    expect(isCombinableRead(query('select * from sak where id = $1', [Buffer.from('a')]))).toBe(true);
    expect(isCombinableRead(query('select 1; select 2'))).toBe(false);
  });
});
