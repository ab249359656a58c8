import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { initializePgliteDirectory, PgliteInitializationError } from './initializePgliteDirectory.js';
import { openDatabase } from './openDatabase.js';

const root = mkdtempSync(join(tmpdir(), 'samsyn-initdb-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('initializePgliteDirectory', () => {
  it('creates a database the subgraph then opens, and leaves an existing one alone', async () => {
    const dataDir = join(root, 'fresh');
    await initializePgliteDirectory(dataDir);
    const version = statSync(join(dataDir, 'PG_VERSION'));
    expect(readFileSync(join(dataDir, 'PG_VERSION'), 'utf8').trim()).toMatch(/^\d+$/);

    const database = await openDatabase<unknown>({ kind: 'pglite', dataDir });
    await database.runScript('CREATE TABLE kept (id int); INSERT INTO kept VALUES (1)');
    await database.close();
    await initializePgliteDirectory(dataDir);
    expect(statSync(join(dataDir, 'PG_VERSION')).mtimeMs).toBe(version.mtimeMs);
    const reopened = await openDatabase<unknown>({ kind: 'pglite', dataDir });
    const { rows } = await sql<{ id: number }>`SELECT id FROM kept`.execute(reopened.db);
    expect(rows).toEqual([{ id: 1 }]);
    await reopened.close();
  }, 60_000);

  it('says which directory it could not create', async () => {
    const blocker = join(root, 'a-file');
    writeFileSync(blocker, 'not a directory');
    const attempt = initializePgliteDirectory(join(blocker, 'data'));
    await expect(attempt).rejects.toBeInstanceOf(PgliteInitializationError);
    await expect(attempt).rejects.toThrow(join(blocker, 'data'));
  }, 60_000);
});
