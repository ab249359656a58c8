// The database chains the access log per transaction (migration 003): several statements in one transaction,
// a rolled-back savepoint between them, and writers in parallel transactions must all leave one unbroken chain.
// On PGlite and, when it is reachable, on the real PostgreSQL server, where transactions truly interleave.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { postgresReachable } from '../../../test/support/testDatabases.js';
import { useAtkomstloggTestDatabase } from '../testing/atkomstloggTestDatabase.js';
import { testIdentity } from '../../../platform/testing/testIdentity.js';
import { AtkomstloggRecorder } from './AtkomstloggRecorder.js';
import { verifyAtkomstlogg } from './verifyAtkomstlogg.js';

const kinds = (await postgresReachable()) ? (['pglite', 'postgres'] as const) : (['pglite'] as const);

describe.each(kinds)('the access-log chain on %s', (kind) => {
const suite = useAtkomstloggTestDatabase(kind);

const allowed = { resultat: 'TILLATEN', grund: 'EGEN_VARDRELATION', granskasSarskilt: false } as const;

function readsOf(requestId: string, patients: number): AtkomstloggRecorder {
  const recorder = new AtkomstloggRecorder({ requestIds: [requestId], identity: testIdentity({ huvudman: 'VGR' }), atkomstgrund: null });
  for (let index = 0; index < patients; index++) {
    recorder.record({ patientId: `19121212${String(1000 + index)}`, dataHuvudman: 'VGR', kategori: 'listning', atgard: 'LASNING', decision: allowed });
  }
  return recorder;
}

async function rowsOf(requestId: string): Promise<number[]> {
  const result = await sql<{ lopnummer: string }>`SELECT lopnummer FROM atkomstlogg WHERE request_id = ${requestId} ORDER BY lopnummer`.execute(suite.database.db);
  return result.rows.map((row) => Number(row.lopnummer));
}

it('chains the rows of several statements in one transaction, skipping a rolled-back savepoint', async () => {
  await readsOf('before', 3).flush(suite.database.db);
  await suite.database.db.transaction().execute(async (transaction) => {
    await readsOf('first', 4).flush(transaction);
    await sql`SAVEPOINT undone`.execute(transaction);
    await readsOf('undone', 5).flush(transaction);
    await sql`ROLLBACK TO SAVEPOINT undone`.execute(transaction);
    await readsOf('second', 2).flush(transaction);
  });
  await readsOf('after', 1).flush(suite.database.db);

  expect(await rowsOf('first')).toEqual([4, 5, 6, 7]);
  expect(await rowsOf('undone')).toEqual([]);
  // Numbered on from the last row that stayed, not from the rolled-back ones.
  expect(await rowsOf('second')).toEqual([8, 9]);
  expect(await rowsOf('after')).toEqual([10]);
  expect(await verifyAtkomstlogg(suite.database.db)).toEqual({ kontrolleradeRader: 10, hel: true, forstaFelLopnummer: null, fel: null });
});

it('keeps one chain when transactions of many rows write at the same time, on connections used before', async () => {
  // Three rounds: from the second on, every pooled connection has written before while others wrote too, so
  // nothing a connection remembered from its own earlier transaction may be taken for the chain's end.
  for (let round = 0; round < 3; round++) {
    await Promise.all(
      Array.from({ length: 6 }, (_, writer) =>
        suite.database.db.transaction().execute(async (transaction) => {
          await readsOf(`parallel-${round}-${writer}-a`, 20).flush(transaction);
          await readsOf(`parallel-${round}-${writer}-b`, 7).flush(transaction);
        }),
      ),
    );
  }
  expect(await verifyAtkomstlogg(suite.database.db)).toEqual({ kontrolleradeRader: 10 + 3 * 6 * 27, hel: true, forstaFelLopnummer: null, fel: null });
});
});
