// Integration test of the samverkan subgraph: an in-memory PGlite with the
// migrations, reference data and the small synthetic world, queried through
// the federated schema as the gateway would. Requests run as vårdpersonal of
// VGR with nödåtkomst declared (all data readable) unless a test says who asks.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { CompiledQuery, sql } from 'kysely';
import { forsenadWhere } from './avvikelse/forsenadeAterkopplingar.js';
import { selectAvvikelse } from './avvikelse/selectAvvikelse.js';
import { aterkopplingsfristPosition } from './avvikelse/avvikelseCursor.js';
import type { AvvikelseRow } from './rows.js';
import type { Database } from '../common/database/openDatabase.js';
import { generateWorld } from '../common/seed/generateWorld.js';
import { testReferenceDate } from '../common/seed/referenceDate.js';
import type { AvvikelseSeed, World } from '../common/seed/World.js';
import type { Atkomstgrund } from '../../platform/auth/atkomstgrund.js';
import type { Identity } from '../../platform/auth/Identity.js';
import { startInProcessSubgraph, testRequestContext, type InProcessSubgraph } from '../common/testing/inProcessSubgraph.js';
import { testIdentity } from '../../platform/testing/testIdentity.js';
import { testUser as user } from '../common/testing/testUser.js';
import { createSamverkanContext, type SamverkanContext } from './context.js';
import type { SamverkanDatabase } from './database.js';
import { patientIdProblem } from '../../platform/identifiers/patientId.js';
import { createLogger } from '../../platform/logging/logger.js';
import { planInForce } from './naromrade/planInForce.js';
import { createSamverkanSubgraph } from './samverkanSubgraph.js';
import { avvikelseRapportInput } from './testing/avvikelseRapportInput.js';
import { syncSamverkanReference } from './seed/syncSamverkanReference.js';
import { defaultSuppressionThreshold } from '../common/suppression/suppressSmallCount.js';

// The world is "as of" its reference date; the requests run on that day so that
// the plans in force and "not in the future" are the world's, whenever the test runs.
const today = testReferenceDate;
const now = () => new Date(`${testReferenceDate}T10:00:00.000Z`);

let subgraph: InProcessSubgraph<SamverkanDatabase, SamverkanContext> | undefined;
let database: Database<SamverkanDatabase>;
let server: ApolloServer<SamverkanContext>;
let world: World;

interface Result<Data> {
  data?: Data | null;
  errors?: readonly GraphQLFormattedError[];
}

/** Who asks: the identity and the access ground sent with the request (default: the test context's). */
interface Caller {
  identity?: Identity;
  atkomstgrund?: Atkomstgrund | null;
}

let requests = 0;

/** Runs one request with a fresh context (so a fresh access-log recorder) and a request id of its own. */
async function run<Data = any>(query: string, variables: Record<string, unknown> = {}, caller: Caller = {}): Promise<Result<Data> & { requestId: string }> {
  requests += 1;
  const requestId = `test-${requests}`;
  const base = testRequestContext({ ...caller, requestId });
  const response = await server.executeOperation<Data>({ query, variables }, { contextValue: createSamverkanContext(base, database, { suppressionThreshold: defaultSuppressionThreshold }, now) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { ...(response.body.singleResult as Result<Data>), requestId };
}

/** Runs an operation and returns how many SQL statements it sent. */
async function statementsFor(query: string, variables: Record<string, unknown> = {}, caller: Caller = {}) {
  const before = database.statementCount();
  const result = await run(query, variables, caller);
  return { result, statements: database.statementCount() - before };
}

async function countRows(table: 'avvikelse' | 'sip'): Promise<number> {
  const { rows } = await sql<{ antal: number }>`SELECT count(*)::int AS antal FROM ${sql.table(table)}`.execute(database.db);
  return rows[0]!.antal;
}

function expectBadUserInput(result: Result<unknown>, reason: string, field?: string) {
  expect(result.errors, JSON.stringify(result.errors)).toHaveLength(1);
  expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, ...(field ? { field } : {}) });
}

/** An integration client of one huvudman with the given scopes. */
function systemClient(huvudman: string, scopes: string[]): Identity {
  const organisation = huvudman === 'VGR' ? 'SE2321000131-E000000000001' : `SE212000${huvudman}-E000000000001`;
  return testIdentity({ huvudman, roles: ['system'], scopes, organisationHsaId: organisation, subject: `klient-${huvudman}`, employeeHsaId: null });
}

const samtycke: Atkomstgrund = { typ: 'SAMTYCKE' };
const nodatkomstAnledning = 'Medvetslös patient på akutmottagningen';
const nodatkomst: Atkomstgrund = { typ: 'NODATKOMST', anledning: nodatkomstAnledning };

/** `caller` asking with no access ground. */
function asUser(identity: Identity, atkomstgrund: Atkomstgrund | null = null): Caller {
  return { identity, atkomstgrund };
}

interface AvvikelsePageData {
  avvikelser: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string } }[];
  };
}

/** The list order: newest reported first, ties by id descending. */
function listOrder(a: Pick<AvvikelseSeed, 'rapporteradTid' | 'id'>, b: Pick<AvvikelseSeed, 'rapporteradTid' | 'id'>) {
  const byTime = Date.parse(b.rapporteradTid) - Date.parse(a.rapporteradTid);
  return byTime !== 0 ? byTime : b.id < a.id ? -1 : b.id > a.id ? 1 : 0;
}

beforeAll(async () => {
  world = generateWorld('small', testReferenceDate);
  subgraph = await startInProcessSubgraph(createSamverkanSubgraph({ suppressionThreshold: defaultSuppressionThreshold }), { world });
  ({ database, server } = subgraph);
  // The helper has synced the reference data once; again, as every later start
  // does on a seeded database: the upsert must be idempotent.
  await syncSamverkanReference(database.db);
}, 60_000);

afterAll(async () => {
  await subgraph?.stop();
}, 60_000);

describe('reference data and seed', () => {
  it('holds the six areas and 49 kommuner once, however often the sync runs', async () => {
    const omraden = await database.db.selectFrom('vardsamverkansomrade').select('id').execute();
    const kommuner = await database.db.selectFrom('kommun_omrade').select('kommunkod').execute();
    expect(omraden).toHaveLength(6);
    expect(kommuner).toHaveLength(49);
  });

  it('stores the whole samverkan slice of the world', async () => {
    expect(await countRows('avvikelse')).toBe(world.samverkan.avvikelser.length);
    expect(await countRows('sip')).toBe(world.samverkan.sipar.length);
  });
});

describe('vårdsamverkansområden', () => {
  it('lists the six areas in Swedish order with their kommuner and närområden', async () => {
    const { data, errors } = await run(`{ vardsamverkansomraden { id namn sjukhus kommuner { kod } naromraden { id } } }`);
    expect(errors).toBeUndefined();
    const omraden = data.vardsamverkansomraden as { id: string; namn: string; kommuner: { kod: string }[]; naromraden: { id: string }[] }[];
    expect(omraden).toHaveLength(6);
    expect(omraden.map((omrade) => omrade.namn)).toEqual([...omraden.map((omrade) => omrade.namn)].sort((a, b) => a.localeCompare(b, 'sv')));
    expect(omraden.flatMap((omrade) => omrade.kommuner)).toHaveLength(49);
    expect(omraden.flatMap((omrade) => omrade.naromraden)).toHaveLength(world.samverkan.naromraden.length);
    const goteborgsomradet = omraden.find((omrade) => omrade.id === 'goteborgsomradet')!;
    expect(goteborgsomradet.kommuner.map((kommun) => kommun.kod)).toContain('1480');
  });

  it('finds one area by id, and gives null for an unknown one', async () => {
    const { data, errors } = await run(`{
      known: vardsamverkansomrade(id: "goteborgsomradet") { namn sjukhus }
      unknown: vardsamverkansomrade(id: "halland") { id }
      odd: vardsamverkansomrade(id: "'; DROP TABLE x; --") { id }
    }`);
    expect(errors).toBeUndefined();
    expect(data.known).toEqual({ namn: 'Göteborgsområdet', sjukhus: 'Sahlgrenska Universitetssjukhuset' });
    expect(data.unknown).toBeNull();
    expect(data.odd).toBeNull();
  });
});

describe('närområden', () => {
  it('opens a närområde with its plan in force, all versions, boendeansvar and åtgärder', async () => {
    const id = '1480-angered';
    const { data, errors } = await run(
      `query ($id: ID!) { naromrade(id: $id) {
        id namn kommun { kod } vardsamverkansomrade { id }
        naromradesplan { id version giltigFran giltigTill
          boendeansvar { id boende { id } vardcentral { hsaId } lakare { hsaId } lakarmedverkanTimmarPerVecka rondfrekvens kontaktperson { namn telefon } }
          atgarder { id sistaDatum status forsenad agare { id typ namn } } }
        naromradesplaner { id version }
      } }`,
      { id },
    );
    expect(errors).toBeUndefined();
    const naromrade = data.naromrade;
    expect(naromrade).toMatchObject({ id, namn: 'Angered', kommun: { kod: '1480' }, vardsamverkansomrade: { id: 'goteborgsomradet' } });

    const planer = world.samverkan.naromradesplaner.filter((plan) => plan.naromradeId === id);
    expect(naromrade.naromradesplaner.map((plan: { version: number }) => plan.version)).toEqual(
      planer.map((plan) => plan.version).sort((a, b) => b - a),
    );
    const inForce = planInForce(planer, today)!;
    expect(inForce).not.toBeNull();
    expect(naromrade.naromradesplan.id).toBe(inForce.id);

    const ansvar = world.samverkan.boendeansvar.filter((row) => row.planId === inForce.id);
    expect(naromrade.naromradesplan.boendeansvar).toHaveLength(ansvar.length);
    const first = ansvar.find((row) => row.id === naromrade.naromradesplan.boendeansvar[0].id)!;
    expect(naromrade.naromradesplan.boendeansvar[0]).toEqual({
      id: first.id,
      boende: { id: first.boendeId },
      vardcentral: { hsaId: first.vardcentralHsaId },
      lakare: { hsaId: first.lakareHsaId },
      lakarmedverkanTimmarPerVecka: first.lakarmedverkanTimmarPerVecka,
      rondfrekvens: first.rondfrekvens,
      kontaktperson: first.kontaktperson,
    });

    const atgarder = naromrade.naromradesplan.atgarder as { id: string; sistaDatum: string; status: string; forsenad: boolean; agare: { id: string; typ: string; namn: string } }[];
    expect(atgarder).toHaveLength(world.samverkan.atgarder.filter((atgard) => atgard.planId === inForce.id).length);
    expect(atgarder.map((atgard) => atgard.sistaDatum)).toEqual([...atgarder.map((atgard) => atgard.sistaDatum)].sort());
    for (const atgard of atgarder) {
      expect(atgard.forsenad).toBe(atgard.status !== 'KLAR' && atgard.sistaDatum < today);
      expect(atgard.agare).toEqual(
        atgard.agare.id === 'VGR'
          ? { id: 'VGR', typ: 'REGION', namn: 'Västra Götalandsregionen' }
          : { id: '1480', typ: 'KOMMUN', namn: 'Göteborg' },
      );
    }
  });

  it('gives null for an unknown närområde', async () => {
    const { data, errors } = await run(`{ a: naromrade(id: "1480-finns-inte") { id } b: naromrade(id: "") { id } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ a: null, b: null });
  });

  it('lists närområden by kommun and by area, ordered by kommun and name', async () => {
    const { data, errors } = await run(`{
      goteborg: naromraden(kommunkod: "1480") { id namn kommun { kod } }
      simba: naromraden(vardsamverkansomradeId: "simba") { id kommun { kod } }
      alla: naromraden { id kommun { kod } }
      unknownArea: naromraden(vardsamverkansomradeId: "halland") { id }
      unknownKommun: naromraden(kommunkod: "1403") { id }
    }`);
    expect(errors).toBeUndefined();
    const goteborgNamn = data.goteborg.map((naromrade: { namn: string }) => naromrade.namn);
    expect(goteborgNamn).toHaveLength(world.samverkan.naromraden.filter((naromrade) => naromrade.kommunkod === '1480').length);
    expect(goteborgNamn).toEqual([...goteborgNamn].sort((a, b) => a.localeCompare(b, 'sv')));
    expect(data.simba.length).toBeGreaterThan(0);
    expect(data.alla).toHaveLength(world.samverkan.naromraden.length);
    const kommunkoder = data.alla.map((naromrade: { kommun: { kod: string } }) => naromrade.kommun.kod);
    expect(kommunkoder).toEqual([...kommunkoder].sort());
    expect(data.unknownArea).toEqual([]);
    expect(data.unknownKommun).toEqual([]);
  });

  it('refuses a malformed kommunkod before any query', async () => {
    const { result, statements } = await statementsFor(`{ naromraden(kommunkod: "0180") { id } }`);
    expectBadUserInput(result, 'KOMMUNKOD_INVALID', 'kommunkod');
    expect(statements).toBe(0);
  });

  it('reads a deep tree without N+1: one statement per loader, not per row', async () => {
    const { result, statements } = await statementsFor(`{ vardsamverkansomraden { id kommuner { kod } naromraden {
      id naromradesplan { id boendeansvar { id } atgarder { id forsenad } } naromradesplaner { id } } } }`);
    expect(result.errors).toBeUndefined();
    // list areas, kommuner by area, närområden by area, plans by närområde, boendeansvar by plan, åtgärder by plan
    expect(statements).toBe(6);
  });
});

describe('avvikelser', () => {
  const avvikelseFields = `id kategori status handelsedatum rapporteradTid rapporterandeEnhetHsaId beskrivning
    rapporterandeHuvudman { id typ namn } mottagandeHuvudman { id typ namn }
    naromrade { id } kommun { kod } vardsamverkansomrade { id } patient { id }`;

  it('finds one avvikelse by id with all its fields; unknown ids give null', async () => {
    const seeded = world.samverkan.avvikelser.find((avvikelse) => avvikelse.personnummer !== null)!;
    const { data, errors } = await run(`query ($id: ID!) { avvikelse(id: $id) { ${avvikelseFields} } unknown: avvikelse(id: "avv-999999") { id } }`, {
      id: seeded.id,
    });
    expect(errors).toBeUndefined();
    expect(data.unknown).toBeNull();
    expect(data.avvikelse).toMatchObject({
      id: seeded.id,
      kategori: seeded.kategori,
      status: seeded.status,
      handelsedatum: seeded.handelsedatum,
      rapporteradTid: seeded.rapporteradTid,
      rapporterandeEnhetHsaId: seeded.rapporterandeEnhetHsaId,
      beskrivning: seeded.beskrivning,
      rapporterandeHuvudman: { id: seeded.rapporterandeHuvudman },
      mottagandeHuvudman: { id: seeded.mottagandeHuvudman },
      naromrade: { id: seeded.naromradeId },
      kommun: { kod: seeded.kommunkod },
      patient: { id: seeded.personnummer },
    });
    const withoutPatient = world.samverkan.avvikelser.find((avvikelse) => avvikelse.personnummer === null)!;
    const other = await run(`query ($id: ID!) { avvikelse(id: $id) { patient { id } } }`, { id: withoutPatient.id });
    expect(other.data.avvikelse.patient).toBeNull();
  });

  it('pages through a filtered list with `after` to the end: no duplicates, in order, totalCount matches', async () => {
    const filter = { kommunkod: '1480', kategorier: ['INFORMATIONSOVERFORING', 'LAKEMEDEL'], fran: '2024-01-01' };
    const expected = world.samverkan.avvikelser
      .filter((avvikelse) => avvikelse.kommunkod === '1480')
      .filter((avvikelse) => filter.kategorier.includes(avvikelse.kategori))
      .filter((avvikelse) => avvikelse.handelsedatum >= filter.fran)
      .sort(listOrder)
      .map((avvikelse) => avvikelse.id);
    expect(expected.length).toBeGreaterThan(20);

    const seen: string[] = [];
    let after = null as string | null;
    let pages = 0;
    for (;;) {
      const { data, errors }: Result<AvvikelsePageData> = await run(
        `query ($filter: AvvikelseFilter, $after: String) { avvikelser(filter: $filter, first: 7, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`,
        { filter, after },
      );
      expect(errors).toBeUndefined();
      const page = data!.avvikelser;
      expect(page.totalCount).toBe(expected.length);
      seen.push(...page.edges.map((edge) => edge.node.id));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(7);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 7));
  });

  it("pages the receiving side's deadline order: open ones by deadline (overdue first), closed last, the same set as the newest-first list", async () => {
    type Rad = { id: string; status: AvvikelseRow['status']; mottagenTid: string | null; rapporteradTid: string; dagarTillAterkoppling: number | null; forsenadAterkoppling: boolean };
    async function all(ordning: string, first: number): Promise<Rad[]> {
      const rows: Rad[] = [];
      let after = null as string | null;
      for (;;) {
        const { data, errors } = await run(
          `query ($ordning: AvvikelseOrdning, $first: Int, $after: String) { avvikelser(filter: { mottagandeHuvudman: "VGR", kommunkod: "1480" }, ordning: $ordning, first: $first, after: $after) {
            pageInfo { hasNextPage endCursor } edges { node { id status mottagenTid rapporteradTid dagarTillAterkoppling forsenadAterkoppling } } } }`,
          { ordning, first, after },
        );
        expect(errors).toBeUndefined();
        rows.push(...data.avvikelser.edges.map((edge: { node: Rad }) => edge.node));
        if (!data.avvikelser.pageInfo.hasNextPage) return rows;
        after = data.avvikelser.pageInfo.endCursor;
      }
    }
    const byDeadline = await all('ATERKOPPLINGSFRIST', 9);
    const newest = await all('SENAST_RAPPORTERAD', 100);
    expect(byDeadline.length).toBeGreaterThan(20);
    expect(new Set(byDeadline.map((row) => row.id))).toEqual(new Set(newest.map((row) => row.id)));
    expect(byDeadline).toEqual(await all('ATERKOPPLINGSFRIST', 100));
    const keys = byDeadline.map((row) => aterkopplingsfristPosition(row));
    for (let index = 1; index < keys.length; index++) {
      const [a, b] = [keys[index - 1]!, keys[index]!];
      expect(a.avslutad < b.avslutad || (a.avslutad === b.avslutad && (a.frist < b.frist || (a.frist === b.frist && a.id < b.id)))).toBe(true);
    }
    const firstOnTime = byDeadline.findIndex((row) => !row.forsenadAterkoppling);
    expect(firstOnTime).toBeGreaterThan(0);
    expect(byDeadline.slice(firstOnTime).some((row) => row.forsenadAterkoppling)).toBe(false);
    for (const row of byDeadline) expect((row.dagarTillAterkoppling ?? 0) < 0).toBe(row.forsenadAterkoppling);
  });

  it("offers each side only the steps it may take, and a reading role none", async () => {
    const query = `query ($id: ID!) { avvikelse(id: $id) { status systemfel mojligaHandlingar { handling kommentarKravs systemfelNivaer } } }`;
    const { data: listed } = await run(`{ avvikelser(filter: { statusar: [RAPPORTERAD], mottagandeHuvudman: "VGR", rapporterandeHuvudman: "1480" }, first: 50) { edges { node { id systemfel } } } }`);
    const rapporterad = listed.avvikelser.edges.map((edge: { node: { id: string; systemfel: string | null } }) => edge.node).find((node: { systemfel: string | null }) => node.systemfel === null);
    expect(rapporterad).toBeDefined();
    const receiving = await run(query, { id: rapporterad.id });
    expect(receiving.data.avvikelse.mojligaHandlingar).toEqual([
      { handling: 'TA_EMOT', kommentarKravs: false, systemfelNivaer: [] },
      { handling: 'AVVISA', kommentarKravs: true, systemfelNivaer: [] },
      { handling: 'LYFT_SOM_SYSTEMFEL', kommentarKravs: false, systemfelNivaer: ['NOSAM', 'DELREGIONAL'] },
    ]);
    const reporter = await run(query, { id: rapporterad.id }, { identity: user('1480') });
    expect(reporter.data.avvikelse.mojligaHandlingar.map((step: { handling: string }) => step.handling)).toEqual(['LYFT_SOM_SYSTEMFEL']);
    const bystander = await run(query, { id: rapporterad.id }, { identity: user('1490') });
    expect(bystander.data.avvikelse.mojligaHandlingar).toEqual([]);
    const analyst = await run(query, { id: rapporterad.id }, { identity: user('VGR', ['analytiker']) });
    expect(analyst.data.avvikelse.mojligaHandlingar).toEqual([]);
  });

  it('pages through the whole list at the maximum page size, ties in time broken by id', async () => {
    const expected = [...world.samverkan.avvikelser].sort(listOrder).map((avvikelse) => avvikelse.id);
    const seen: string[] = [];
    let after = null as string | null;
    for (;;) {
      const { data, errors }: Result<AvvikelsePageData> = await run(
        `query ($after: String) { avvikelser(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      seen.push(...data!.avvikelser.edges.map((edge) => edge.node.id));
      if (!data!.avvikelser.pageInfo.hasNextPage) break;
      after = data!.avvikelser.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('gives an empty page with a null endCursor when nothing matches', async () => {
    const { data, errors } = await run(`{
      a: avvikelser(filter: { naromradeId: "1480-finns-inte" }) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } }
      b: avvikelser(filter: { kategorier: [] }) { totalCount edges { cursor } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.a).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    expect(data.b).toEqual({ totalCount: 0, edges: [] });
  });

  it('filters by area, närområde, status and date range', async () => {
    const naromradeId = world.samverkan.avvikelser[0]!.naromradeId;
    const { data, errors } = await run(
      `query ($naromradeId: ID!) {
        area: avvikelser(filter: { vardsamverkansomradeId: "simba" }) { totalCount }
        naromrade: avvikelser(filter: { naromradeId: $naromradeId, statusar: [AVSLUTAD, RAPPORTERAD] }) { totalCount }
        range: avvikelser(filter: { fran: "2025-01-01", till: "2025-12-31" }) { totalCount }
      }`,
      { naromradeId },
    );
    expect(errors).toBeUndefined();
    const simba = new Set(['1415', '1419', '1440', '1482']);
    expect(data.area.totalCount).toBe(world.samverkan.avvikelser.filter((avvikelse) => simba.has(avvikelse.kommunkod)).length);
    expect(data.naromrade.totalCount).toBe(
      world.samverkan.avvikelser.filter(
        (avvikelse) => avvikelse.naromradeId === naromradeId && ['AVSLUTAD', 'RAPPORTERAD'].includes(avvikelse.status),
      ).length,
    );
    expect(data.range.totalCount).toBe(
      world.samverkan.avvikelser.filter((avvikelse) => avvikelse.handelsedatum >= '2025-01-01' && avvikelse.handelsedatum <= '2025-12-31').length,
    );
  });

  it('counts only when totalCount is selected', async () => {
    expect((await statementsFor(`{ avvikelser(first: 5) { edges { node { id } } } }`)).statements).toBe(1);
    expect((await statementsFor(`{ avvikelser(first: 5) { totalCount edges { node { id } } } }`)).statements).toBe(2);
  });

  it.each([
    ['a page size of 0', `{ avvikelser(first: 0) { totalCount } }`, 'PAGE_SIZE_INVALID', 'first'],
    ['a page size over 100', `{ avvikelser(first: 101) { totalCount } }`, 'PAGE_SIZE_INVALID', 'first'],
    ['a cursor it did not return', `{ avvikelser(after: "bm90LWEtY3Vyc29y") { totalCount } }`, 'CURSOR_INVALID', 'after'],
    ['a malformed kommunkod', `{ avvikelser(filter: { kommunkod: "Borås" }) { totalCount } }`, 'KOMMUNKOD_INVALID', 'filter.kommunkod'],
    ['a date that does not exist', `{ avvikelser(filter: { fran: "2026-02-30" }) { totalCount } }`, 'DATE_INVALID', 'filter.fran'],
    ['fran after till', `{ avvikelser(filter: { fran: "2026-06-02", till: "2026-06-01" }) { totalCount } }`, 'DATE_RANGE_INVALID', 'filter.till'],
  ])('refuses %s before any query', async (_name, query, reason, field) => {
    const { result, statements } = await statementsFor(query);
    expectBadUserInput(result, reason, field);
    expect(statements).toBe(0);
  });
});

describe('entity resolution (_entities) is batched', () => {
  const entities = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Avvikelse { id kategori }
    ... on Naromrade { id namn }
    ... on Sip { id status }
    ... on Patient { id sipar { id } }
    ... on Boende { id boendeansvar { id } }
    ... on Vardcentral { hsaId ansvar: boendeansvar { id } }
    ... on Kommun { kod naromraden { id } }
    ... on Vardsamverkansomrade { id namn }
  } }`;

  it('resolves 12 avvikelser (and an unknown one as null) with exactly one SQL statement', async () => {
    const ids = world.samverkan.avvikelser.slice(0, 12).map((avvikelse) => avvikelse.id);
    const representations = [...ids, 'avv-999999'].map((id) => ({ __typename: 'Avvikelse', id }));
    const { result, statements } = await statementsFor(entities, { representations });
    expect(result.errors).toBeUndefined();
    expect(statements).toBe(1);
    expect(result.data._entities.slice(0, 12).map((entity: { id: string }) => entity.id)).toEqual(ids);
    expect(result.data._entities[12]).toBeNull();
  });

  it('resolves 10 närområden and 10 SIPs with one statement each', async () => {
    const naromraden = world.samverkan.naromraden.slice(0, 10).map((naromrade) => ({ __typename: 'Naromrade', id: naromrade.id }));
    const sipar = world.samverkan.sipar.slice(0, 10).map((sip) => ({ __typename: 'Sip', id: sip.id }));
    const { result, statements } = await statementsFor(entities, { representations: [...naromraden, ...sipar] });
    expect(result.errors).toBeUndefined();
    // närområden, SIPs, and the one insert of the request's access-log rows (SIPs are patient-level reads)
    expect(statements).toBe(3);
    expect(result.data._entities.every((entity: unknown) => entity !== null)).toBe(true);
  });

  it('resolves 10 patients’ SIPs with one statement (and one access-log insert), and an invalid personnummer as null without SQL', async () => {
    const personnummer = world.samverkan.sipar.slice(0, 10).map((sip) => sip.personnummer);
    const representations = [...personnummer, '191212121213', '1912121212'].map((id) => ({ __typename: 'Patient', id }));
    const { result, statements } = await statementsFor(entities, { representations });
    expect(result.errors).toBeUndefined();
    // SIPs by personnummer, then the request's access-log rows in one insert
    expect(statements).toBe(2);
    const resolved = result.data._entities as ({ id: string; sipar: { id: string }[] } | null)[];
    personnummer.forEach((id, index) => {
      expect(resolved[index]!.id).toBe(id);
      expect(resolved[index]!.sipar.map((sip) => sip.id)).toEqual(
        world.samverkan.sipar.filter((sip) => sip.personnummer === id).map((sip) => sip.id),
      );
    });
    expect(resolved.slice(10)).toEqual([null, null]);
  });

  it('resolves boenden, vårdcentraler and kommuner with one statement per type', async () => {
    const boenden = world.kommun.boenden.map((boende) => boende.id);
    const vardcentraler = [...new Set(world.samverkan.boendeansvar.map((row) => row.vardcentralHsaId))].slice(0, 10);
    const representations = [
      ...boenden.slice(0, 10).map((id) => ({ __typename: 'Boende', id })),
      ...vardcentraler.map((hsaId) => ({ __typename: 'Vardcentral', hsaId })),
      ...['1480', '1490', '1401', '1402', '1407', '1415', '1419', '1421', '1427', '1430'].map((kod) => ({ __typename: 'Kommun', kod })),
      { __typename: 'Vardcentral', hsaId: 'not-an-hsa-id' },
      { __typename: 'Kommun', kod: '0180' },
    ];
    const { result, statements } = await statementsFor(entities, { representations });
    expect(result.errors).toBeUndefined();
    expect(statements).toBe(3);
    expect(result.data._entities.slice(-2)).toEqual([null, null]);
  });

  it('gives each boende the boendeansvar of the plan in force, and null for a gap', async () => {
    const planInForceIds = new Set(
      world.samverkan.naromraden
        .map((naromrade) => planInForce(world.samverkan.naromradesplaner.filter((plan) => plan.naromradeId === naromrade.id), today))
        .filter((plan) => plan !== null)
        .map((plan) => plan!.id),
    );
    const expected = new Map(
      world.samverkan.boendeansvar.filter((row) => planInForceIds.has(row.planId)).map((row) => [row.boendeId, row.id]),
    );
    const boenden = world.kommun.boenden.map((boende) => boende.id);
    const gap = boenden.find((id) => !expected.has(id)) ?? 'boende-utan-ansvar';
    const sample = [...boenden.filter((id) => expected.has(id)).slice(0, 9), gap];
    const { result } = await statementsFor(entities, { representations: sample.map((id) => ({ __typename: 'Boende', id })) });
    expect(result.errors).toBeUndefined();
    expect(result.data._entities.map((entity: { boendeansvar: { id: string } | null }) => entity.boendeansvar?.id ?? null)).toEqual(
      sample.map((id) => expected.get(id) ?? null),
    );
  });

  it('lists a vårdcentral’s boendeansvar under plans in force', async () => {
    const hsaId = world.samverkan.boendeansvar[0]!.vardcentralHsaId;
    const planIds = new Set(world.samverkan.naromradesplaner.filter((plan) => planInForce([plan], today)).map((plan) => plan.id));
    const expected = world.samverkan.boendeansvar.filter((row) => row.vardcentralHsaId === hsaId && planIds.has(row.planId)).map((row) => row.id);
    const { result } = await statementsFor(entities, { representations: [{ __typename: 'Vardcentral', hsaId }] });
    expect(result.data._entities[0].ansvar.map((row: { id: string }) => row.id).sort()).toEqual(expected.sort());
  });
});

describe('patient', () => {
  it('lists the avvikelser that concern a patient, newest first', async () => {
    const personnummer = world.samverkan.avvikelser.find((avvikelse) => avvikelse.personnummer !== null)!.personnummer!;
    const { data, errors } = await run(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Patient { avvikelser { id } } } }`,
      { representations: [{ __typename: 'Patient', id: personnummer }] },
    );
    expect(errors).toBeUndefined();
    expect(data._entities[0].avvikelser.map((avvikelse: { id: string }) => avvikelse.id)).toEqual(
      world.samverkan.avvikelser.filter((avvikelse) => avvikelse.personnummer === personnummer).sort(listOrder).map((avvikelse) => avvikelse.id),
    );
  });

  it('shows a SIP with its patient, närområde and huvudansvar', async () => {
    const sip = world.samverkan.sipar[0]!;
    const { data, errors } = await run(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Sip {
        id patient { id } naromrade { id } status huvudansvar { id typ } skapadDatum nastaUppfoljning samtyckeDatum } } }`,
      { representations: [{ __typename: 'Sip', id: sip.id }] },
    );
    expect(errors).toBeUndefined();
    expect(data._entities[0]).toEqual({
      id: sip.id,
      patient: { id: sip.personnummer },
      naromrade: { id: sip.naromradeId },
      status: sip.status,
      huvudansvar: { id: sip.huvudansvar, typ: sip.huvudansvar === 'VGR' ? 'REGION' : 'KOMMUN' },
      skapadDatum: sip.skapadDatum,
      nastaUppfoljning: sip.nastaUppfoljning,
      samtyckeDatum: sip.samtyckeDatum,
    });
  });
});

// ---------------------------------------------------------------------------
// Access rules (ARCHITECTURE.md "Access"): the shared layer's records are held
// jointly by their parties; a party reads them as its own data, anyone else
// reads the record's kommun's data and needs samtycke or nödåtkomst.

/** A personnummer from its first eleven digits (YYYYMMDDNNN), with the Luhn check digit. */
function personnummer(first11: string): string {
  const sum = first11
    .slice(2)
    .split('')
    .map(Number)
    .reduce((total, digit, index) => {
      const product = digit * (index % 2 === 0 ? 2 : 1);
      return total + (product > 9 ? product - 9 : product);
    }, 0);
  return `${first11}${(10 - (sum % 10)) % 10}`;
}

interface LogRow {
  patient: string;
  data_huvudman: string;
  informationskategorier: string;
  atgard: string;
  grund: string | null;
  resultat: string;
  granskas_sarskilt: boolean;
  nodatkomst_anledning: string | null;
  anvandarens_huvudman: string;
}

/** The access-log rows one request wrote, by data-holding huvudman. */
async function logRows(requestId: string): Promise<LogRow[]> {
  const { rows } = await sql<LogRow>`
    SELECT patient, data_huvudman, informationskategorier, atgard, grund, resultat, granskas_sarskilt, nodatkomst_anledning, anvandarens_huvudman
    FROM atkomstlogg WHERE request_id = ${requestId} ORDER BY data_huvudman, atgard, resultat`.execute(database.db);
  return rows;
}

async function countLogRows(where = sql`true`): Promise<number> {
  const { rows } = await sql<{ antal: number }>`SELECT count(*)::int AS antal FROM atkomstlogg WHERE ${where}`.execute(database.db);
  return rows[0]!.antal;
}

function codesOf(result: Result<unknown>): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.['code']);
}

/** A log row as the tests expect it; the defaults are an allowed read on egen vårdrelation. */
function logRow(patient: string, row: Partial<LogRow> & Pick<LogRow, 'data_huvudman' | 'informationskategorier' | 'anvandarens_huvudman'>): LogRow {
  return { patient, atgard: 'LASNING', grund: 'EGEN_VARDRELATION', resultat: 'TILLATEN', granskas_sarskilt: false, nodatkomst_anledning: null, ...row };
}

describe('access to patient-level data', () => {
  // One person with a SIP coordinated in Göteborg (parties VGR and 1480), an
  // older one in Borås (VGR and 1490), and an avvikelse Göteborg reported to
  // VGR; a second person with nothing here. Härryda (1401) is a party to none of it.
  const patient = personnummer('19400101123');
  const utanUppgifter = personnummer('19400101131');
  const sipGoteborg = 'sip-test-goteborg';
  const sipBoras = 'sip-test-boras';
  const avvikelseId = 'avv-test-access';
  const allKategorier = 'avvikelse,avvikelsePatient,sip,sipPatient';

  const patientQuery = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Patient { id sipar { id status patient { id } } avvikelser { id kategori patient { id } } } } }`;
  const forPatients = (...ids: string[]) => ({ representations: ids.map((id) => ({ __typename: 'Patient', id })) });
  const sipQuery = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Sip { id status naromrade { id } patient { id } } } }`;
  const bothSipar = { representations: [sipGoteborg, sipBoras].map((id) => ({ __typename: 'Sip', id })) };

  beforeAll(async () => {
    for (const id of [patient, utanUppgifter]) {
      expect(patientIdProblem(id)).toBeNull();
      expect(world.samverkan.sipar.some((sip) => sip.personnummer === id)).toBe(false);
      expect(world.samverkan.avvikelser.some((avvikelse) => avvikelse.personnummer === id)).toBe(false);
    }
    await database.db
      .insertInto('sip')
      .values([
        { id: sipGoteborg, personnummer: patient, naromrade_id: '1480-angered', status: 'UPPFOLJNING', huvudansvar: '1480', skapad_datum: '2026-09-01', nasta_uppfoljning: '2026-12-01', samtycke_datum: '2026-09-01' },
        { id: sipBoras, personnummer: patient, naromrade_id: '1490-boras-centrum', status: 'AVSLUTAD', huvudansvar: 'VGR', skapad_datum: '2025-03-01', nasta_uppfoljning: null, samtycke_datum: '2025-03-01' },
      ])
      .execute();
    await database.db
      .insertInto('avvikelse')
      .values({
        id: avvikelseId,
        klientnyckel: null,
        innehallshash: null,
        kategori: 'SIP',
        status: 'MOTTAGEN',
        handelsedatum: '2026-10-01',
        rapporterad_tid: '2026-10-02T08:00:00.000Z',
        rapporterande_huvudman: '1480',
        rapporterande_enhet_hsa_id: 'SE2120001480-E000000000001',
        mottagande_huvudman: 'VGR',
        naromrade_id: '1480-angered',
        kommunkod: '1480',
        vardsamverkansomrade_id: 'goteborgsomradet',
        beskrivning: 'Kallelsen till SIP-mötet nådde inte vårdcentralen.',
        personnummer: patient,
      })
      .execute();
  });

  it('VGR, a party to every SIP and avvikelse, reads them all as its own data: one log row for the person', async () => {
    const before = await countLogRows();
    const result = await run(patientQuery, forPatients(patient), asUser(user('VGR')));
    expect(result.errors).toBeUndefined();
    const entity = result.data._entities[0];
    expect(entity.sipar.map((sip: { id: string }) => sip.id)).toEqual([sipGoteborg, sipBoras]);
    expect(entity.sipar[0].patient).toEqual({ id: patient });
    expect(entity.avvikelser).toEqual([{ id: avvikelseId, kategori: 'SIP', patient: { id: patient } }]);
    expect(await logRows(result.requestId)).toEqual([logRow(patient, { data_huvudman: 'VGR', informationskategorier: allKategorier, anvandarens_huvudman: 'VGR' })]);
    expect(await countLogRows()).toBe(before + 1);
  });

  it('a kommun sees the records it is a party to; another kommun’s SIP is left out without an error and logged as refused', async () => {
    const result = await run(patientQuery, forPatients(patient), asUser(user('1480')));
    expect(result.errors).toBeUndefined();
    const entity = result.data._entities[0];
    expect(entity.sipar.map((sip: { id: string }) => sip.id)).toEqual([sipGoteborg]);
    expect(entity.avvikelser.map((avvikelse: { id: string }) => avvikelse.id)).toEqual([avvikelseId]);
    expect(await logRows(result.requestId)).toEqual([
      logRow(patient, { data_huvudman: '1480', informationskategorier: allKategorier, anvandarens_huvudman: '1480' }),
      logRow(patient, { data_huvudman: '1490', informationskategorier: 'sip', anvandarens_huvudman: '1480', grund: null, resultat: 'NEKAD' }),
    ]);
  });

  it('a kommun that is no party gets ATKOMSTGRUND_SAKNAS without a ground (no personnummer in the message), and every refusal is logged', async () => {
    const result = await run(patientQuery, forPatients(patient), asUser(user('1401')));
    expect(result.data._entities[0]).toEqual({ id: patient, sipar: null, avvikelser: null });
    expect(codesOf(result)).toEqual(['ATKOMSTGRUND_SAKNAS', 'ATKOMSTGRUND_SAKNAS']);
    // The newest SIP is Göteborg's: the error names the huvudman whose data it is.
    expect(result.errors!.map((error) => error.extensions?.['dataHuvudman'])).toEqual(['1480', '1480']);
    expect(result.errors!.map((error) => error.path)).toEqual(expect.arrayContaining([['_entities', 0, 'sipar'], ['_entities', 0, 'avvikelser']]));
    expect(JSON.stringify(result.errors)).not.toContain(patient);
    expect(await logRows(result.requestId)).toEqual([
      logRow(patient, { data_huvudman: '1480', informationskategorier: 'avvikelse,sip', anvandarens_huvudman: '1401', grund: null, resultat: 'NEKAD' }),
      logRow(patient, { data_huvudman: '1490', informationskategorier: 'sip', anvandarens_huvudman: '1401', grund: null, resultat: 'NEKAD' }),
    ]);
  });

  it.each([
    ['samtycke', samtycke, 'SAMTYCKE', false, null],
    ['nödåtkomst', nodatkomst, 'NODATKOMST', true, nodatkomstAnledning],
  ] as const)('a kommun that is no party reads everything with %s, logged with that ground', async (_name, ground, grund, granskas, anledning) => {
    const result = await run(patientQuery, forPatients(patient), asUser(user('1401'), ground));
    expect(result.errors).toBeUndefined();
    expect(result.data._entities[0].sipar.map((sip: { id: string }) => sip.id)).toEqual([sipGoteborg, sipBoras]);
    expect(result.data._entities[0].avvikelser.map((avvikelse: { id: string }) => avvikelse.id)).toEqual([avvikelseId]);
    const expected = { anvandarens_huvudman: '1401', grund, granskas_sarskilt: granskas, nodatkomst_anledning: anledning };
    expect(await logRows(result.requestId)).toEqual([
      logRow(patient, { data_huvudman: '1480', informationskategorier: allKategorier, ...expected }),
      logRow(patient, { data_huvudman: '1490', informationskategorier: 'sip,sipPatient', ...expected }),
    ]);
  });

  it.each([
    ['nosam', user('1480', ['nosam'])],
    ['analytiker', user('1480', ['analytiker'])],
    ['granskare', user('1480', ['granskare'])],
    ['a system client without patient:read', systemClient('1480', ['avvikelse:read'])],
  ])('%s gets null + FORBIDDEN for every patient field, even with nödåtkomst and for a person with nothing here', async (_name, identity) => {
    const result = await run(patientQuery, forPatients(patient, utanUppgifter), asUser(identity, nodatkomst));
    expect(result.data._entities).toEqual([
      { id: patient, sipar: null, avvikelser: null },
      { id: utanUppgifter, sipar: null, avvikelser: null },
    ]);
    expect(codesOf(result)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    const refused = { anvandarens_huvudman: '1480', grund: null, resultat: 'NEKAD' };
    expect(await logRows(result.requestId)).toEqual([
      logRow(patient, { data_huvudman: '1480', informationskategorier: 'avvikelse,sip', ...refused }),
      logRow(patient, { data_huvudman: '1490', informationskategorier: 'sip', ...refused }),
    ]);
  });

  it('vårdpersonal gets an empty list for a person with nothing here, and no log row', async () => {
    const result = await run(patientQuery, forPatients(utanUppgifter), asUser(user('1401')));
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual([{ id: utanUppgifter, sipar: [], avvikelser: [] }]);
    expect(await logRows(result.requestId)).toEqual([]);
  });

  it.each([['nosam'], ['analytiker'], ['granskare']] as const)(
    '%s reads reference data and the avvikelser, but not the patient an avvikelse concerns',
    async (role) => {
      const result = await run(
        `query ($id: ID!) {
          naromrade(id: "1480-angered") { namn naromradesplan { id boendeansvar { id } atgarder { id } } }
          vardsamverkansomraden { id kommuner { kod } }
          avvikelse(id: $id) { id kategori beskrivning rapporterandeHuvudman { id } patient { id } }
          avvikelser(filter: { naromradeId: "1480-angered" }, first: 5) { totalCount edges { node { id kategori } } }
        }`,
        { id: avvikelseId },
        asUser(user('1480', [role])),
      );
      expect(result.data.naromrade.namn).toBe('Angered');
      expect(result.data.naromrade.naromradesplan.boendeansvar.length).toBeGreaterThan(0);
      expect(result.data.vardsamverkansomraden).toHaveLength(6);
      expect(result.data.avvikelse).toEqual({ id: avvikelseId, kategori: 'SIP', beskrivning: expect.any(String), rapporterandeHuvudman: { id: '1480' }, patient: null });
      expect(result.data.avvikelser.edges).toHaveLength(5);
      expect(result.data.avvikelser.totalCount).toBeGreaterThan(5);
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]).toMatchObject({ path: ['avvikelse', 'patient'], extensions: { code: 'FORBIDDEN' } });
      expect(await logRows(result.requestId)).toEqual([
        logRow(patient, { data_huvudman: '1480', informationskategorier: 'avvikelsePatient', anvandarens_huvudman: '1480', grund: null, resultat: 'NEKAD' }),
      ]);
    },
  );

  it.each([
    ['Göteborg, a party', asUser(user('1480')), { id: patient }, undefined],
    ['Härryda without a ground', asUser(user('1401')), null, 'ATKOMSTGRUND_SAKNAS'],
    ['Härryda with samtycke', asUser(user('1401'), samtycke), { id: patient }, undefined],
    ['a system client with avvikelse:read and patient:read of VGR', asUser(systemClient('VGR', ['avvikelse:read', 'patient:read'])), { id: patient }, undefined],
  ])('Avvikelse.patient for %s', async (_name, caller, expected, code) => {
    const result = await run(`query ($id: ID!) { avvikelse(id: $id) { id patient { id } } }`, { id: avvikelseId }, caller);
    expect(result.data.avvikelse).toEqual({ id: avvikelseId, patient: expected });
    expect(codesOf(result)).toEqual(code ? [code] : []);
  });

  it('roles and system clients without avvikelse access may not read avvikelser at all, by query or by _entities', async () => {
    const caller = asUser(systemClient('1480', ['patient:read']));
    const list = await run(`{ avvikelser { totalCount } }`, {}, caller);
    expect(list.data).toBeNull();
    expect(codesOf(list)).toEqual(['FORBIDDEN']);
    const one = await run(`query ($id: ID!) { avvikelse(id: $id) { id } }`, { id: avvikelseId }, caller);
    expect(one.data.avvikelse).toBeNull();
    expect(codesOf(one)).toEqual(['FORBIDDEN']);
    const entity = await run(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Avvikelse { id kategori } } }`,
      { representations: [{ __typename: 'Avvikelse', id: avvikelseId }] },
      caller,
    );
    expect(entity.data._entities).toEqual([null]);
    expect(codesOf(entity)).toEqual(['FORBIDDEN']);
  });

  it('a system client with patient:read reads like vårdpersonal of its huvudman', async () => {
    const result = await run(patientQuery, forPatients(patient), asUser(systemClient('1480', ['patient:read'])));
    expect(result.errors).toBeUndefined();
    expect(result.data._entities[0].sipar.map((sip: { id: string }) => sip.id)).toEqual([sipGoteborg]);
    expect(result.data._entities[0].avvikelser.map((avvikelse: { id: string }) => avvikelse.id)).toEqual([avvikelseId]);
    const rows = await logRows(result.requestId);
    expect(rows.map((row) => [row.data_huvudman, row.resultat, row.grund])).toEqual([
      ['1480', 'TILLATEN', 'EGEN_VARDRELATION'],
      ['1490', 'NEKAD', null],
    ]);
  });

  it('a SIP fetched by _entities is shown only to a reader who may see it, as through Patient.sipar', async () => {
    const party = await run(sipQuery, bothSipar, asUser(user('1480')));
    expect(party.data._entities).toEqual([{ id: sipGoteborg, status: 'UPPFOLJNING', naromrade: { id: '1480-angered' }, patient: { id: patient } }, null]);
    expect(party.errors).toHaveLength(1);
    expect(party.errors![0]).toMatchObject({ path: ['_entities', 1], extensions: { code: 'ATKOMSTGRUND_SAKNAS', dataHuvudman: '1490' } });
    expect(await logRows(party.requestId)).toEqual([
      logRow(patient, { data_huvudman: '1480', informationskategorier: 'sip,sipPatient', anvandarens_huvudman: '1480' }),
      logRow(patient, { data_huvudman: '1490', informationskategorier: 'sip', anvandarens_huvudman: '1480', grund: null, resultat: 'NEKAD' }),
    ]);

    const withConsent = await run(sipQuery, bothSipar, asUser(user('1401'), samtycke));
    expect(withConsent.errors).toBeUndefined();
    expect(withConsent.data._entities.map((sip: { id: string }) => sip.id)).toEqual([sipGoteborg, sipBoras]);

    for (const role of ['nosam', 'analytiker'] as const) {
      const refused = await run(sipQuery, bothSipar, asUser(user('VGR', [role]), nodatkomst));
      expect(refused.data._entities).toEqual([null, null]);
      expect(codesOf(refused)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    }
  });

  it('10 patients’ SIPs and avvikelser with their patients: one statement per loader and one log insert, one row per patient and huvudman', async () => {
    const ids = [...new Set(world.samverkan.sipar.map((sip) => sip.personnummer))].slice(0, 10);
    const { result, statements } = await statementsFor(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Patient { id sipar { id patient { id } } avvikelser { id patient { id } } } } }`,
      forPatients(...ids),
      asUser(user('1401'), samtycke),
    );
    expect(result.errors).toBeUndefined();
    // SIPs by personnummer, avvikelser by personnummer, the access-log insert
    expect(statements).toBe(3);
    const rows = await logRows(result.requestId);
    const keys = rows.map((row) => `${row.patient}|${row.data_huvudman}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(rows.map((row) => row.patient))).toEqual(new Set(ids));
    expect(rows.every((row) => row.resultat === 'TILLATEN')).toBe(true);
  });

  describe('the log extract and the access log', () => {
    const lasningQuery = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Patient { id samverkansLasningar { tid organisationHsaId huvudman informationskategorier } } } }`;
    const allowedReads = (dataHuvudman?: string) =>
      countLogRows(
        sql`patient = ${patient} AND resultat = 'TILLATEN' AND atgard = 'LASNING' ${dataHuvudman ? sql`AND data_huvudman = ${dataHuvudman}` : sql``}`,
      );

    it('a granskare sees the reads of its own huvudman’s data; loggutdrag:read sees all, with one statement for three patients', async () => {
      const granskare = await run(lasningQuery, forPatients(patient), asUser(user('1490', ['granskare'])));
      expect(granskare.errors).toBeUndefined();
      const reads = granskare.data._entities[0].samverkansLasningar as { huvudman: string; informationskategorier: string[] }[];
      expect(reads).toHaveLength(await allowedReads('1490'));
      expect(reads.length).toBeGreaterThan(0);
      // Only Härryda, with a ground, read Borås's SIP.
      expect(new Set(reads.map((read) => read.huvudman))).toEqual(new Set(['1401']));
      expect(await logRows(granskare.requestId)).toEqual([]);

      const { result, statements } = await statementsFor(lasningQuery, forPatients(patient, utanUppgifter, world.samverkan.sipar[0]!.personnummer), asUser(systemClient('VGR', ['loggutdrag:read'])));
      expect(result.errors).toBeUndefined();
      expect(statements).toBe(1);
      expect(result.data._entities[0].samverkansLasningar).toHaveLength(await allowedReads());
      expect(result.data._entities[1].samverkansLasningar).toEqual([]);
    });

    it.each([
      ['vårdpersonal', user('1480')],
      ['nosam', user('1480', ['nosam'])],
      ['a system client with atkomstlogg:read only', systemClient('1480', ['atkomstlogg:read'])],
    ])('%s may not read the log extract (null + FORBIDDEN)', async (_name, identity) => {
      const result = await run(lasningQuery, forPatients(patient), asUser(identity));
      expect(result.data._entities).toEqual([{ id: patient, samverkansLasningar: null }]);
      expect(codesOf(result)).toEqual(['FORBIDDEN']);
    });

    const loggutdragQuery = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Loggutdrag { patientId samverkansLasningar { tid organisationHsaId huvudman informationskategorier } } } }`;
    const loggutdragFor = (...ids: string[]) => ({ representations: ids.map((patientId) => ({ __typename: 'Loggutdrag', patientId })) });

    it.each([
      ['Borås’s granskare (its own rows)', user('1490', ['granskare']), '1490'],
      ['Göteborg’s granskare (its own rows)', user('1480', ['granskare']), '1480'],
      ['the region’s granskare', user('VGR', ['granskare']), 'VGR'],
      ['the extract service', systemClient('1480', ['loggutdrag:read']), undefined],
    ])('Loggutdrag gives %s what Patient.samverkansLasningar gives, in one statement, unlogged', async (_name, identity, dataHuvudman) => {
      const ids = [patient, utanUppgifter];
      const { result, statements } = await statementsFor(loggutdragQuery, loggutdragFor(...ids), asUser(identity));
      expect(result.errors).toBeUndefined();
      expect(statements).toBe(1);
      expect(await logRows(result.requestId)).toEqual([]);
      const extracts = result.data._entities as { patientId: string; samverkansLasningar: unknown[] }[];
      expect(extracts.map((extract) => extract.patientId)).toEqual(ids);
      expect(extracts[0]!.samverkansLasningar).toHaveLength(await allowedReads(dataHuvudman));
      expect(extracts[1]!.samverkansLasningar).toEqual([]);
      const viaPatient = await run(lasningQuery, forPatients(...ids), asUser(identity));
      expect(extracts.map((extract) => extract.samverkansLasningar)).toEqual(viaPatient.data._entities.map((entity: { samverkansLasningar: unknown }) => entity.samverkansLasningar));
    });

    it('Loggutdrag shows Göteborg’s granskare exactly the reads of Göteborg’s data, none of Borås’s', async () => {
      const readsOf = async (dataHuvudman: string) => {
        const { rows } = await sql<{ organisation_hsa_id: string; informationskategorier: string }>`
          SELECT organisation_hsa_id, informationskategorier FROM atkomstlogg
          WHERE patient = ${patient} AND resultat = 'TILLATEN' AND atgard = 'LASNING' AND data_huvudman = ${dataHuvudman}
          ORDER BY lopnummer DESC`.execute(database.db);
        return rows.map((row) => ({ organisationHsaId: row.organisation_hsa_id, informationskategorier: row.informationskategorier.split(',') }));
      };
      expect((await readsOf('1490')).length).toBeGreaterThan(0);
      const goteborg = await run(loggutdragQuery, loggutdragFor(patient), asUser(user('1480', ['granskare'])));
      const shown = goteborg.data._entities[0].samverkansLasningar as { organisationHsaId: string; informationskategorier: string[] }[];
      expect(shown.map(({ organisationHsaId, informationskategorier }) => ({ organisationHsaId, informationskategorier }))).toEqual(await readsOf('1480'));
    });

    it.each([
      ['vårdpersonal', user('1490')],
      ['nosam', user('1490', ['nosam'])],
      ['analytiker', user('1490', ['analytiker'])],
      ['a system client with atkomstlogg:read and patient:read', systemClient('1490', ['atkomstlogg:read', 'patient:read'])],
    ])('Loggutdrag refuses %s (null + FORBIDDEN), before any SQL', async (_name, identity) => {
      const { result, statements } = await statementsFor(loggutdragQuery, loggutdragFor(patient), asUser(identity));
      expect(result.data._entities).toEqual([{ patientId: patient, samverkansLasningar: null }]);
      expect(codesOf(result)).toEqual(['FORBIDDEN']);
      expect(statements).toBe(0);
    });

    it('Loggutdrag answers an invalid personnummer with null, before any SQL', async () => {
      const { result, statements } = await statementsFor(loggutdragQuery, loggutdragFor('191212121213'), asUser(user('1490', ['granskare'])));
      expect(result.errors).toBeUndefined();
      expect(result.data._entities).toEqual([null]);
      expect(statements).toBe(0);
    });

    const loggQuery = `query ($filter: AtkomstloggFilter, $first: Int) { samverkansAtkomstlogg(filter: $filter, first: $first) {
      pageInfo { hasNextPage endCursor } edges { cursor node { lopnummer patientId dataHuvudman anvandarensHuvudman grund resultat granskasSarskilt nodatkomstAnledning informationskategorier atgard } } } }`;

    it.each([
      ['a granskare', user('1490', ['granskare'])],
      ['a system client with atkomstlogg:read', systemClient('1490', ['atkomstlogg:read'])],
    ])('%s reads its own huvudman’s log, nödåtkomst first', async (_name, identity) => {
      const result = await run(loggQuery, { filter: { patientId: patient }, first: 100 }, asUser(identity));
      expect(result.errors).toBeUndefined();
      const nodes = result.data.samverkansAtkomstlogg.edges.map((edge: { node: Record<string, unknown> }) => edge.node) as {
        dataHuvudman: string;
        granskasSarskilt: boolean;
        grund: string | null;
        nodatkomstAnledning: string | null;
      }[];
      expect(nodes).toHaveLength(await countLogRows(sql`patient = ${patient} AND data_huvudman = '1490'`));
      expect(nodes.every((node) => node.dataHuvudman === '1490')).toBe(true);
      const flags = nodes.map((node) => node.granskasSarskilt);
      expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
      expect(flags[0]).toBe(true);
      expect(nodes.find((node) => node.grund === 'NODATKOMST')!.nodatkomstAnledning).toBe(nodatkomstAnledning);

      const onlyNodatkomst = await run(loggQuery, { filter: { patientId: patient, grund: 'NODATKOMST' } }, asUser(identity));
      expect(onlyNodatkomst.data.samverkansAtkomstlogg.edges.every((edge: { node: { grund: string } }) => edge.node.grund === 'NODATKOMST')).toBe(true);
    });

    it.each([
      ['vårdpersonal', user('1490')],
      ['nosam', user('1490', ['nosam'])],
      ['analytiker', user('1490', ['analytiker'])],
      ['a system client with loggutdrag:read only', systemClient('1490', ['loggutdrag:read'])],
    ])('%s may not read or verify the access log', async (_name, identity) => {
      const logg = await run(loggQuery, {}, asUser(identity));
      expect(logg.data).toBeNull();
      expect(codesOf(logg)).toEqual(['FORBIDDEN']);
      const verifiering = await run(`{ samverkansAtkomstloggVerifiering { hel } }`, {}, asUser(identity));
      expect(verifiering.data).toBeNull();
      expect(codesOf(verifiering)).toEqual(['FORBIDDEN']);
    });
  });
});

describe('rapporteraAvvikelse', () => {
  const mutation = `mutation ($input: RapporteraAvvikelseInput!) { rapporteraAvvikelse(input: $input) {
    redanRapporterad avvikelse { id status kategori handelsedatum rapporteradTid beskrivning
      rapporterandeHuvudman { id namn } mottagandeHuvudman { id typ } naromrade { id } kommun { kod } vardsamverkansomrade { id } patient { id } } } }`;

  const input = {
    klientnyckel: 'test-rapport-0001',
    kategori: 'INFORMATIONSOVERFORING',
    handelsedatum: '2026-10-28',
    rapporterandeHuvudman: '1480',
    rapporterandeEnhetHsaId: 'SE2321000131-E000000000001',
    mottagandeHuvudman: 'VGR',
    naromradeId: '1480-angered',
    beskrivning: '  Epikrisen nådde inte hemsjukvården före hemgång.  ',
    patientId: '191212121212',
  };

  // A unit of Göteborg reports, with no access ground (it is a party to its own report).
  const reporter = asUser(user('1480'));

  it('stores the receiving unit the reporter names, and the inbox of that unit finds it', async () => {
    const enhet = 'SE2321000131-E000000000777';
    const { data, errors } = await run(
      `mutation ($input: RapporteraAvvikelseInput!) { rapporteraAvvikelse(input: $input) { avvikelse { id mottagandeEnhetHsaId mojligaHandlingar { handling } } } }`,
      { input: { ...input, klientnyckel: 'test-rapport-enhet', patientId: null, mottagandeEnhetHsaId: enhet } },
      reporter,
    );
    expect(errors).toBeUndefined();
    expect(data.rapporteraAvvikelse.avvikelse).toMatchObject({ mottagandeEnhetHsaId: enhet, mojligaHandlingar: [{ handling: 'LYFT_SOM_SYSTEMFEL' }] });
    const inbox = await run(`query ($enhet: ID!) { avvikelser(filter: { mottagandeEnhetHsaId: $enhet }, ordning: ATERKOPPLINGSFRIST) { edges { node { id } } } }`, { enhet });
    expect(inbox.data.avvikelser.edges).toEqual([{ node: { id: data.rapporteraAvvikelse.avvikelse.id } }]);
  });

  it('stores a new report, derived from its närområde', async () => {
    const before = await countRows('avvikelse');
    const { data, errors } = await run(mutation, { input }, reporter);
    expect(errors).toBeUndefined();
    expect(data.rapporteraAvvikelse.redanRapporterad).toBe(false);
    expect(data.rapporteraAvvikelse.avvikelse).toMatchObject({
      status: 'RAPPORTERAD',
      kategori: 'INFORMATIONSOVERFORING',
      handelsedatum: '2026-10-28',
      rapporteradTid: now().toISOString(),
      beskrivning: 'Epikrisen nådde inte hemsjukvården före hemgång.',
      rapporterandeHuvudman: { id: '1480', namn: 'Göteborg' },
      mottagandeHuvudman: { id: 'VGR', typ: 'REGION' },
      naromrade: { id: '1480-angered' },
      kommun: { kod: '1480' },
      vardsamverkansomrade: { id: 'goteborgsomradet' },
      patient: { id: '191212121212' },
    });
    expect(data.rapporteraAvvikelse.avvikelse.id).toMatch(/^avv-/);
    expect(await countRows('avvikelse')).toBe(before + 1);

    const found = await run(`query ($id: ID!) { avvikelse(id: $id) { id } }`, { id: data.rapporteraAvvikelse.avvikelse.id });
    expect(found.data.avvikelse).toEqual({ id: data.rapporteraAvvikelse.avvikelse.id });
  });

  it('returns the stored report on a retry with the same key and content', async () => {
    const first = await run(mutation, { input: { ...input, klientnyckel: 'test-rapport-0002' } }, reporter);
    const before = await countRows('avvikelse');
    // The same content, differently padded, is the same report.
    const retry = await run(mutation, { input: { ...input, klientnyckel: 'test-rapport-0002', beskrivning: `${input.beskrivning.trim()}\n` } }, reporter);
    expect(retry.errors).toBeUndefined();
    expect(retry.data.rapporteraAvvikelse.redanRapporterad).toBe(true);
    expect(retry.data.rapporteraAvvikelse.avvikelse).toEqual(first.data.rapporteraAvvikelse.avvikelse);
    expect(await countRows('avvikelse')).toBe(before);
  });

  it('stores two identical concurrent requests once', async () => {
    const before = await countRows('avvikelse');
    const concurrent = { ...input, klientnyckel: 'test-rapport-0003' };
    const [a, b] = await Promise.all([run(mutation, { input: concurrent }, reporter), run(mutation, { input: concurrent }, reporter)]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect([a.data.rapporteraAvvikelse.redanRapporterad, b.data.rapporteraAvvikelse.redanRapporterad].sort()).toEqual([false, true]);
    expect(a.data.rapporteraAvvikelse.avvikelse.id).toBe(b.data.rapporteraAvvikelse.avvikelse.id);
    expect(await countRows('avvikelse')).toBe(before + 1);
  });

  it('refuses a reused key with other content as a CONFLICT, storing nothing', async () => {
    await run(mutation, { input: { ...input, klientnyckel: 'test-rapport-0004' } }, reporter);
    const before = await countRows('avvikelse');
    const { data, errors } = await run(mutation, { input: { ...input, klientnyckel: 'test-rapport-0004', kategori: 'LAKEMEDEL' } }, reporter);
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.klientnyckel' });
    expect(await countRows('avvikelse')).toBe(before);
  });

  it('refuses an unknown närområde as NOT_FOUND, storing nothing', async () => {
    const before = await countRows('avvikelse');
    const { errors } = await run(mutation, { input: { ...input, klientnyckel: 'test-rapport-0005', naromradeId: '1480-finns-inte' } }, reporter);
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.naromradeId' });
    expect(await countRows('avvikelse')).toBe(before);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a malformed client key', { klientnyckel: 'kort' }, 'CLIENT_KEY_INVALID', 'input.klientnyckel'],
    ['a date that does not exist', { handelsedatum: '2026-02-29' }, 'DATE_INVALID', 'input.handelsedatum'],
    ['a date more than five years back', { handelsedatum: '2021-10-31' }, 'DATE_INVALID', 'input.handelsedatum'],
    ['a date in the future', { handelsedatum: '2026-11-02' }, 'DATE_IN_FUTURE', 'input.handelsedatum'],
    ['an unknown huvudman', { rapporterandeHuvudman: 'Region Halland' }, 'HUVUDMAN_INVALID', 'input.rapporterandeHuvudman'],
    ['a receiving kommun outside the county', { mottagandeHuvudman: '0180' }, 'HUVUDMAN_INVALID', 'input.mottagandeHuvudman'],
    ['the same huvudman twice', { mottagandeHuvudman: '1480' }, 'SAME_HUVUDMAN', 'input.mottagandeHuvudman'],
    ['a malformed HSA-id', { rapporterandeEnhetHsaId: 'E000000000001' }, 'HSA_ID_INVALID', 'input.rapporterandeEnhetHsaId'],
    ['an empty description', { beskrivning: '   ' }, 'TEXT_EMPTY', 'input.beskrivning'],
    ['a description over 4000 characters', { beskrivning: 'x'.repeat(4001) }, 'TEXT_TOO_LONG', 'input.beskrivning'],
    ['a personnummer with a separator', { patientId: '19121212-1212' }, 'PERSONNUMMER_FORMAT', 'input.patientId'],
    ['a personnummer with a wrong check digit', { patientId: '191212121213' }, 'PERSONNUMMER_INVALID', 'input.patientId'],
    ['a kommun the närområde does not lie in', { rapporterandeHuvudman: '1490' }, 'HUVUDMAN_NOT_IN_NAROMRADE', 'input.rapporterandeHuvudman'],
  ])('refuses %s, storing nothing', async (_name, change, reason, field) => {
    const before = await countRows('avvikelse');
    // The caller acts for the reporting huvudman the input names (when it names a valid one).
    const named = change['rapporterandeHuvudman'];
    const caller = typeof named === 'string' && /^(VGR|14\d\d)$/.test(named) ? asUser(user(named)) : reporter;
    const result = await run(mutation, { input: { ...input, klientnyckel: `test-invalid-${reason}`.slice(0, 100), ...change } }, caller);
    expectBadUserInput(result, reason, field);
    expect(await countRows('avvikelse')).toBe(before);
  });
});

describe('rapporteraAvvikelse: who may report, and the patient link in the access log', () => {
  const mutation = `mutation ($input: RapporteraAvvikelseInput!) { rapporteraAvvikelse(input: $input) { redanRapporterad avvikelse { id kommun { kod } } } }`;
  const withPatient = `mutation ($input: RapporteraAvvikelseInput!) { rapporteraAvvikelse(input: $input) { redanRapporterad avvikelse { id patient { id } } } }`;
  const patient = personnummer('19400101149');
  // The region reports about Göteborg's part, so the log's data-holding huvudman (the närområde's kommun) is not the reporter's.
  const input = {
    klientnyckel: 'access-rapport-0001',
    kategori: 'LAKEMEDEL',
    handelsedatum: '2026-10-20',
    rapporterandeHuvudman: 'VGR',
    rapporterandeEnhetHsaId: 'SE2321000131-E000000000001',
    mottagandeHuvudman: '1480',
    naromradeId: '1480-angered',
    beskrivning: 'Läkemedelslistan följde inte med till boendet.',
    patientId: patient,
  };

  it('logs the patient link as one write on egen vårdrelation, in the närområde’s kommun; a retry writes no second row', async () => {
    const reporter = asUser(user('VGR'));
    const first = await run(mutation, { input }, reporter);
    expect(first.errors).toBeUndefined();
    expect(first.data.rapporteraAvvikelse).toMatchObject({ redanRapporterad: false, avvikelse: { kommun: { kod: '1480' } } });
    expect(await logRows(first.requestId)).toEqual([
      logRow(patient, { data_huvudman: '1480', informationskategorier: 'avvikelse', atgard: 'SKRIVNING', anvandarens_huvudman: 'VGR' }),
    ]);

    const before = await countLogRows();
    const retry = await run(mutation, { input }, reporter);
    expect(retry.data.rapporteraAvvikelse.redanRapporterad).toBe(true);
    expect(await logRows(retry.requestId)).toEqual([]);
    expect(await countLogRows()).toBe(before);

    // Asking for the stored report's patient is a read, logged as one.
    const readBack = await run(withPatient, { input }, reporter);
    expect(readBack.data.rapporteraAvvikelse).toMatchObject({ redanRapporterad: true, avvikelse: { patient: { id: patient } } });
    expect(await logRows(readBack.requestId)).toEqual([logRow(patient, { data_huvudman: 'VGR', informationskategorier: 'avvikelsePatient', anvandarens_huvudman: 'VGR' })]);
  });

  it('stores neither the report nor its log row when the log row cannot be written (one transaction)', async () => {
    const before = await countRows('avvikelse');
    const logBefore = await countLogRows();
    const base = testRequestContext({ identity: user('VGR'), atkomstgrund: null, requestId: 'test-log-down' });
    base.atkomstlogg.flush = async () => {
      throw new Error('the log is down');
    };
    const logged: string[] = [];
    base.log = createLogger({}, { write: (line) => logged.push(line) });
    const response = await server.executeOperation(
      { query: mutation, variables: { input: { ...input, klientnyckel: 'access-rapport-logg-nere' } } },
      { contextValue: createSamverkanContext(base, database, { suppressionThreshold: defaultSuppressionThreshold }, now) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.data ?? null).toBeNull();
    expect(response.body.singleResult.errors![0]!.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(await countRows('avvikelse')).toBe(before);
    expect(await countLogRows()).toBe(logBefore);
    // The plugin withheld the answer as well.
    expect(logged.some((line) => line.includes('the access log could not be written'))).toBe(true);
  });

  it.each([
    ['nosam', user('VGR', ['nosam'])],
    ['analytiker', user('VGR', ['analytiker'])],
    ['granskare', user('VGR', ['granskare'])],
    ['a system client with avvikelse:read only', systemClient('VGR', ['avvikelse:read', 'patient:read'])],
  ])('%s may not report (FORBIDDEN), storing and logging nothing', async (_name, identity) => {
    const before = await countRows('avvikelse');
    const result = await run(mutation, { input: { ...input, klientnyckel: 'access-rapport-0002' } }, asUser(identity));
    expect(result.data).toBeNull();
    expect(codesOf(result)).toEqual(['FORBIDDEN']);
    expect(await countRows('avvikelse')).toBe(before);
    expect(await logRows(result.requestId)).toEqual([]);
  });

  it('a unit reports for its own huvudman only', async () => {
    const before = await countRows('avvikelse');
    const result = await run(mutation, { input: { ...input, klientnyckel: 'access-rapport-0003' } }, asUser(user('1480')));
    expect(result.data).toBeNull();
    expect(codesOf(result)).toEqual(['FORBIDDEN']);
    expect(await countRows('avvikelse')).toBe(before);
  });

  it('a system client with avvikelse:write reports without a patient, but links a patient only with patient:read (the refusal is logged)', async () => {
    const before = await countRows('avvikelse');
    const client = asUser(systemClient('VGR', ['avvikelse:write']));
    const refused = await run(mutation, { input: { ...input, klientnyckel: 'access-rapport-0004' } }, client);
    expect(refused.data).toBeNull();
    expect(codesOf(refused)).toEqual(['FORBIDDEN']);
    expect(await countRows('avvikelse')).toBe(before);
    expect(await logRows(refused.requestId)).toEqual([
      logRow(patient, { data_huvudman: '1480', informationskategorier: 'avvikelse', atgard: 'SKRIVNING', anvandarens_huvudman: 'VGR', grund: null, resultat: 'NEKAD' }),
    ]);

    const withoutPatient = await run(mutation, { input: { ...input, klientnyckel: 'access-rapport-0005', patientId: null } }, client);
    expect(withoutPatient.errors).toBeUndefined();
    expect(await countRows('avvikelse')).toBe(before + 1);
    expect(await logRows(withoutPatient.requestId)).toEqual([]);

    const withScope = await run(mutation, { input: { ...input, klientnyckel: 'access-rapport-0006' } }, asUser(systemClient('VGR', ['avvikelse:write', 'patient:read'])));
    expect(withScope.errors).toBeUndefined();
    expect((await logRows(withScope.requestId)).map((row) => [row.atgard, row.resultat, row.grund])).toEqual([['SKRIVNING', 'TILLATEN', 'EGEN_VARDRELATION']]);
  });
});

describe('the access log is append-only and tamper-evident', () => {
  const granskare = asUser(user('VGR', ['granskare']));
  const verifiering = `{ samverkansAtkomstloggVerifiering { kontrolleradeRader hel forstaFelLopnummer fel } }`;

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    expect(await countLogRows()).toBeGreaterThan(10);
    await expect(sql`UPDATE atkomstlogg SET anvandare = 'någon annan' WHERE lopnummer = 1`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM atkomstlogg WHERE lopnummer = 1`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE atkomstlogg`.execute(database.db)).rejects.toThrow(/append-only/);
  });

  it('verifies whole on a clean log, and names the first broken row after tampering', async () => {
    const clean = await run(verifiering, {}, granskare);
    expect(clean.errors).toBeUndefined();
    expect(clean.data.samverkansAtkomstloggVerifiering).toEqual({ kontrolleradeRader: await countLogRows(), hel: true, forstaFelLopnummer: null, fel: null });

    const rows = await countLogRows();
    const target = Math.ceil(rows / 2);
    const { rows: original } = await sql<{ anvandare: string }>`SELECT anvandare FROM atkomstlogg WHERE lopnummer = ${target}`.execute(database.db);
    const tamper = async (anvandare: string) => {
      await sql`ALTER TABLE atkomstlogg DISABLE TRIGGER USER`.execute(database.db);
      await sql`UPDATE atkomstlogg SET anvandare = ${anvandare} WHERE lopnummer = ${target}`.execute(database.db);
      await sql`ALTER TABLE atkomstlogg ENABLE TRIGGER USER`.execute(database.db);
    };
    await tamper('SE2321000131-P000000000666');
    try {
      const broken = await run(verifiering, {}, granskare);
      expect(broken.data.samverkansAtkomstloggVerifiering).toEqual({ kontrolleradeRader: rows, hel: false, forstaFelLopnummer: target, fel: 'RAD_ANDRAD' });
    } finally {
      await tamper(original[0]!.anvandare);
    }
    expect((await run(verifiering, {}, granskare)).data.samverkansAtkomstloggVerifiering.hel).toBe(true);
  });
});

describe('hanteraAvvikelse: the workflow', () => {
  const rapportera = `mutation ($input: RapporteraAvvikelseInput!) { rapporteraAvvikelse(input: $input) { avvikelse { id version status
    handelser { handling franStatus tillStatus version tid utfordAv organisationHsaId huvudman { id } kommentar } } } }`;
  const hantera = `mutation ($input: HanteraAvvikelseInput!) { hanteraAvvikelse(input: $input) { avvikelse { id status version mottagenTid
    aterkopplingSenast aterkoppladTid forsenadAterkoppling avvisadAnledning systemfel
    handelser { handling franStatus tillStatus version tid utfordAv organisationHsaId huvudman { id typ namn } kommentar } } } }`;

  // Göteborg (1480) reports to the region, which receives it.
  const kommun = asUser(user('1480'));
  const region = asUser(user('VGR'));
  const utomstaende = asUser(user('1490'));
  let reports = 0;

  async function report(beskrivning = 'Läkemedelslistan följde inte med vid utskrivning till korttidsboendet.'): Promise<string> {
    reports += 1;
    const input = avvikelseRapportInput(`workflow-rapport-${String(reports).padStart(4, '0')}`, beskrivning);
    const { data, errors } = await run(rapportera, { input }, kommun);
    expect(errors).toBeUndefined();
    return data.rapporteraAvvikelse.avvikelse.id;
  }

  function step(avvikelseId: string, version: number, handling: string, extra: Record<string, unknown> = {}, caller: Caller = region) {
    return run(hantera, { input: { avvikelseId, version, handling, ...extra } }, caller);
  }

  async function countHandelser(avvikelseId?: string): Promise<number> {
    const query = avvikelseId === undefined
      ? sql<{ antal: number }>`SELECT count(*)::int AS antal FROM avvikelsehandelse`
      : sql<{ antal: number }>`SELECT count(*)::int AS antal FROM avvikelsehandelse WHERE avvikelse_id = ${avvikelseId}`;
    const { rows } = await query.execute(database.db);
    return rows[0]!.antal;
  }

  async function stored(avvikelseId: string) {
    return database.db.selectFrom('avvikelse').select(['status', 'version', 'systemfel_niva', 'mottagen_tid']).where('id', '=', avvikelseId).executeTakeFirstOrThrow();
  }

  function expectError(result: Result<unknown>, code: string, reason?: string) {
    expect(result.errors, JSON.stringify(result.errors)).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({ code, ...(reason ? { reason } : {}) });
  }

  it('a report is version 1 with its RAPPORTERA step; a retry stores no second step', async () => {
    const before = await countHandelser();
    const input = {
      klientnyckel: 'workflow-retry-0001',
      kategori: 'SIP',
      handelsedatum: '2026-10-30',
      rapporterandeHuvudman: '1480',
      rapporterandeEnhetHsaId: 'SE2120001480-E000000000001',
      mottagandeHuvudman: 'VGR',
      naromradeId: '1480-angered',
      beskrivning: 'Kallelse till SIP-möte kom inte fram till vårdcentralen.',
    };
    const first = await run(rapportera, { input }, kommun);
    const retry = await run(rapportera, { input }, kommun);
    expect(first.errors).toBeUndefined();
    expect(retry.errors).toBeUndefined();
    expect(first.data.rapporteraAvvikelse.avvikelse).toMatchObject({
      version: 1,
      status: 'RAPPORTERAD',
      handelser: [
        {
          handling: 'RAPPORTERA',
          franStatus: null,
          tillStatus: 'RAPPORTERAD',
          version: 1,
          tid: now().toISOString(),
          utfordAv: 'SE2120001480-P000000000042',
          organisationHsaId: 'SE2120001480-E000000000001',
          huvudman: { id: '1480' },
          kommentar: null,
        },
      ],
    });
    expect(await countHandelser()).toBe(before + 1);
  });

  it('goes the whole way, each step by its side, with versions, times and every step stored', async () => {
    const id = await report();
    const received = await step(id, 1, 'TA_EMOT');
    expect(received.errors).toBeUndefined();
    expect(received.data.hanteraAvvikelse.avvikelse).toMatchObject({
      status: 'MOTTAGEN',
      version: 2,
      mottagenTid: now().toISOString(),
      aterkopplingSenast: '2026-12-31',
      forsenadAterkoppling: false,
      aterkoppladTid: null,
    });
    expect((await step(id, 2, 'PABORJA_UTREDNING')).data.hanteraAvvikelse.avvikelse).toMatchObject({ status: 'UNDER_UTREDNING', version: 3 });
    expect((await step(id, 3, 'MARKERA_ATGARDAD', { kommentar: 'Rutinen för läkemedelslista vid utskrivning är uppdaterad.' })).data.hanteraAvvikelse.avvikelse).toMatchObject({
      status: 'ATGARDAD',
      version: 4,
    });
    const aterkopplad = await step(id, 4, 'ATERKOPPLA', { kommentar: '  Utrett: listan skickas nu alltid med epikrisen.  ' });
    expect(aterkopplad.errors).toBeUndefined();
    expect(aterkopplad.data.hanteraAvvikelse.avvikelse).toMatchObject({ status: 'ATERKOPPLAD', version: 5, aterkoppladTid: now().toISOString() });
    const closed = await step(id, 5, 'AVSLUTA', {}, kommun);
    expect(closed.errors).toBeUndefined();
    const avvikelse = closed.data.hanteraAvvikelse.avvikelse;
    expect(avvikelse).toMatchObject({ status: 'AVSLUTAD', version: 6, forsenadAterkoppling: false, systemfel: null, avvisadAnledning: null });
    expect(avvikelse.handelser.map((h: any) => [h.handling, h.franStatus, h.tillStatus, h.version, h.huvudman.id])).toEqual([
      ['RAPPORTERA', null, 'RAPPORTERAD', 1, '1480'],
      ['TA_EMOT', 'RAPPORTERAD', 'MOTTAGEN', 2, 'VGR'],
      ['PABORJA_UTREDNING', 'MOTTAGEN', 'UNDER_UTREDNING', 3, 'VGR'],
      ['MARKERA_ATGARDAD', 'UNDER_UTREDNING', 'ATGARDAD', 4, 'VGR'],
      ['ATERKOPPLA', 'ATGARDAD', 'ATERKOPPLAD', 5, 'VGR'],
      ['AVSLUTA', 'ATERKOPPLAD', 'AVSLUTAD', 6, '1480'],
    ]);
    expect(avvikelse.handelser[4]).toMatchObject({
      kommentar: 'Utrett: listan skickas nu alltid med epikrisen.',
      utfordAv: 'SE2321000131-P000000000042',
      organisationHsaId: 'SE2321000131-E000000000001',
      huvudman: { id: 'VGR', typ: 'REGION', namn: 'Västra Götalandsregionen' },
    });
    expect(avvikelse.handelser[5].huvudman).toMatchObject({ typ: 'KOMMUN', namn: 'Göteborg' });
    expect(await countHandelser(id)).toBe(6);
  });

  it('lets a system client with avvikelse:write act for its huvudman, recorded under its client id', async () => {
    const id = await report();
    const result = await step(id, 1, 'TA_EMOT', {}, asUser(systemClient('VGR', ['avvikelse:write'])));
    expect(result.errors).toBeUndefined();
    expect(result.data.hanteraAvvikelse.avvikelse.handelser[1]).toMatchObject({ utfordAv: 'klient-VGR', huvudman: { id: 'VGR' } });
  });

  it('refuses roles without avvikelse write access', async () => {
    const id = await report();
    expectError(await step(id, 1, 'TA_EMOT', {}, asUser(user('VGR', ['nosam']))), 'FORBIDDEN');
    expectError(await step(id, 1, 'TA_EMOT', {}, asUser(systemClient('VGR', ['avvikelse:read']))), 'FORBIDDEN');
    expect(await countHandelser(id)).toBe(1);
  });

  it('refuses each step taken by the wrong side, writing nothing', async () => {
    const id = await report();
    const before = await countHandelser();
    // The reporter cannot take the receiving side's steps, nor can a third huvudman take any.
    for (const handling of ['TA_EMOT', 'AVVISA']) expectError(await step(id, 1, handling, { kommentar: 'Fel mottagare.' }, kommun), 'FORBIDDEN');
    for (const handling of ['TA_EMOT', 'AVVISA', 'LYFT_SOM_SYSTEMFEL']) {
      expectError(await step(id, 1, handling, { kommentar: 'Fel.', systemfelNiva: 'NOSAM' }, utomstaende), 'FORBIDDEN');
    }
    await step(id, 1, 'TA_EMOT');
    expectError(await step(id, 2, 'PABORJA_UTREDNING', {}, kommun), 'FORBIDDEN');
    await step(id, 2, 'PABORJA_UTREDNING');
    expectError(await step(id, 3, 'MARKERA_ATGARDAD', {}, kommun), 'FORBIDDEN');
    await step(id, 3, 'MARKERA_ATGARDAD');
    expectError(await step(id, 4, 'ATERKOPPLA', { kommentar: 'Återkoppling.' }, kommun), 'FORBIDDEN');
    await step(id, 4, 'ATERKOPPLA', { kommentar: 'Återkoppling.' });
    // Only the reporter closes.
    expectError(await step(id, 5, 'AVSLUTA', {}, region), 'FORBIDDEN');
    expect(await countHandelser()).toBe(before + 4);
    expect(await stored(id)).toMatchObject({ status: 'ATERKOPPLAD', version: 5 });
  });

  it('refuses each step that is not allowed from the current status, writing nothing', async () => {
    const id = await report();
    const kommentar = 'En kommentar.';
    for (const handling of ['PABORJA_UTREDNING', 'MARKERA_ATGARDAD', 'ATERKOPPLA']) {
      expectError(await step(id, 1, handling, { kommentar }), 'BAD_USER_INPUT', 'TRANSITION_NOT_ALLOWED');
    }
    expectError(await step(id, 1, 'AVSLUTA', {}, kommun), 'BAD_USER_INPUT', 'TRANSITION_NOT_ALLOWED');
    await step(id, 1, 'TA_EMOT');
    for (const handling of ['TA_EMOT', 'MARKERA_ATGARDAD', 'ATERKOPPLA']) {
      expectError(await step(id, 2, handling, { kommentar }), 'BAD_USER_INPUT', 'TRANSITION_NOT_ALLOWED');
    }
    await step(id, 2, 'PABORJA_UTREDNING');
    // Too late to refuse once under investigation.
    expectError(await step(id, 3, 'AVVISA', { kommentar }), 'BAD_USER_INPUT', 'TRANSITION_NOT_ALLOWED');

    // A closed one cannot be lifted as a systemfel by either side.
    const avslutad = world.samverkan.avvikelser.find((avvikelse) => avvikelse.status === 'AVSLUTAD')!;
    const { version } = await stored(avslutad.id);
    for (const caller of [asUser(user(avslutad.rapporterandeHuvudman)), asUser(user(avslutad.mottagandeHuvudman))]) {
      expectError(await step(avslutad.id, version, 'LYFT_SOM_SYSTEMFEL', { systemfelNiva: 'NOSAM' }, caller), 'BAD_USER_INPUT', 'TRANSITION_NOT_ALLOWED');
    }
    expect(await countHandelser(id)).toBe(3);
    expect(await stored(avslutad.id)).toMatchObject({ status: 'AVSLUTAD', version, systemfel_niva: null });
  });

  it('refuses a stale version with CONFLICT/VERSION_STALE and the current version, writing nothing', async () => {
    const id = await report();
    await step(id, 1, 'TA_EMOT');
    const before = await countHandelser();
    const stale = await step(id, 1, 'PABORJA_UTREDNING');
    expectError(stale, 'CONFLICT', 'VERSION_STALE');
    expect(stale.errors![0]!.extensions).toMatchObject({ currentVersion: 2, field: 'input.version' });
    expect(await countHandelser()).toBe(before);
    expect(await stored(id)).toMatchObject({ status: 'MOTTAGEN', version: 2 });
  });

  it('of two concurrent steps from the same version, stores exactly one', async () => {
    const id = await report();
    const results = await Promise.all([step(id, 1, 'TA_EMOT'), step(id, 1, 'AVVISA', { kommentar: 'Gäller inte vår verksamhet.' })]);
    const succeeded = results.filter((result) => result.errors === undefined);
    const refused = results.filter((result) => result.errors !== undefined);
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_STALE', currentVersion: 2 });
    expect(await countHandelser(id)).toBe(2);
    expect((await stored(id)).version).toBe(2);
  });

  it('validates the input before reading anything', async () => {
    const id = await report();
    expectError(await step(id, 0, 'TA_EMOT'), 'BAD_USER_INPUT', 'VERSION_INVALID');
    expectError(await step('not an id!', 1, 'TA_EMOT'), 'BAD_USER_INPUT', 'ID_INVALID');
    expectError(await step(id, 1, 'AVVISA', { kommentar: 'x'.repeat(4001) }), 'BAD_USER_INPUT', 'TEXT_TOO_LONG');
    expectError(await step('avv-finns-inte', 1, 'TA_EMOT'), 'NOT_FOUND');
    expect(await countHandelser(id)).toBe(1);
  });

  it('refuses a personnummer in a report’s description or a step’s comment, without echoing it', async () => {
    const before = await countRows('avvikelse');
    const refused = await run(rapportera, { input: avvikelseRapportInput('workflow-pnr-0001', 'Patienten 19121212-1212 fick fel dos.') }, kommun);
    expectBadUserInput(refused, 'TEXT_CONTAINS_PERSONNUMMER', 'input.beskrivning');
    expect(JSON.stringify(refused.errors)).not.toContain('1212');
    expect(await countRows('avvikelse')).toBe(before);

    const id = await report();
    const step1 = await step(id, 1, 'AVVISA', { kommentar: 'Gäller 191212121212, inte oss.' });
    expectBadUserInput(step1, 'TEXT_CONTAINS_PERSONNUMMER', 'input.kommentar');
    expect(JSON.stringify(step1.errors)).not.toContain('1212');
    expect(await countHandelser(id)).toBe(1);
  });

  it('refuses with a reason: AVVISA needs one and stores it', async () => {
    const id = await report();
    expectError(await step(id, 1, 'AVVISA'), 'BAD_USER_INPUT', 'TEXT_EMPTY');
    expectError(await step(id, 1, 'AVVISA', { kommentar: '   ' }), 'BAD_USER_INPUT', 'TEXT_EMPTY');
    await step(id, 1, 'TA_EMOT');
    const refused = await step(id, 2, 'AVVISA', { kommentar: 'Händelsen inträffade inom kommunens egen verksamhet.' });
    expect(refused.errors).toBeUndefined();
    expect(refused.data.hanteraAvvikelse.avvikelse).toMatchObject({
      status: 'AVVISAD',
      version: 3,
      avvisadAnledning: 'Händelsen inträffade inom kommunens egen verksamhet.',
      forsenadAterkoppling: false,
    });
    // Nothing follows a refusal, not even a systemfel.
    expectError(await step(id, 3, 'LYFT_SOM_SYSTEMFEL', { systemfelNiva: 'NOSAM' }, kommun), 'BAD_USER_INPUT', 'TRANSITION_NOT_ALLOWED');
  });

  it('lifts as a systemfel by either side, keeping the status, and raises but never lowers the level', async () => {
    const id = await report();
    expectError(await step(id, 1, 'LYFT_SOM_SYSTEMFEL', {}, kommun), 'BAD_USER_INPUT', 'SYSTEMFEL_NIVA_MISSING');
    const nosam = await step(id, 1, 'LYFT_SOM_SYSTEMFEL', { systemfelNiva: 'NOSAM', kommentar: 'Tredje gången i år.' }, kommun);
    expect(nosam.data.hanteraAvvikelse.avvikelse).toMatchObject({ status: 'RAPPORTERAD', version: 2, systemfel: 'NOSAM' });
    expect(nosam.data.hanteraAvvikelse.avvikelse.handelser[1]).toMatchObject({
      handling: 'LYFT_SOM_SYSTEMFEL',
      franStatus: 'RAPPORTERAD',
      tillStatus: 'RAPPORTERAD',
      kommentar: 'Tredje gången i år.',
    });
    expectError(await step(id, 2, 'LYFT_SOM_SYSTEMFEL', { systemfelNiva: 'NOSAM' }), 'BAD_USER_INPUT', 'TRANSITION_NOT_ALLOWED');
    const delregional = await step(id, 2, 'LYFT_SOM_SYSTEMFEL', { systemfelNiva: 'DELREGIONAL' });
    expect(delregional.data.hanteraAvvikelse.avvikelse).toMatchObject({ status: 'RAPPORTERAD', version: 3, systemfel: 'DELREGIONAL' });
    expectError(await step(id, 3, 'LYFT_SOM_SYSTEMFEL', { systemfelNiva: 'NOSAM' }, kommun), 'BAD_USER_INPUT', 'TRANSITION_NOT_ALLOWED');
    // The workflow goes on from where it was.
    expect((await step(id, 3, 'TA_EMOT')).data.hanteraAvvikelse.avvikelse).toMatchObject({ status: 'MOTTAGEN', version: 4, systemfel: 'DELREGIONAL' });
  });
});

describe('the seeded workflow history and overdue återkopplingar', () => {
  const dayMs = 86_400_000;
  const omradeByKommunkod = new Map<string, string>();

  /** Independent of the implementation: the Swedish day of receipt + 60 has passed. */
  function isOverdue(avvikelse: AvvikelseSeed): boolean {
    if (!['MOTTAGEN', 'UNDER_UTREDNING', 'ATGARDAD'].includes(avvikelse.status) || avvikelse.aterkoppladTid !== null) return false;
    const receivedDay = new Date(avvikelse.mottagenTid!).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    const lastDay = new Date(Date.parse(`${receivedDay}T00:00:00.000Z`) + 60 * dayMs).toISOString().slice(0, 10);
    return today > lastDay;
  }

  function byDeadline(a: AvvikelseSeed, b: AvvikelseSeed): number {
    const byTime = Date.parse(a.mottagenTid!) - Date.parse(b.mottagenTid!);
    return byTime !== 0 ? byTime : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  }

  const list = `query ($filter: ForsenadeAterkopplingarFilter, $first: Int, $after: String) {
    forsenadeAterkopplingar(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id forsenadAterkoppling aterkopplingSenast status } } } }`;

  async function listAll(filter: Record<string, unknown> | null, first = 100): Promise<{ ids: string[]; totalCount: number; pages: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let totalCount = -1;
    let pages = 0;
    for (;;) {
      const { data, errors }: Result<any> = await run(list, { filter, first, after }, asUser(user('VGR', ['analytiker'])));
      expect(errors).toBeUndefined();
      pages += 1;
      totalCount = data.forsenadeAterkopplingar.totalCount;
      for (const edge of data.forsenadeAterkopplingar.edges) {
        expect(edge.node.forsenadAterkoppling).toBe(true);
        ids.push(edge.node.id);
      }
      if (!data.forsenadeAterkopplingar.pageInfo.hasNextPage) break;
      after = data.forsenadeAterkopplingar.pageInfo.endCursor;
    }
    return { ids, totalCount, pages };
  }

  beforeAll(async () => {
    const rows = await database.db.selectFrom('kommun_omrade').select(['kommunkod', 'vardsamverkansomrade_id']).execute();
    for (const row of rows) omradeByKommunkod.set(row.kommunkod, row.vardsamverkansomrade_id);
  });

  it('stores the seeded history: version = number of steps, in order, with the seeded times', async () => {
    const { rows } = await sql<{ id: string; version: number; steps: number }>`
      SELECT a.id, a.version, (SELECT count(*)::int FROM avvikelsehandelse h WHERE h.avvikelse_id = a.id) AS steps FROM avvikelse a
      WHERE a.id = any(${world.samverkan.avvikelser.map((avvikelse) => avvikelse.id)})
        AND a.version <> (SELECT count(*) FROM avvikelsehandelse h WHERE h.avvikelse_id = a.id)`.execute(database.db);
    // (Seeded rows only: a test above inserts a row of its own directly.)
    expect(rows).toEqual([]);
    const avslutad = world.samverkan.avvikelser.find((avvikelse) => avvikelse.status === 'AVSLUTAD')!;
    const { data, errors } = await run(`query ($id: ID!) { avvikelse(id: $id) { version mottagenTid aterkoppladTid handelser { handling version tid tillStatus huvudman { id } } } }`, {
      id: avslutad.id,
    });
    expect(errors).toBeUndefined();
    expect(data.avvikelse).toMatchObject({ version: 6, mottagenTid: avslutad.mottagenTid, aterkoppladTid: avslutad.aterkoppladTid });
    expect(data.avvikelse.handelser.map((h: any) => h.handling)).toEqual(['RAPPORTERA', 'TA_EMOT', 'PABORJA_UTREDNING', 'MARKERA_ATGARDAD', 'ATERKOPPLA', 'AVSLUTA']);
    expect(data.avvikelse.handelser[0]).toMatchObject({ tid: avslutad.rapporteradTid, huvudman: { id: avslutad.rapporterandeHuvudman } });
    expect(data.avvikelse.handelser[1]).toMatchObject({ tid: avslutad.mottagenTid, huvudman: { id: avslutad.mottagandeHuvudman } });
    expect(data.avvikelse.handelser[4]).toMatchObject({ tid: avslutad.aterkoppladTid });
  });

  it('loads the steps of many avvikelser with one statement', async () => {
    const { result, statements } = await statementsFor(`{ avvikelser(first: 12) { edges { node { handelser { version } } } } }`);
    expect(result.errors).toBeUndefined();
    // The page, its handelser.
    expect(statements).toBe(2);
  });

  it('flags overdue återkoppling on single avvikelser', async () => {
    const overdue = world.samverkan.avvikelser.find(isOverdue)!;
    const openInTime = world.samverkan.avvikelser.find((a) => a.status === 'UNDER_UTREDNING' && !isOverdue(a))!;
    const late = world.samverkan.avvikelser.find((a) => a.status === 'AVSLUTAD' && Date.parse(a.aterkoppladTid!) - Date.parse(a.mottagenTid!) > 61 * dayMs)!;
    const rapporterad = world.samverkan.avvikelser.find((a) => a.status === 'RAPPORTERAD')!;
    const query = `query ($a: ID!, $b: ID!, $c: ID!, $d: ID!) {
      a: avvikelse(id: $a) { forsenadAterkoppling aterkopplingSenast } b: avvikelse(id: $b) { forsenadAterkoppling aterkopplingSenast }
      c: avvikelse(id: $c) { forsenadAterkoppling } d: avvikelse(id: $d) { forsenadAterkoppling aterkopplingSenast mottagenTid } }`;
    const { data, errors } = await run(query, { a: overdue.id, b: openInTime.id, c: late.id, d: rapporterad.id });
    expect(errors).toBeUndefined();
    expect(data.a.forsenadAterkoppling).toBe(true);
    expect(data.a.aterkopplingSenast < today).toBe(true);
    expect(data.b.forsenadAterkoppling).toBe(false);
    expect(data.b.aterkopplingSenast >= today).toBe(true);
    // Answered late is not overdue any more: the flag is for återkoppling still owed.
    expect(data.c.forsenadAterkoppling).toBe(false);
    expect(data.d).toEqual({ forsenadAterkoppling: false, aterkopplingSenast: null, mottagenTid: null });
  });

  it('lists the whole county’s overdue ones, oldest deadline first, paged to the end', async () => {
    const expected = world.samverkan.avvikelser.filter(isOverdue).sort(byDeadline).map((avvikelse) => avvikelse.id);
    expect(expected.length).toBeGreaterThan(5);
    const { ids, totalCount, pages } = await listAll(null, 4);
    expect(ids).toEqual(expected);
    expect(totalCount).toBe(expected.length);
    expect(pages).toBe(Math.ceil(expected.length / 4));
  });

  it('lists them per receiving huvudman, närområde and vårdsamverkansområde', async () => {
    const overdue = world.samverkan.avvikelser.filter(isOverdue).sort(byDeadline);
    const pick = <T,>(values: T[]) => [...new Set(values)];
    for (const huvudman of pick(['VGR', ...overdue.map((a) => a.mottagandeHuvudman)]).slice(0, 3)) {
      const { ids, totalCount } = await listAll({ mottagandeHuvudman: huvudman });
      const expected = overdue.filter((a) => a.mottagandeHuvudman === huvudman).map((a) => a.id);
      expect(ids).toEqual(expected);
      expect(totalCount).toBe(expected.length);
    }
    for (const naromradeId of pick(overdue.map((a) => a.naromradeId)).slice(0, 3)) {
      const { ids, totalCount } = await listAll({ naromradeId });
      const expected = overdue.filter((a) => a.naromradeId === naromradeId).map((a) => a.id);
      expect(ids).toEqual(expected);
      expect(totalCount).toBe(expected.length);
    }
    let sum = 0;
    for (const omrade of pick([...omradeByKommunkod.values()])) {
      const { ids, totalCount } = await listAll({ vardsamverkansomradeId: omrade });
      const expected = overdue.filter((a) => omradeByKommunkod.get(a.kommunkod) === omrade).map((a) => a.id);
      expect(ids).toEqual(expected);
      expect(totalCount).toBe(expected.length);
      sum += totalCount;
    }
    // The six areas together are the county.
    expect(sum).toBe(overdue.length);
    expect((await listAll({ naromradeId: 'finns-inte' })).ids).toEqual([]);
  });

  it('can read the list from the partial index of open avvikelser waiting for återkoppling', async () => {
    const query = selectAvvikelse(database.db)
      .where(forsenadWhere({ mottagandeEnhetHsaId: null, mottagandeHuvudman: null, naromradeId: null, vardsamverkansomradeId: null }, today))
      .orderBy('avvikelse.mottagen_tid')
      .orderBy('avvikelse.id')
      .limit(21)
      .compile();
    const plan = await database.db.transaction().execute(async (transaction) => {
      // The small world fits a sequential scan; forbid it to see whether the index qualifies at all.
      await sql`SET LOCAL enable_seqscan = off`.execute(transaction);
      const { rows } = await transaction.executeQuery(CompiledQuery.raw(`EXPLAIN ${query.sql}`, [...query.parameters]));
      return rows.map((row) => Object.values(row as Record<string, string>)[0]).join('\n');
    });
    expect(plan).toContain('avvikelse_vantar_aterkoppling_idx');
  });

  it('refuses more than one area, a bad huvudman, a bad cursor, and readers without avvikelse access', async () => {
    expectBadUserInput(await run(list, { filter: { mottagandeHuvudman: 'VGR', naromradeId: '1480-angered' } }), 'FILTER_CONFLICT', 'filter');
    expectBadUserInput(await run(list, { filter: { naromradeId: '1480-angered', vardsamverkansomradeId: 'goteborgsomradet' } }), 'FILTER_CONFLICT', 'filter');
    expectBadUserInput(await run(list, { filter: { mottagandeHuvudman: 'Region Halland' } }), 'HUVUDMAN_INVALID', 'filter.mottagandeHuvudman');
    expectBadUserInput(await run(list, { after: 'garbage' }), 'CURSOR_INVALID', 'after');
    expectBadUserInput(await run(list, { first: 101 }), 'PAGE_SIZE_INVALID', 'first');
    const refused = await run(list, {}, asUser(systemClient('VGR', ['patient:read'])));
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
