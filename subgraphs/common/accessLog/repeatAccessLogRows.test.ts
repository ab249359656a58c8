// Repeating a request's access-log rows for the requests that shared its answer, on a real (embedded)
// PostgreSQL: only the asking identity's own reads are repeated, one copy per request id, inside the chain.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useAccessLogTestDatabase } from '../testing/accessLogTestDatabase.js';
import { testIdentity } from '../testing/inProcessSubgraph.js';
import { AccessLogRecorder } from './AccessLogRecorder.js';
import { parseRepeatBody } from './accessLogRepeatRoute.js';
import { repeatAccessLogRows } from './repeatAccessLogRows.js';
import { verifyAccessLog } from './verifyAccessLog.js';

const suite = useAccessLogTestDatabase();

const nurse = testIdentity({ employeeHsaId: 'SE2321000131-P000000000201', subject: 'SE2321000131-P000000000201' });
const colleague = testIdentity({ employeeHsaId: 'SE2321000131-P000000000202', subject: 'SE2321000131-P000000000202' });
const allowed = { resultat: 'TILLATEN', grund: 'EGEN_VARDRELATION', granskasSarskilt: false } as const;

async function logReads(requestId: string, identity = nurse, atgard: 'LASNING' | 'SKRIVNING' = 'LASNING'): Promise<void> {
  const recorder = new AccessLogRecorder({ requestId, identity, atkomstgrund: null });
  recorder.operationName = 'Patientsida';
  for (const patientId of ['191212121212', '195005050512']) recorder.record({ patientId, dataHuvudman: 'VGR', kategori: 'listning', atgard, decision: allowed });
  await recorder.flush(suite.database.db);
}

async function rowsOf(requestId: string) {
  const result = await sql<{ patient: string; anvandare: string; operation: string }>`
    SELECT patient, anvandare, operation FROM atkomstlogg WHERE request_id = ${requestId} ORDER BY lopnummer`.execute(suite.database.db);
  return result.rows;
}

describe('repeating access-log rows for requests that shared an answer', () => {
  it('writes one copy of every read per request id, in the hash chain', async () => {
    await logReads('first');
    expect(await repeatAccessLogRows(suite.database.db, { fran: 'first', for: ['second', 'third'], identity: nurse })).toEqual({ kind: 'repeated', rows: 4 });
    for (const id of ['second', 'third']) expect(await rowsOf(id)).toEqual(await rowsOf('first'));
    expect(await verifyAccessLog(suite.database.db)).toMatchObject({ kontrolleradeRader: 6, hel: true });
  });

  it("refuses another identity's rows, even of the same huvudman and role, and writes nothing", async () => {
    expect(await repeatAccessLogRows(suite.database.db, { fran: 'first', for: ['stolen'], identity: colleague })).toEqual({ kind: 'not-own-rows' });
    expect(await repeatAccessLogRows(suite.database.db, { fran: 'first', for: ['stolen'], identity: { ...nurse, roles: ['vardpersonal', 'granskare'] } })).toEqual({ kind: 'not-own-rows' });
    expect(await repeatAccessLogRows(suite.database.db, { fran: 'first', for: ['stolen'], identity: { ...nurse, organisationHsaId: 'SE2321000131-E000000000002' } })).toEqual({ kind: 'not-own-rows' });
    expect(await rowsOf('stolen')).toEqual([]);
  });

  it('repeats nothing from a request whose rows are not all the asking identity’s', async () => {
    await logReads('shared-id');
    await logReads('shared-id', colleague);
    expect(await repeatAccessLogRows(suite.database.db, { fran: 'shared-id', for: ['mixed'], identity: nurse })).toEqual({ kind: 'not-own-rows' });
    expect(await rowsOf('mixed')).toEqual([]);
  });

  it('repeats nothing for a request without rows, and never a write', async () => {
    expect(await repeatAccessLogRows(suite.database.db, { fran: 'no-such-request', for: ['x'], identity: nurse })).toEqual({ kind: 'repeated', rows: 0 });
    await logReads('a-write', nurse, 'SKRIVNING');
    expect(await repeatAccessLogRows(suite.database.db, { fran: 'a-write', for: ['y'], identity: nurse })).toEqual({ kind: 'repeated', rows: 0 });
    expect(await rowsOf('y')).toEqual([]);
    expect(await verifyAccessLog(suite.database.db)).toMatchObject({ hel: true });
  });

  it('takes a body of one request id and 1–1000 others', () => {
    expect(parseRepeatBody('{"fran":"a","for":["b","c"]}')).toEqual({ fran: 'a', for: ['b', 'c'] });
    for (const bad of ['', 'null', '[]', '{"fran":"a"}', '{"fran":"a","for":[]}', '{"fran":"a","for":["a"]}', '{"fran":"","for":["b"]}', '{"fran":"a","for":[1]}']) {
      expect(parseRepeatBody(bad), bad).toBeNull();
    }
    expect(parseRepeatBody(JSON.stringify({ fran: 'a', for: Array.from({ length: 1001 }, (_, i) => `r${i}`) }))).toBeNull();
  });
});
