// On PGlite one session serves every request: a query from one request must
// never land inside another request's transaction.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './openDatabase.js';

interface Schema {
  note: { id: number; text: string };
}

let database: Database<Schema>;

beforeAll(async () => {
  database = await openDatabase<Schema>({ kind: 'pglite', dataDir: 'memory://' });
  await database.runScript('CREATE TABLE note (id int PRIMARY KEY, text text NOT NULL);');
}, 60_000);

afterAll(async () => {
  await database?.close();
});

describe('Kysely on PGlite', () => {
  it('keeps a concurrent request’s write out of a transaction that rolls back', async () => {
    let insideTransaction!: () => void;
    const transactionStarted = new Promise<void>((resolve) => {
      insideTransaction = resolve;
    });
    const failing = database.db.transaction().execute(async (transaction) => {
      await transaction.insertInto('note').values({ id: 1, text: 'rolled back' }).execute();
      insideTransaction();
      // Give the other request every chance to run while the transaction is open.
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error('abort');
    });
    await transactionStarted;
    const concurrent = database.db.insertInto('note').values({ id: 2, text: 'kept' }).execute();
    await expect(failing).rejects.toThrow('abort');
    await concurrent;
    const rows = await database.db.selectFrom('note').select(['id', 'text']).orderBy('id').execute();
    expect(rows).toEqual([{ id: 2, text: 'kept' }]);
  });

  it('reports affected rows and runs scripts in one transaction', async () => {
    const result = await sql`UPDATE note SET text = 'changed'`.execute(database.db);
    expect(result.numAffectedRows).toBe(1n);
    await expect(database.runScript(`INSERT INTO note VALUES (3, 'x'); INSERT INTO note VALUES (3, 'duplicate');`)).rejects.toThrow();
    expect(await database.db.selectFrom('note').select('id').execute()).toEqual([{ id: 2 }]);
  });
});
