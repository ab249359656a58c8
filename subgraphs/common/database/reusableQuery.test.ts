// A reusable query answers exactly as the same query built for each run, and
// a builder that shapes the statement from its arguments is refused loudly.
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database } from './openDatabase.js';
import { ReusableQueryError, reusableQuery } from './reusableQuery.js';

interface Schema {
  note: { id: number; owner: string; written: string };
}

let database: Database<Schema>;

beforeAll(async () => {
  database = await openDatabase<Schema>({ kind: 'pglite', dataDir: 'memory://' });
  await database.runScript(`
    CREATE TABLE note (id int PRIMARY KEY, owner text NOT NULL, written date NOT NULL);
    INSERT INTO note VALUES (1, 'anna', '2026-01-01'), (2, 'bo', '2026-02-01'), (3, 'anna', '2026-03-01'), (4, 'cecilia', '2026-04-01');
  `);
}, 60_000);

afterAll(async () => {
  await database?.close();
});

const notesOf = reusableQuery((db: Kysely<Schema>, owners: readonly string[], from: string) =>
  db
    .selectFrom('note')
    .select(['id', 'owner'])
    .where((eb) => eb('owner', '=', eb.fn.any(eb.val(owners))))
    .where('written', '>=', from)
    .where('id', '<', 100)
    .orderBy('id'),
);

describe('reusableQuery', () => {
  it('runs the statement with each run’s own arguments', async () => {
    const { db } = database;
    expect(await notesOf(db, ['anna'], '2026-01-01')).toEqual([
      { id: 1, owner: 'anna' },
      { id: 3, owner: 'anna' },
    ]);
    expect(await notesOf(db, ['anna', 'cecilia'], '2026-02-15')).toEqual([
      { id: 3, owner: 'anna' },
      { id: 4, owner: 'cecilia' },
    ]);
    expect(await notesOf(db, [], '2026-01-01')).toEqual([]);
  });

  it('compiles once per database, and counts every run as a statement', async () => {
    const build = vi.fn((db: Kysely<Schema>, id: number) => db.selectFrom('note').select('owner').where('id', '=', id));
    const ownerOf = reusableQuery(build);
    const before = database.statementCount();
    const owners = await Promise.all([1, 2, 3].map((id) => ownerOf(database.db, id)));
    expect(owners).toEqual([[{ owner: 'anna' }], [{ owner: 'bo' }], [{ owner: 'anna' }]]);
    expect(database.statementCount() - before).toBe(3);
    // Outside production each run builds the query again to check it; the template is built only once.
    expect(build).toHaveBeenCalledTimes(1 + 3);
  });

  it('takes a sql template as well as a query builder', async () => {
    const idsAfter = reusableQuery(
      (_db: Kysely<Schema>, after: number) => sql<{ id: number }>`SELECT id FROM note WHERE id > ${after} ORDER BY id`,
    );
    expect(await idsAfter(database.db, 2)).toEqual([{ id: 3 }, { id: 4 }]);
  });

  it('refuses a builder that uses an argument for something other than a value', async () => {
    const byColumn = reusableQuery((_db: Kysely<Schema>, column: string) =>
      sql<{ value: string }>`SELECT ${sql.ref(String(column))} AS value FROM note`,
    );
    await expect(byColumn(database.db, 'owner')).rejects.toThrow(ReusableQueryError);
  });

  it('refuses a builder whose statement changes with its arguments', async () => {
    const shaped = reusableQuery((db: Kysely<Schema>, limit: number) => {
      const query = db.selectFrom('note').select('id').where('id', '>', limit);
      return typeof limit === 'number' && limit > 2 ? query.orderBy('id', 'desc') : query.orderBy('id');
    });
    await expect(shaped(database.db, 3)).rejects.toThrow(ReusableQueryError);
  });
});
