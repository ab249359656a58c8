// A service sent SIGTERM under load answers every request it has received,
// refuses new connections meanwhile, and exits 0 (issue 22, finding 5). The
// requests are held in flight deterministically: the gateway's by a frozen
// subgraph (SIGSTOP), samverkan's mutations by a lock on its table.
import { avvikelseRapportInput } from '../subgraphs/samverkan/testing/avvikelseRapportInput.js';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionRefused } from './support/connectionRefused.js';
import { SamsynUnderTest } from './support/samsynUnderTest.js';
import { postgresReachable } from './support/testDatabases.js';

const postgres = await postgresReachable();

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(!postgres)('graceful stop under load, on PostgreSQL', () => {
  let samsyn: SamsynUnderTest;

  beforeAll(async () => {
    samsyn = await SamsynUnderTest.start('postgres');
  }, 240_000);

  afterAll(async () => {
    for (const pid of Object.values(samsyn?.pids() ?? {})) {
      try {
        process.kill(pid, 'SIGCONT');
      } catch {
        // already ended
      }
    }
    await samsyn?.stop();
  }, 60_000);

  /** Requests the service is answering now on its public port (the scrape goes to its admin port). */
  async function inFlight(service: 'gateway' | 'samverkan'): Promise<number> {
    const text = await samsyn.metrics(service);
    return Number(/^samsyn_http_requests_in_flight(?:\{[^}]*\})? (\d+)$/m.exec(text)?.[1] ?? NaN);
  }

  async function exitCode(service: string): Promise<number | null> {
    return until(`${service} to exit`, () => (service in samsyn.ended() ? { code: samsyn.ended()[service]! } : undefined), 30_000).then((ended) => ended.code);
  }

  it('samverkan, sent SIGTERM with 40 reports in flight, stores and answers every one, refuses new connections and exits 0', async () => {
    const location = samsyn.databaseLocation('samverkan');
    if (location.kind !== 'postgres') throw new Error('expected PostgreSQL');
    const lock = new pg.Client({ connectionString: location.url });
    await lock.connect();
    const keys = Array.from({ length: 40 }, (_, index) => `lifecycle-${Date.now().toString(36)}-${index}`);
    try {
      // INSERTs wait for this lock; reads do not.
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE avvikelse IN EXCLUSIVE MODE');
      const token = await samsyn.token({ huvudman: '1480', organisationHsaId: 'SE2120001480-E000000001000', employeeHsaId: 'SE2120001480-P000000000001' });
      const reports = keys.map((klientnyckel) =>
        samsyn.query(
          `mutation Rapportera($input: RapporteraAvvikelseInput!) { rapporteraAvvikelse(input: $input) { redanRapporterad avvikelse { id } } }`,
          {
            input: { ...avvikelseRapportInput(klientnyckel, 'Rapporterad medan samverkan stoppas.'), patientId: '191212121212' },
          },
          { token, asGateway: 'samverkan' },
        ),
      );
      await until('40 reports in flight at samverkan', async () => ((await inFlight('samverkan')) >= 40 ? true : undefined));

      process.kill(samsyn.pids()['samverkan']!, 'SIGTERM');
      expect(await until('samverkan to stop listening', async () => ((await connectionRefused(samsyn.ports.samverkan)) ? true : undefined))).toBe(true);
      await lock.query('COMMIT');

      const answers = await Promise.all(reports);
      for (const answer of answers) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data!['rapporteraAvvikelse']).toMatchObject({ redanRapporterad: false, avvikelse: { id: expect.any(String) } });
      }
      expect(await exitCode('samverkan')).toBe(0);
      const stored = await lock.query('SELECT count(*)::int AS n FROM avvikelse WHERE klientnyckel = ANY($1)', [keys]);
      expect(stored.rows[0].n).toBe(40);
    } finally {
      await lock.query('ROLLBACK').catch(() => undefined);
      await lock.end();
    }
  }, 90_000);

  it('the gateway, sent SIGTERM with 20 queries in flight, answers every one, refuses new connections and exits 0', async () => {
    await samsyn.startSubgraph('samverkan');
    const vgr = samsyn.pids()['vgr']!;
    // Frozen, the region's subgraph holds every query that needs it until it is let go.
    process.kill(vgr, 'SIGSTOP');
    try {
      const queries = Array.from({ length: 20 }, () => samsyn.query(`query Patient($id: ID!) { patient(id: $id) { id listning { listadSedan } } }`, { id: '191212121212' }));
      await until('20 queries in flight at the gateway', async () => ((await inFlight('gateway')) >= 20 ? true : undefined));

      process.kill(samsyn.pids()['gateway']!, 'SIGTERM');
      expect(await until('the gateway to stop listening', async () => ((await connectionRefused(samsyn.ports.gateway)) ? true : undefined))).toBe(true);
      process.kill(vgr, 'SIGCONT');

      const answers = await Promise.all(queries);
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        expect(answer.errors).toBeUndefined();
        expect(answer.data!['patient']).toMatchObject({ id: '191212121212', listning: expect.anything() });
      }
      expect(await exitCode('gateway')).toBe(0);
    } finally {
      process.kill(vgr, 'SIGCONT');
    }
  }, 90_000);
});
