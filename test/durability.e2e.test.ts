// Issue 22, finding 1, kept fixed: a second start on a PGlite data directory in use is refused before it touches
// anything, naming the directory and the process that holds it, and every write acknowledged around it is still
// there after a restart — the avvikelse reports and their access-log rows. And on the PostgreSQL server, where two
// replicas of one subgraph may share a database, both write the access log at once and its chain stays whole.
import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAtkomstlogg } from '../subgraphs/common/atkomstlogg/verifyAtkomstlogg.js';
import { lockFilePath } from '../subgraphs/common/database/dataDirectoryLock.js';
import { openDatabase } from '../subgraphs/common/database/openDatabase.js';
import { avvikelseRapportInput } from '../subgraphs/samverkan/testing/avvikelseRapportInput.js';
import { freePort } from './support/freePort.js';
import { SamsynUnderTest } from './support/samsynUnderTest.js';
import { postgresReachable } from './support/testDatabases.js';

const report = 'mutation Rapportera($input: RapporteraAvvikelseInput!) { rapporteraAvvikelse(input: $input) { redanRapporterad avvikelse { id } } }';
/** The seed's demo patient, whom Göteborg's hemsjukvård may write about. */
const patientId = '191212121212';
const goteborg = { huvudman: '1480', organisationHsaId: 'SE2120001480-E000000001000', employeeHsaId: 'SE2120001480-P000000000001' };

interface Acknowledged {
  klientnyckel: string;
  avvikelseId: string;
  requestId: string;
}

/** Reports from `clients` at once until `enough()` says so; returns those answered as newly stored. */
async function reportUntil(send: (klientnyckel: string) => Promise<Acknowledged | null>, clients: number, enough: (stored: number) => boolean): Promise<Acknowledged[]> {
  const stored: Acknowledged[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (!enough(stored.length)) {
        const acknowledged = await send(`durability-${(next += 1).toString().padStart(5, '0')}`);
        if (acknowledged) stored.push(acknowledged);
      }
    }),
  );
  return stored;
}

function acknowledgedFrom(klientnyckel: string, answer: { requestId?: string; data?: Record<string, any> | null; errors?: unknown[] }): Acknowledged | null {
  const payload = answer.data?.['rapporteraAvvikelse'];
  if (answer.errors || !payload || payload.redanRapporterad !== false || !answer.requestId) return null;
  return { klientnyckel, avvikelseId: payload.avvikelse.id, requestId: answer.requestId };
}

async function atkomstloggRequestIds(samsyn: SamsynUnderTest, requestIds: readonly string[]): Promise<Set<string>> {
  const database = await openDatabase<unknown>(samsyn.databaseLocation('samverkan'));
  try {
    const { rows } = await sql<{ request_id: string }>`SELECT DISTINCT request_id FROM atkomstlogg WHERE request_id = ANY(${[...requestIds]})`.execute(database.db);
    return new Set(rows.map((row) => row.request_id));
  } finally {
    await database.close();
  }
}

describe('a PGlite data directory in use', () => {
  let samsyn: SamsynUnderTest;

  beforeAll(async () => {
    samsyn = await SamsynUnderTest.start('pglite');
  }, 300_000);

  afterAll(async () => {
    await samsyn?.stop();
  }, 60_000);

  it('refuses a second samverkan before it touches anything, and loses no acknowledged report or log row', async () => {
    const token = await samsyn.token(goteborg);
    const send = async (klientnyckel: string) =>
      acknowledgedFrom(klientnyckel, await samsyn.query(report, { input: { ...avvikelseRapportInput(klientnyckel, 'Läkemedelslistan saknades vid hemgång.'), patientId } }, { token }));

    const secondOutput: string[] = [];
    let secondExit: number | null | undefined;
    const holder = samsyn.pids()['samverkan'];
    const stored = await reportUntil(send, 8, (count) => {
      if (count >= 30 && secondOutput.length === 0 && secondExit === undefined) {
        secondOutput.push('(started)');
        // On the same port, as `npm run start:samverkan` run twice: without the lock it opened the directory, ran
        // migrations and the seed check, and only then failed with EADDRINUSE, taking acknowledged writes with it.
        const second = samsyn.spawnSecondSubgraph('samverkan', samsyn.ports.samverkan, (line) => secondOutput.push(line));
        void second.exited.then((code) => {
          secondExit = code;
        });
      }
      return count >= 100 && secondExit !== undefined;
    });

    await samsyn.stopSubgraph('samverkan');
    await samsyn.startSubgraph('samverkan');
    // Each acknowledged report is there: sent again, it is recognised as stored, under the same id.
    for (const acknowledged of stored) {
      const again = await samsyn.query(report, { input: { ...avvikelseRapportInput(acknowledged.klientnyckel, 'Läkemedelslistan saknades vid hemgång.'), patientId } }, { token });
      expect(again.data?.['rapporteraAvvikelse']).toEqual({ redanRapporterad: true, avvikelse: { id: acknowledged.avvikelseId } });
    }
    await samsyn.stopSubgraph('samverkan');
    const logged = await atkomstloggRequestIds(samsyn, stored.map((acknowledged) => acknowledged.requestId));
    expect(stored.filter((acknowledged) => !logged.has(acknowledged.requestId))).toEqual([]);
    await samsyn.startSubgraph('samverkan');

    expect(secondExit).not.toBe(0);
    const refusal = secondOutput.join('\n');
    const location = samsyn.databaseLocation('samverkan');
    expect(refusal).toContain(`${'dataDir' in location ? location.dataDir : '?'} is in use by process ${holder}`);
    expect(samsyn.ended()).toEqual({});
  }, 240_000);

  it('closes its database and frees the directory on SIGTERM, also outside the test environment', async () => {
    // Apollo Server stops on signals of its own unless NODE_ENV=test, which every other test runs with; racing the
    // service's own stop, it left the process hanging with its database open (found by hand, not by a test).
    const location = samsyn.databaseLocation('kommun');
    if (!('dataDir' in location)) throw new Error('kommun is not on PGlite');
    await samsyn.stopSubgraph('kommun');
    const output: string[] = [];
    const kommun = samsyn.spawnSecondSubgraph('kommun', samsyn.ports.kommun, (line) => output.push(line), { NODE_ENV: 'development' });
    try {
      for (let waited = 0; !output.some((line) => line.includes('subgraph listening')); waited += 100) {
        if (waited > 120_000 || kommun.child.exitCode !== null) throw new Error(`kommun did not start:\n${output.slice(-20).join('\n')}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(existsSync(lockFilePath(location.dataDir))).toBe(true);
      const stoppedAt = performance.now();
      kommun.child.kill('SIGTERM');
      expect(await kommun.exited).toBe(0);
      expect(performance.now() - stoppedAt).toBeLessThan(5000);
      expect(existsSync(lockFilePath(location.dataDir))).toBe(false);
    } finally {
      await kommun.stop();
      await samsyn.startSubgraph('kommun');
    }
  }, 180_000);
});

describe.runIf(await postgresReachable())('two replicas of samverkan on one PostgreSQL database', () => {
  let samsyn: SamsynUnderTest;

  beforeAll(async () => {
    samsyn = await SamsynUnderTest.start('postgres');
  }, 300_000);

  afterAll(async () => {
    await samsyn?.stop();
  }, 60_000);

  it('log every write of both in one chain that verifies whole', async () => {
    const port = await freePort();
    const output: string[] = [];
    const replica = samsyn.spawnSecondSubgraph('samverkan', port, (line) => output.push(line));
    try {
      const replicaUrl = `http://127.0.0.1:${port}/graphql`;
      for (let waited = 0; ; waited += 250) {
        const health = await fetch(`http://127.0.0.1:${port}/health`).then((answer) => answer.status, () => 0);
        if (health === 200) break;
        if (waited > 120_000 || replica.child.exitCode !== null) throw new Error(`the replica did not start:\n${output.slice(-20).join('\n')}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const token = await samsyn.token(goteborg);
      const sendTo = (url: string) => async (klientnyckel: string) =>
        acknowledgedFrom(
          klientnyckel,
          await samsyn.query(report, { input: { ...avvikelseRapportInput(klientnyckel, 'Hjälpmedel saknades vid hemgång.'), patientId } }, { token, asGateway: 'samverkan', url }),
        );
      const [first, second] = await Promise.all([
        reportUntil(sendTo(samsyn.subgraphUrl('samverkan')), 6, (count) => count >= 80),
        reportUntil(async (klientnyckel) => sendTo(replicaUrl)(`${klientnyckel}-b`), 6, (count) => count >= 80),
      ]);
      const stored = [...first, ...second];
      expect(new Set(stored.map((acknowledged) => acknowledged.avvikelseId)).size).toBe(stored.length);

      const logged = await atkomstloggRequestIds(samsyn, stored.map((acknowledged) => acknowledged.requestId));
      expect(stored.filter((acknowledged) => !logged.has(acknowledged.requestId))).toEqual([]);
      const database = await openDatabase<unknown>(samsyn.databaseLocation('samverkan'));
      try {
        const verification = await verifyAtkomstlogg(database.db);
        expect(verification).toMatchObject({ hel: true, fel: null });
        expect(verification.kontrolleradeRader).toBeGreaterThanOrEqual(stored.length);
      } finally {
        await database.close();
      }
    } finally {
      await replica.stop();
    }
  }, 240_000);
});
