// The access log on a real (embedded) PostgreSQL: rows are chained by the
// database itself, updates and deletes are refused, and the verification
// finds the first changed, inserted or removed row.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useAtkomstloggTestDatabase } from '../testing/atkomstloggTestDatabase.js';
import { testIdentity } from '../../../platform/testing/testIdentity.js';
import { AtkomstloggRecorder } from './AtkomstloggRecorder.js';
import { listAtkomstlogg, patientReads } from './queryAtkomstlogg.js';
import { verifyAtkomstlogg } from './verifyAtkomstlogg.js';

const suite = useAtkomstloggTestDatabase();

const allowed = { resultat: 'TILLATEN', grund: 'EGEN_VARDRELATION', granskasSarskilt: false } as const;
const emergency = { resultat: 'TILLATEN', grund: 'NODATKOMST', granskasSarskilt: true } as const;
const refused = { resultat: 'NEKAD', grund: null, code: 'ATKOMSTGRUND_SAKNAS' } as const;

function recorder(requestId: string, huvudman = 'VGR') {
  return new AtkomstloggRecorder({
    requestIds: [requestId],
    identity: testIdentity({ huvudman }),
    atkomstgrund: { typ: 'NODATKOMST', anledning: 'Medvetslös patient på akuten' },
  });
}

async function rowCount(): Promise<number> {
  const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM atkomstlogg`.execute(suite.database.db);
  return result.rows[0]!.n;
}

describe('the access log', () => {
  it('writes one row per patient, huvudman, action and outcome, however many categories were read', async () => {
    const request = recorder('r1');
    request.operationName = 'PatientPicture';
    for (const kategori of ['listning', 'fastLakarkontakt', 'listning']) {
      request.record({ patientId: '191212121212', dataHuvudman: 'VGR', kategori, atgard: 'LASNING', decision: allowed });
    }
    request.record({ patientId: '199006022397', dataHuvudman: '1480', kategori: 'hemsjukvard', atgard: 'LASNING', decision: emergency });
    request.record({ patientId: '194408139089', dataHuvudman: '1490', kategori: 'hemsjukvard', atgard: 'LASNING', decision: refused });
    expect(await request.flush(suite.database.db)).toBe(3);
    expect(await request.flush(suite.database.db)).toBe(0);

    const page = await listAtkomstlogg(suite.database.db, { all: true }, {}, 10, null);
    expect(page.edges.map((edge) => edge.node.patientId)).toEqual(['199006022397', '194408139089', '191212121212']);
    const [first] = page.edges;
    expect(first!.node).toMatchObject({ grund: 'NODATKOMST', granskasSarskilt: true, nodatkomstAnledning: 'Medvetslös patient på akuten', operation: 'PatientPicture', requestId: 'r1' });
    expect(page.edges[2]!.node.informationskategorier).toEqual(['fastLakarkontakt', 'listning']);
    expect(page.edges[1]!.node).toMatchObject({ resultat: 'NEKAD', grund: null, nodatkomstAnledning: null });
  });

  it('keeps one unbroken chain under concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 8 }, async (_, index) => {
        const request = recorder(`c${index}`);
        request.record({ patientId: '191212121212', dataHuvudman: 'VGR', kategori: 'listning', atgard: 'LASNING', decision: allowed });
        request.record({ patientId: '195005050512', dataHuvudman: 'VGR', kategori: 'listning', atgard: 'LASNING', decision: allowed });
        await request.flush(suite.database.db);
      }),
    );
    expect(await verifyAtkomstlogg(suite.database.db)).toEqual({ kontrolleradeRader: 19, hel: true, forstaFelLopnummer: null, fel: null });
  });

  it('refuses updates, deletes and truncation in the suite.database itself', async () => {
    await expect(sql`UPDATE atkomstlogg SET patient = '195005050512' WHERE lopnummer = 1`.execute(suite.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM atkomstlogg WHERE lopnummer = 1`.execute(suite.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE atkomstlogg`.execute(suite.database.db)).rejects.toThrow(/append-only/);
    expect(await rowCount()).toBe(19);
  });

  it('gives the patient extract: who read the patient’s data and when, refused reads left out', async () => {
    const reads = await patientReads(suite.database.db, ['191212121212', '194408139089'], { dataHuvudman: 'VGR' });
    expect(reads.get('191212121212')).toHaveLength(9);
    expect(reads.get('191212121212')![0]).toMatchObject({ organisationHsaId: 'SE2321000131-E000000000001', huvudman: 'VGR' });
    expect(reads.get('194408139089')).toEqual([]);
  });

  it('pages a granskare’s view by patient and ground, nödåtkomst first', async () => {
    const emergencies = await listAtkomstlogg(suite.database.db, { all: true }, { grund: 'NODATKOMST' }, 10, null);
    expect(emergencies.edges.every((edge) => edge.node.granskasSarskilt)).toBe(true);
    const first = await listAtkomstlogg(suite.database.db, { dataHuvudman: 'VGR' }, { patientId: '191212121212' }, 4, null);
    const second = await listAtkomstlogg(suite.database.db, { dataHuvudman: 'VGR' }, { patientId: '191212121212' }, 4, first.pageInfo.endCursor);
    const ids = [...first.edges, ...second.edges].map((edge) => edge.node.lopnummer);
    expect(new Set(ids).size).toBe(8);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    await expect(listAtkomstlogg(suite.database.db, { all: true }, { patientId: '191212121213' }, 10, null)).rejects.toMatchObject({
      extensions: { reason: 'PERSONNUMMER_INVALID' },
    });
  });

  it('finds the first changed, inserted or removed row after tampering through a privileged connection', async () => {
    const tamper = async (statement: string) => {
      await suite.database.runScript(`ALTER TABLE atkomstlogg DISABLE TRIGGER USER; ${statement}; ALTER TABLE atkomstlogg ENABLE TRIGGER USER;`);
    };
    await tamper(`UPDATE atkomstlogg SET resultat = 'TILLATEN' WHERE lopnummer = 3`);
    expect(await verifyAtkomstlogg(suite.database.db)).toMatchObject({ hel: false, forstaFelLopnummer: 3, fel: 'RAD_ANDRAD' });
    await tamper(`UPDATE atkomstlogg SET resultat = 'NEKAD' WHERE lopnummer = 3`);
    expect(await verifyAtkomstlogg(suite.database.db)).toMatchObject({ hel: true });

    await tamper(`DELETE FROM atkomstlogg WHERE lopnummer = 5`);
    expect(await verifyAtkomstlogg(suite.database.db)).toMatchObject({ hel: false, forstaFelLopnummer: 6, fel: 'RAD_SAKNAS' });
  });

  it('logs the reads of a request that answered several identical ones once under each of their ids', async () => {
    const shared = new AtkomstloggRecorder({ requestIds: ['m1', 'm2', 'm3'], identity: testIdentity(), atkomstgrund: null });
    for (const patientId of ['191212121212', '195005050512']) shared.record({ patientId, dataHuvudman: 'VGR', kategori: 'listning', atgard: 'LASNING', decision: allowed });
    expect(await shared.flush(suite.database.db)).toBe(6);
    const rows = await sql<{ request_id: string; patient: string }>`
      SELECT request_id, patient FROM atkomstlogg WHERE request_id IN ('m1', 'm2', 'm3') ORDER BY request_id, patient`.execute(suite.database.db);
    expect(rows.rows.map((row) => `${row.request_id} ${row.patient}`)).toEqual([
      'm1 191212121212', 'm1 195005050512', 'm2 191212121212', 'm2 195005050512', 'm3 191212121212', 'm3 195005050512',
    ]);
  });
});
