// Integration test of the samverkan subgraph: an in-memory PGlite with the
// migrations, reference data and the small synthetic world, queried through
// the federated schema as the gateway would.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { sql } from 'kysely';
import type { Database } from '../common/database/openDatabase.js';
import { generateWorld } from '../common/seed/generateWorld.js';
import { referenceDate } from '../common/seed/referenceDate.js';
import type { AvvikelseSeed, World } from '../common/seed/World.js';
import { startInProcessSubgraph, testRequestContext, type InProcessSubgraph } from '../common/testing/inProcessSubgraph.js';
import { createSamverkanContext, type SamverkanContext } from './context.js';
import type { SamverkanDatabase } from './database.js';
import { planInForce } from './naromrade/planInForce.js';
import { samverkanSubgraph } from './samverkanSubgraph.js';
import { syncSamverkanReference } from './seed/syncSamverkanReference.js';

// The world is "as of" its reference date; the requests run on that day so that
// the plans in force and "not in the future" are the world's, whenever the test runs.
const today = referenceDate;
const now = () => new Date(`${referenceDate}T10:00:00.000Z`);

const base = testRequestContext();

let subgraph: InProcessSubgraph<SamverkanDatabase, SamverkanContext> | undefined;
let database: Database<SamverkanDatabase>;
let server: ApolloServer<SamverkanContext>;
let world: World;

interface Result<Data> {
  data?: Data | null;
  errors?: readonly GraphQLFormattedError[];
}

async function run<Data = any>(query: string, variables: Record<string, unknown> = {}): Promise<Result<Data>> {
  const response = await server.executeOperation<Data>(
    { query, variables },
    { contextValue: createSamverkanContext(base, database, now) },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as Result<Data>;
}

/** Runs an operation and returns how many SQL statements it sent. */
async function statementsFor(query: string, variables: Record<string, unknown> = {}) {
  const before = database.statementCount();
  const result = await run(query, variables);
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
  world = generateWorld('small');
  subgraph = await startInProcessSubgraph(samverkanSubgraph, { world });
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
    expect(statements).toBe(2);
    expect(result.data._entities.every((entity: unknown) => entity !== null)).toBe(true);
  });

  it('resolves 10 patients’ SIPs with one statement, and an invalid personnummer as null without SQL', async () => {
    const personnummer = world.samverkan.sipar.slice(0, 10).map((sip) => sip.personnummer);
    const representations = [...personnummer, '191212121213', '1912121212'].map((id) => ({ __typename: 'Patient', id }));
    const { result, statements } = await statementsFor(entities, { representations });
    expect(result.errors).toBeUndefined();
    expect(statements).toBe(1);
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

  it('stores a new report, derived from its närområde', async () => {
    const before = await countRows('avvikelse');
    const { data, errors } = await run(mutation, { input });
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
    const first = await run(mutation, { input: { ...input, klientnyckel: 'test-rapport-0002' } });
    const before = await countRows('avvikelse');
    // The same content, differently padded, is the same report.
    const retry = await run(mutation, { input: { ...input, klientnyckel: 'test-rapport-0002', beskrivning: `${input.beskrivning.trim()}\n` } });
    expect(retry.errors).toBeUndefined();
    expect(retry.data.rapporteraAvvikelse.redanRapporterad).toBe(true);
    expect(retry.data.rapporteraAvvikelse.avvikelse).toEqual(first.data.rapporteraAvvikelse.avvikelse);
    expect(await countRows('avvikelse')).toBe(before);
  });

  it('stores two identical concurrent requests once', async () => {
    const before = await countRows('avvikelse');
    const concurrent = { ...input, klientnyckel: 'test-rapport-0003' };
    const [a, b] = await Promise.all([run(mutation, { input: concurrent }), run(mutation, { input: concurrent })]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect([a.data.rapporteraAvvikelse.redanRapporterad, b.data.rapporteraAvvikelse.redanRapporterad].sort()).toEqual([false, true]);
    expect(a.data.rapporteraAvvikelse.avvikelse.id).toBe(b.data.rapporteraAvvikelse.avvikelse.id);
    expect(await countRows('avvikelse')).toBe(before + 1);
  });

  it('refuses a reused key with other content as a CONFLICT, storing nothing', async () => {
    await run(mutation, { input: { ...input, klientnyckel: 'test-rapport-0004' } });
    const before = await countRows('avvikelse');
    const { data, errors } = await run(mutation, { input: { ...input, klientnyckel: 'test-rapport-0004', kategori: 'LAKEMEDEL' } });
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.klientnyckel' });
    expect(await countRows('avvikelse')).toBe(before);
  });

  it('refuses an unknown närområde as NOT_FOUND, storing nothing', async () => {
    const before = await countRows('avvikelse');
    const { errors } = await run(mutation, { input: { ...input, klientnyckel: 'test-rapport-0005', naromradeId: '1480-finns-inte' } });
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
    const result = await run(mutation, { input: { ...input, klientnyckel: `test-invalid-${reason}`.slice(0, 100), ...change } });
    expectBadUserInput(result, reason, field);
    expect(await countRows('avvikelse')).toBe(before);
  });
});
