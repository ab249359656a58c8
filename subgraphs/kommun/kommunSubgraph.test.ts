// The kommun subgraph end to end on an in-memory PGlite: migrations, reference
// sync, the small synthetic world, and operations as the gateway sends them.
// Expected values are recomputed from the world object, so the SQL is checked
// against an independent reading of the same data.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { sql } from 'kysely';
import type { Database } from '../common/database/openDatabase.js';
import { patientPseudonym } from '../../platform/identifiers/patientPseudonym.js';
import { packPseudonymer } from '../../platform/scalars/patientpseudonymerScalar.js';
import { generateWorld } from '../common/seed/generateWorld.js';
import { testReferenceDate } from '../common/seed/referenceDate.js';
import { syntheticPersonnummer } from '../common/seed/syntheticPersonnummer.js';
import type { World } from '../common/seed/World.js';
import type { Atkomstgrund } from '../../platform/auth/atkomstgrund.js';
import type { Identity } from '../../platform/auth/Identity.js';
import { defaultSuppressionThreshold, suppressSmallCount } from '../common/suppression/suppressSmallCount.js';
import { startInProcessSubgraph, testRequestContext, type InProcessSubgraph } from '../common/testing/inProcessSubgraph.js';
import { testIdentity } from '../../platform/testing/testIdentity.js';
import { createKommunContext, type KommunContext } from './context.js';
import type { KommunDatabase } from './database.js';
import { createKommunSubgraph } from './kommunSubgraph.js';
import { sortByNamn } from '../../platform/sorting/swedishOrder.js';
import { syncKommunReference } from './seed/syncKommunReference.js';

const pseudonymKey = 'test-pseudonym-key-of-at-least-32-characters';
const kommunSubgraph = createKommunSubgraph({ pseudonymKey, suppressionThreshold: defaultSuppressionThreshold });
const suppressionThreshold = defaultSuppressionThreshold;
const today = testReferenceDate;
const base = testRequestContext();

let subgraph: InProcessSubgraph<KommunDatabase, KommunContext> | undefined;
let database: Database<KommunDatabase>;
let server: ApolloServer<KommunContext>;
let world: World;

// ------------------------------------------------ an independent reading of the world

function isOngoing(start: string, end: string | null): boolean {
  return start <= today && (end === null || end >= today);
}

function personsWithOngoingInsats(): Set<string> {
  const { hemsjukvardInskrivningar, hemtjanstBeslut, boendeVistelser } = world.kommun;
  return new Set([
    ...hemsjukvardInskrivningar.filter((row) => isOngoing(row.inskrivenFran, row.utskrivenDatum)).map((row) => row.personnummer),
    ...hemtjanstBeslut.filter((row) => isOngoing(row.beslutsdatum, row.giltigTill)).map((row) => row.personnummer),
    ...boendeVistelser.filter((row) => isOngoing(row.fran, row.till)).map((row) => row.personnummer),
  ]);
}

function expectedBelagdaPlatser(boendeId: string): number {
  return world.kommun.boendeVistelser.filter((row) => row.boendeId === boendeId && isOngoing(row.fran, row.till)).length;
}

function naromradenOf(kommunkod: string): string[] {
  return world.samverkan.naromraden.filter((naromrade) => naromrade.kommunkod === kommunkod).map((naromrade) => naromrade.id);
}

// ---------------------------------------------------------------- running operations

interface Result {
  data?: Record<string, any> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/** Who runs an operation: by default vårdpersonal of the region with nödåtkomst declared (all data readable). */
interface Caller {
  identity?: Identity;
  atkomstgrund?: Atkomstgrund | null;
  /** Defaults to the standard threshold (5). */
  suppressionThreshold?: number;
}

async function run(query: string, variables: Record<string, unknown> = {}, caller: Caller = {}): Promise<Result & { statements: number }> {
  // A fresh base context per operation, as the HTTP server builds one per request.
  const contextValue = createKommunContext(testRequestContext(caller), database, {
    pseudonymKey,
    suppressionThreshold: caller.suppressionThreshold ?? suppressionThreshold,
    today,
  });
  const before = database.statementCount();
  const response = await server.executeOperation({ query, variables }, { contextValue });
  const statements = database.statementCount() - before;
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { ...(response.body.singleResult as Result), statements };
}

async function runEntities(selection: string, representations: unknown[], caller: Caller = {}) {
  return run(`query ($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`, { representations }, caller);
}

beforeAll(async () => {
  // KOMMUN_TEST_DATABASE_URL runs the same test against an empty PostgreSQL database instead.
  world = generateWorld('small', testReferenceDate);
  subgraph = await startInProcessSubgraph(kommunSubgraph, { world, databaseUrlVariable: 'KOMMUN_TEST_DATABASE_URL' });
  ({ database, server } = subgraph);
}, 60_000);

afterAll(async () => {
  await subgraph?.stop();
}, 60_000);

// ---------------------------------------------------------------------- the tests

describe('reference data', () => {
  it('syncs the 49 kommuner idempotently and restores an edited name', async () => {
    await database.db.updateTable('kommun').set({ namn: 'Fel namn' }).where('kommunkod', '=', '1480').execute();
    await syncKommunReference(database.db);
    await syncKommunReference(database.db);
    const rows = await database.db.selectFrom('kommun').select(['kommunkod', 'namn']).execute();
    expect(rows).toHaveLength(49);
    expect(rows.find((row) => row.kommunkod === '1480')?.namn).toBe('Göteborg');
  });
});

describe('Query', () => {
  it('lists all 49 kommuner in kommunkod order', async () => {
    const result = await run('{ kommuner { kod namn kommunalforbund } }');
    expect(result.errors).toBeUndefined();
    const kommuner = result.data!['kommuner'] as { kod: string }[];
    expect(kommuner).toHaveLength(49);
    expect(kommuner[0]).toEqual({ kod: '1401', namn: 'Härryda', kommunalforbund: 'GR' });
    expect(kommuner.map((kommun) => kommun.kod)).toEqual(kommuner.map((kommun) => kommun.kod).sort());
  });

  it('gives each kommun its population with source and year', async () => {
    const result = await run('{ kommun(kod: "1480") { befolkning { totalt alder65Plus alder80Plus ar kalla ungefarlig } } }');
    expect(result.errors).toBeUndefined();
    const befolkning = result.data!['kommun'].befolkning;
    expect(befolkning).toMatchObject({ ar: 2024, ungefarlig: true, kalla: 'SCB, Folkmängd per kommun 31 december 2024 (ungefärliga värden)' });
    expect(befolkning.totalt).toBeGreaterThan(befolkning.alder65Plus);
    expect(befolkning.alder65Plus).toBeGreaterThan(befolkning.alder80Plus);
  });

  it('finds a kommun with its boenden of one type, in Swedish name order', async () => {
    const result = await run('{ kommun(kod: "1480") { kod namn boenden(typ: KORTTIDSBOENDE) { id typ } alla: boenden { id } } }');
    expect(result.errors).toBeUndefined();
    const kommun = result.data!['kommun'];
    expect(kommun.namn).toBe('Göteborg');
    const goteborgs = sortByNamn(world.kommun.boenden.filter((boende) => boende.kommunkod === '1480'));
    expect(kommun.alla.map((boende: { id: string }) => boende.id)).toEqual(goteborgs.map((boende) => boende.id));
    expect(kommun.boenden.map((boende: { id: string }) => boende.id)).toEqual(
      goteborgs.filter((boende) => boende.typ === 'KORTTIDSBOENDE').map((boende) => boende.id),
    );
    expect(kommun.boenden.length).toBeGreaterThan(0);
  });

  it('answers null for a well-formed kommunkod no kommun has', async () => {
    const result = await run('{ kommun(kod: "1403") { kod } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!['kommun']).toBeNull();
  });

  it.each(['abc', '1501', '14800', ''])('refuses kommunkod %j with KOMMUNKOD_INVALID', async (kod) => {
    const result = await run('query ($kod: ID!) { kommun(kod: $kod) { kod } }', { kod });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'KOMMUNKOD_INVALID', field: 'kod' });
    expect(result.statements).toBe(0);
  });

  it('lists a kommun’s boenden of one type through Query.boenden', async () => {
    const result = await run('{ boenden(kommunkod: "1490", typ: SARSKILT_BOENDE) { id typ kommun { kod } } }');
    expect(result.errors).toBeUndefined();
    const expected = sortByNamn(world.kommun.boenden.filter((boende) => boende.kommunkod === '1490' && boende.typ === 'SARSKILT_BOENDE'));
    expect(result.data!['boenden']).toEqual(expected.map((boende) => ({ id: boende.id, typ: 'SARSKILT_BOENDE', kommun: { kod: '1490' } })));
  });

  it('gives an empty list for an unknown kommun and an error for a malformed one', async () => {
    expect((await run('{ boenden(kommunkod: "1403") { id } }')).data!['boenden']).toEqual([]);
    const bad = await run('{ boenden(kommunkod: "Göteborg") { id } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'KOMMUNKOD_INVALID', field: 'kommunkod' });
  });

  it('serves a boende with its kommun, närområde and occupancy', async () => {
    const boende = world.kommun.boenden.find((candidate) => expectedBelagdaPlatser(candidate.id) > 0)!;
    const result = await run('query ($id: ID!) { boende(id: $id) { id namn typ antalPlatser antalBelagdaPlatser kommun { kod namn } naromrade { id } } }', { id: boende.id });
    expect(result.errors).toBeUndefined();
    expect(result.data!['boende']).toMatchObject({
      id: boende.id,
      namn: boende.namn,
      typ: boende.typ,
      antalPlatser: boende.antalPlatser,
      antalBelagdaPlatser: expectedBelagdaPlatser(boende.id),
      kommun: { kod: boende.kommunkod },
      naromrade: { id: boende.naromradeId },
    });
  });

  it('answers null for an unknown boende and ID_INVALID for a malformed id', async () => {
    expect((await run('{ boende(id: "boende-1480-9999") { id } }')).data!['boende']).toBeNull();
    const bad = await run('{ boende(id: "boende 1; drop table boende") { id } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ID_INVALID', field: 'id' });
    expect(bad.statements).toBe(0);
  });
});

describe('Boende entities', () => {
  it('resolves 12 representations with one SQL statement, unknown ids as null', async () => {
    const boenden = world.kommun.boenden.slice(0, 11);
    const representations = [
      ...boenden.map((boende) => ({ __typename: 'Boende', id: boende.id })),
      { __typename: 'Boende', id: 'boende-1480-9999' },
    ];
    const result = await runEntities('... on Boende { id namn typ antalPlatser }', representations);
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(1);
    const entities = result.data!['_entities'] as unknown[];
    expect(entities).toHaveLength(12);
    expect(entities.slice(0, 11)).toEqual(boenden.map(({ id, namn, typ, antalPlatser }) => ({ id, namn, typ, antalPlatser })));
    expect(entities[11]).toBeNull();
  });

  it('counts occupied places for many boenden in one more statement', async () => {
    const boenden = world.kommun.boenden.slice(0, 15);
    const result = await runEntities(
      '... on Boende { id antalBelagdaPlatser }',
      boenden.map((boende) => ({ __typename: 'Boende', id: boende.id })),
    );
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(2);
    expect(result.data!['_entities']).toEqual(boenden.map((boende) => ({ id: boende.id, antalBelagdaPlatser: expectedBelagdaPlatser(boende.id) })));
  });

  it('remembers the counts for the next reader: asked again, only the boenden are read', async () => {
    const boenden = world.kommun.boenden.slice(20, 30);
    const ask = () => runEntities('... on Boende { id antalBelagdaPlatser }', boenden.map((boende) => ({ __typename: 'Boende', id: boende.id })));
    const expected = boenden.map((boende) => ({ id: boende.id, antalBelagdaPlatser: expectedBelagdaPlatser(boende.id) }));
    const first = await ask();
    expect(first.data!['_entities']).toEqual(expected);
    const again = await ask();
    expect(again.errors).toBeUndefined();
    expect(again.statements).toBe(1);
    expect(again.data!['_entities']).toEqual(expected);
  });
});

describe('Kommun entities', () => {
  it('resolves many kommuner in one statement; unknown and malformed kods are null', async () => {
    const koder = ['1401', '1402', '1407', '1415', '1419', '1421', '1427', '1430', '1435', '1480'];
    const representations = [...koder, '1403', 'xyz'].map((kod) => ({ __typename: 'Kommun', kod }));
    const result = await runEntities('... on Kommun { kod namn }', representations);
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(1);
    const entities = result.data!['_entities'] as ({ kod: string } | null)[];
    expect(entities.slice(0, 10).map((entity) => entity?.kod)).toEqual(koder);
    expect(entities.slice(10)).toEqual([null, null]);
  });
});

describe('Patient entities', () => {
  const tolvan = '191212121212';

  it('serves the demo patient’s ongoing hemsjukvård and current boende, and no hemtjänst since the move there', async () => {
    const result = await runEntities(
      `... on Patient {
        id
        kommun { kod namn }
        hemsjukvard { id inskrivenFran utskrivenDatum ansvarigSjukskoterska { hsaId namn } insatser { typ besokPerVecka } }
        hemtjanst { id beslutsdatum giltigTill beviljadeTimmarPerManad utforare { namn regi } insatser }
        boende { fran till boende { id typ naromrade { id } } }
      }`,
      [{ __typename: 'Patient', id: tolvan }],
    );
    expect(result.errors).toBeUndefined();
    const patient = result.data!['_entities'][0];
    const inskrivning = world.kommun.hemsjukvardInskrivningar.find((row) => row.personnummer === tolvan && row.utskrivenDatum === null)!;
    const vistelse = world.kommun.boendeVistelser.find((row) => row.personnummer === tolvan && isOngoing(row.fran, row.till))!;
    expect(patient.kommun).toEqual({ kod: '1480', namn: 'Göteborg' });
    expect(patient.hemsjukvard).toMatchObject({
      id: inskrivning.id,
      inskrivenFran: inskrivning.inskrivenFran,
      utskrivenDatum: null,
      ansvarigSjukskoterska: inskrivning.ansvarigSjukskoterska,
    });
    expect(patient.hemsjukvard.insatser).toHaveLength(3);
    expect(patient.hemsjukvard.insatser).toContainEqual({ typ: 'LAKEMEDELSHANTERING', besokPerVecka: 14 });
    // Hemtjänst ended when the särskilt boende took over the care: there is a beslut, but none ongoing.
    expect(world.kommun.hemtjanstBeslut.some((row) => row.personnummer === tolvan)).toBe(true);
    expect(patient.hemtjanst).toBeNull();
    expect(patient.boende).toMatchObject({ fran: vistelse.fran, till: null, boende: { id: vistelse.boendeId, typ: 'SARSKILT_BOENDE', naromrade: { id: '1480-angered' } } });
  });

  it('answers null for an invalid personnummer without querying, and empty fields for an unknown patient', async () => {
    const known = new Set(world.kommun.patienter.map((patient) => patient.personnummer));
    const unknown = syntheticPersonnummer('1931-03-03', 999);
    expect(known.has(unknown)).toBe(false);
    const invalid = await runEntities('... on Patient { id hemsjukvard { id } }', [
      { __typename: 'Patient', id: '191212121213' },
      { __typename: 'Patient', id: '1912121212' },
    ]);
    expect(invalid.errors).toBeUndefined();
    expect(invalid.data!['_entities']).toEqual([null, null]);
    expect(invalid.statements).toBe(0);

    const result = await runEntities('... on Patient { id kommun { kod } hemsjukvard { id } hemtjanst { id } boende { fran } }', [
      { __typename: 'Patient', id: unknown },
    ]);
    expect(result.errors).toBeUndefined();
    expect(result.data!['_entities']).toEqual([{ id: unknown, kommun: null, hemsjukvard: null, hemtjanst: null, boende: null }]);
  });

  // One statement reads the patients' registrations with their spärr (the access
  // decision), one the hemsjukvård, one writes the access log.
  it('resolves the hemsjukvård of 20 patients in three SQL statements', async () => {
    const patienter = world.kommun.patienter.slice(0, 20);
    const result = await runEntities(
      '... on Patient { id hemsjukvard { id inskrivenFran } }',
      patienter.map((patient) => ({ __typename: 'Patient', id: patient.personnummer })),
    );
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(3);
    const expected = patienter.map((patient) => {
      const ongoing = world.kommun.hemsjukvardInskrivningar.filter(
        (row) => row.personnummer === patient.personnummer && isOngoing(row.inskrivenFran, row.utskrivenDatum),
      );
      return ongoing.length === 0 ? null : ongoing.sort((a, b) => b.inskrivenFran.localeCompare(a.inskrivenFran))[0]!.id;
    });
    expect((result.data!['_entities'] as { hemsjukvard: { id: string } | null }[]).map((patient) => patient.hemsjukvard?.id ?? null)).toEqual(expected);
  });

  it('keeps every patient field batched: a fixed number of statements however many patients', async () => {
    const selection = `... on Patient {
      kommun { namn }
      hemsjukvard { insatser { typ } }
      hemtjanst { id }
      boende { boende { namn } }
    }`;
    const few = await runEntities(selection, world.kommun.patienter.slice(0, 3).map((patient) => ({ __typename: 'Patient', id: patient.personnummer })));
    const many = await runEntities(selection, world.kommun.patienter.slice(0, 60).map((patient) => ({ __typename: 'Patient', id: patient.personnummer })));
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    // registration + spärr, kommun, hemsjukvård, insatser, hemtjänst, stay, boende, access log.
    expect(many.statements).toBeLessThanOrEqual(8);
    expect(many.statements).toBe(few.statements);
  });
});

describe('Naromrade entities', () => {
  it('serves boenden and the count of patients with an ongoing kommun insats, batched', async () => {
    const ongoing = personsWithOngoingInsats();
    const naromraden = [...naromradenOf('1480'), ...naromradenOf('1490'), ...naromradenOf('1401')];
    expect(naromraden.length).toBeGreaterThanOrEqual(10);
    const result = await runEntities(
      '... on Naromrade { id antalPatienterMedKommuninsats { varde undertryckt } boenden { id } }',
      [...naromraden, '1480-ingenstans', 'inte-ett-id'].map((id) => ({ __typename: 'Naromrade', id })),
    );
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(2);
    const entities = result.data!['_entities'] as ({ id: string; antalPatienterMedKommuninsats: { varde: number | null }; boenden: { id: string }[] } | null)[];
    naromraden.forEach((id, index) => {
      const expectedAntal = world.kommun.patienter.filter((patient) => patient.naromradeId === id && ongoing.has(patient.personnummer)).length;
      const expectedBoenden = sortByNamn(world.kommun.boenden.filter((boende) => boende.naromradeId === id)).map((boende) => boende.id);
      expect(entities[index]).toEqual({
        id,
        antalPatienterMedKommuninsats: suppressSmallCount(expectedAntal, suppressionThreshold),
        boenden: expectedBoenden.map((boendeId) => ({ id: boendeId })),
      });
    });
    expect(entities.at(-2)).toEqual({ id: '1480-ingenstans', antalPatienterMedKommuninsats: { varde: 0, undertryckt: false }, boenden: [] });
    expect(entities.at(-1)).toBeNull();
    expect(entities.find((entity) => entity?.id === '1480-angered')!.antalPatienterMedKommuninsats.varde).toBeGreaterThan(0);
  });

  it('counts patients shared with the region by pseudonym, for all närområden in one SQL statement', async () => {
    const ongoing = personsWithOngoingInsats();
    const kommunOf = new Map(world.kommun.patienter.map((patient) => [patient.personnummer, patient.kommunkod]));
    const naromraden = [...naromradenOf('1480'), ...naromradenOf('1401')];
    expect(naromraden.length).toBeGreaterThanOrEqual(10);

    // The region's list for each närområde: some of its own patients (ongoing or not),
    // patients of another kommun, one unknown pseudonym and a duplicate.
    const lists = naromraden.map((id, index) => {
      const here = world.kommun.patienter.filter((patient) => patient.naromradeId === id).slice(0, 30 + index);
      const elsewhere = world.kommun.patienter.filter((patient) => patient.kommunkod === '1490').slice(0, 5);
      const personnummer = [...here, ...elsewhere].map((patient) => patient.personnummer);
      const pseudonymer = personnummer.map((value) => patientPseudonym(value, pseudonymKey));
      return { id, personnummer, pseudonymer: [...pseudonymer, patientPseudonym('190001010000', pseudonymKey), pseudonymer[0]!] };
    });
    const representations = [
      ...lists.map(({ id, pseudonymer }) => ({ __typename: 'Naromrade', id, regionensPatientpseudonymer: packPseudonymer(pseudonymer) })),
      { __typename: 'Naromrade', id: '1480-angered', regionensPatientpseudonymer: null },
    ];
    const result = await runEntities('... on Naromrade { id antalPatienterMedInsatserFranBada { varde undertryckt } }', representations);
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(1);
    const entities = result.data!['_entities'] as { id: string; antalPatienterMedInsatserFranBada: { varde: number | null } | null }[];
    lists.forEach(({ id, personnummer }, index) => {
      const kommunkod = id.slice(0, 4);
      const expected = new Set(personnummer.filter((value) => kommunOf.get(value) === kommunkod && ongoing.has(value))).size;
      expect(entities[index]).toEqual({ id, antalPatienterMedInsatserFranBada: suppressSmallCount(expected, suppressionThreshold) });
    });
    expect(entities[0]!.antalPatienterMedInsatserFranBada!.varde).toBeGreaterThan(0);
    expect(entities.at(-1)).toEqual({ id: '1480-angered', antalPatienterMedInsatserFranBada: null });
  });
});

// ------------------------------------------------------------------ access rules

const goteborgsPatient = '191212121212'; // Göteborg (1480): hemsjukvård, hemtjänst and a boende stay
const borasPatient = '194408139089'; // Borås (1490)
const molndalsPatient = '195005050512'; // Mölndal (1481): hemtjänst only

function kommunUser(kommunkod: string, roles: Identity['roles'], serial = '1', scopes: string[] = []): Identity {
  const hsaId = `SE212000${kommunkod}-P00000000000${serial}`;
  return testIdentity({
    subject: hsaId,
    employeeHsaId: roles.includes('system') ? null : hsaId,
    organisationHsaId: `SE212000${kommunkod}-E000000000001`,
    huvudman: kommunkod,
    roles,
    scopes,
  });
}

const goteborgsVardpersonal = kommunUser('1480', ['vardpersonal']);
const borasVardpersonal = kommunUser('1490', ['vardpersonal']);
const regionensVardpersonal = testIdentity();
const goteborgsNosam = kommunUser('1480', ['nosam'], '2');
const regionensAnalytiker = testIdentity({ roles: ['analytiker'] });
const goteborgsGranskare = kommunUser('1480', ['granskare'], '3');
const borasGranskare = kommunUser('1490', ['granskare'], '3');
const regionensGranskare = testIdentity({ roles: ['granskare'] });
const samtycke: Atkomstgrund = { typ: 'SAMTYCKE' };
const nodatkomst: Atkomstgrund = { typ: 'NODATKOMST', anledning: 'Medvetslös patient på akutmottagningen' };

const patientSelection = '... on Patient { id kommun { kod } hemsjukvard { id } hemtjanst { id } boende { fran } harSparradKommuninformation }';
const patientFields = ['kommun', 'hemsjukvard', 'hemtjanst', 'boende'] as const;

async function logRows(patient?: string) {
  let query = database.db.selectFrom('atkomstlogg').selectAll();
  if (patient) query = query.where('patient', '=', patient);
  return query.orderBy('lopnummer').execute();
}

async function logCount(): Promise<number> {
  const row = await database.db.selectFrom('atkomstlogg').select((eb) => eb.fn.countAll<number>().as('antal')).executeTakeFirstOrThrow();
  return Number(row.antal);
}

/** Runs an operation and returns its result with the access-log rows it wrote. */
async function runLogged(operation: () => Promise<Result & { statements: number }>) {
  const before = await logCount();
  const result = await operation();
  const rows = (await logRows()).slice(before);
  return { ...result, logged: rows };
}

async function setSparr(personnummer: string, kommunkod: string, on: boolean): Promise<void> {
  if (on) {
    await database.db
      .insertInto('sparr')
      .values({ personnummer, kommunkod, registrerad_av: 'SE2120001480-P000000000009' })
      .onConflict((conflict) => conflict.doNothing())
      .execute();
  } else {
    await database.db.deleteFrom('sparr').where('personnummer', '=', personnummer).where('kommunkod', '=', kommunkod).execute();
  }
}

function codes(result: Result): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.['code']);
}

function expectNoPersonnummerIn(result: Result, ...personnummer: string[]): void {
  for (const error of result.errors ?? []) for (const value of personnummer) expect(error.message).not.toContain(value);
}

type Outcome =
  | { resultat: 'TILLATEN'; grund: 'EGEN_VARDRELATION' | 'SAMTYCKE' | 'NODATKOMST'; granskas: boolean }
  | { resultat: 'FILTRERAD'; grund: 'SAMTYCKE'; granskas: false }
  | { resultat: 'NEKAD'; grund: null; granskas: false; code: 'ATKOMSTGRUND_SAKNAS' | 'FORBIDDEN' };

const egen: Outcome = { resultat: 'TILLATEN', grund: 'EGEN_VARDRELATION', granskas: false };
const medSamtycke: Outcome = { resultat: 'TILLATEN', grund: 'SAMTYCKE', granskas: false };
const medNodatkomst: Outcome = { resultat: 'TILLATEN', grund: 'NODATKOMST', granskas: true };
const filtrerad: Outcome = { resultat: 'FILTRERAD', grund: 'SAMTYCKE', granskas: false };
const utanGrund: Outcome = { resultat: 'NEKAD', grund: null, granskas: false, code: 'ATKOMSTGRUND_SAKNAS' };
const obehorig: Outcome = { resultat: 'NEKAD', grund: null, granskas: false, code: 'FORBIDDEN' };

describe('patient access: own huvudman vs another × ground × spärr (via _entities)', () => {
  afterAll(async () => {
    await setSparr(goteborgsPatient, '1480', false);
  });

  const matrix: [string, Identity, Atkomstgrund | null, boolean, Outcome][] = [
    ['Göteborg vårdpersonal, no ground', goteborgsVardpersonal, null, false, egen],
    ['Göteborg vårdpersonal, samtycke', goteborgsVardpersonal, samtycke, false, egen],
    ['Göteborg vårdpersonal, nödåtkomst', goteborgsVardpersonal, nodatkomst, false, egen],
    ['Göteborg vårdpersonal, no ground, spärr', goteborgsVardpersonal, null, true, egen],
    ['Göteborg vårdpersonal, samtycke, spärr', goteborgsVardpersonal, samtycke, true, egen],
    ['Göteborg vårdpersonal, nödåtkomst, spärr', goteborgsVardpersonal, nodatkomst, true, egen],
    ['Borås vårdpersonal, no ground', borasVardpersonal, null, false, utanGrund],
    ['Borås vårdpersonal, samtycke', borasVardpersonal, samtycke, false, medSamtycke],
    ['Borås vårdpersonal, nödåtkomst', borasVardpersonal, nodatkomst, false, medNodatkomst],
    ['Borås vårdpersonal, no ground, spärr', borasVardpersonal, null, true, utanGrund],
    ['Borås vårdpersonal, samtycke, spärr', borasVardpersonal, samtycke, true, filtrerad],
    ['Borås vårdpersonal, nödåtkomst, spärr', borasVardpersonal, nodatkomst, true, medNodatkomst],
    ['region vårdpersonal, no ground', regionensVardpersonal, null, false, utanGrund],
    ['region vårdpersonal, samtycke', regionensVardpersonal, samtycke, false, medSamtycke],
    ['region vårdpersonal, samtycke, spärr', regionensVardpersonal, samtycke, true, filtrerad],
    ['region vårdpersonal, nödåtkomst, spärr', regionensVardpersonal, nodatkomst, true, medNodatkomst],
    ['Göteborg system client with patient:read', kommunUser('1480', ['system'], '4', ['patient:read']), null, true, egen],
    ['Borås system client with patient:read, samtycke, spärr', kommunUser('1490', ['system'], '4', ['patient:read']), samtycke, true, filtrerad],
    ['Göteborg system client without patient:read', kommunUser('1480', ['system'], '4', ['avvikelse:read']), nodatkomst, false, obehorig],
    ['Göteborg nosam, nödåtkomst', goteborgsNosam, nodatkomst, false, obehorig],
    ['region analytiker, samtycke', regionensAnalytiker, samtycke, false, obehorig],
    ['Göteborg granskare', goteborgsGranskare, null, false, obehorig],
  ];

  it.each(matrix)('%s', async (_name, identity, atkomstgrund, sparr, outcome) => {
    await setSparr(goteborgsPatient, '1480', sparr);
    const result = await runLogged(() => runEntities(patientSelection, [{ __typename: 'Patient', id: goteborgsPatient }], { identity, atkomstgrund }));
    const patient = result.data!['_entities'][0];
    expect(patient.id).toBe(goteborgsPatient);

    if (outcome.resultat === 'TILLATEN') {
      expect(result.errors).toBeUndefined();
      expect(patient.kommun).toEqual({ kod: '1480' });
      expect(patient.hemsjukvard).not.toBeNull();
      // No ongoing hemtjänst since the move to the särskilt boende: read, and null without an error.
      expect(patient.hemtjanst).toBeNull();
      expect(patient.boende).not.toBeNull();
      expect(patient.harSparradKommuninformation).toBe(false);
    } else if (outcome.resultat === 'FILTRERAD') {
      // A spärr hides the data without an error; only the flag says blocked information exists.
      expect(result.errors).toBeUndefined();
      for (const field of patientFields) expect(patient[field]).toBeNull();
      expect(patient.harSparradKommuninformation).toBe(true);
    } else {
      for (const field of patientFields) expect(patient[field]).toBeNull();
      expect(codes(result)).toEqual(patientFields.map(() => outcome.code));
      expect(result.errors!.map((error) => (error as { path?: unknown[] }).path?.at(-1)).sort()).toEqual([...patientFields].sort());
      if (outcome.code === 'ATKOMSTGRUND_SAKNAS') {
        expect(result.errors!.every((error) => error.extensions?.['dataHuvudman'] === '1480')).toBe(true);
        expect(patient.harSparradKommuninformation).toBe(false);
      } else {
        expect(patient.harSparradKommuninformation).toBeNull();
      }
      expectNoPersonnummerIn(result, goteborgsPatient);
    }

    // Exactly one row for the patient, however many fields were read.
    expect(result.logged).toHaveLength(1);
    expect(result.logged[0]).toMatchObject({
      patient: goteborgsPatient,
      data_huvudman: '1480',
      anvandare: identity.employeeHsaId ?? identity.subject,
      organisation_hsa_id: identity.organisationHsaId,
      anvandarens_huvudman: identity.huvudman,
      informationskategorier: 'boende,hemsjukvard,hemtjanst,kommun',
      atgard: 'LASNING',
      resultat: outcome.resultat,
      grund: outcome.grund,
      granskas_sarskilt: outcome.granskas,
      nodatkomst_anledning: outcome.grund === 'NODATKOMST' ? nodatkomst.anledning : null,
    });
  });

  it('ignores a spärr the patient has at another kommun than the one holding the data', async () => {
    await setSparr(goteborgsPatient, '1490', true);
    try {
      const result = await runLogged(() =>
        runEntities(patientSelection, [{ __typename: 'Patient', id: goteborgsPatient }], { identity: borasVardpersonal, atkomstgrund: samtycke }),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!['_entities'][0]).toMatchObject({ kommun: { kod: '1480' }, harSparradKommuninformation: false });
      expect(result.logged).toEqual([expect.objectContaining({ resultat: 'TILLATEN', grund: 'SAMTYCKE' })]);
    } finally {
      await setSparr(goteborgsPatient, '1490', false);
    }
  });

  it('answers nulls and logs nothing for a patient the kommun has no data about', async () => {
    const unknown = syntheticPersonnummer('1931-03-03', 998);
    for (const atkomstgrund of [null, samtycke]) {
      const result = await runLogged(() => runEntities(patientSelection, [{ __typename: 'Patient', id: unknown }], { identity: borasVardpersonal, atkomstgrund }));
      expect(result.errors).toBeUndefined();
      expect(result.data!['_entities']).toEqual([
        { id: unknown, kommun: null, hemsjukvard: null, hemtjanst: null, boende: null, harSparradKommuninformation: false },
      ]);
      expect(result.logged).toEqual([]);
    }
  });

  it('refuses roles without patient access alike for known and unknown patients, logging only the known', async () => {
    const unknown = syntheticPersonnummer('1931-03-03', 997);
    const result = await runLogged(() =>
      runEntities(patientSelection, [goteborgsPatient, unknown].map((id) => ({ __typename: 'Patient', id })), { identity: goteborgsNosam }),
    );
    const entities = result.data!['_entities'] as Record<string, unknown>[];
    for (const entity of entities) {
      for (const field of patientFields) expect(entity[field]).toBeNull();
      expect(entity['harSparradKommuninformation']).toBeNull();
    }
    expect(codes(result)).toEqual(Array(8).fill('FORBIDDEN'));
    expectNoPersonnummerIn(result, goteborgsPatient, unknown);
    expect(result.logged).toEqual([expect.objectContaining({ patient: goteborgsPatient, resultat: 'NEKAD', grund: null, granskas_sarskilt: false })]);
  });
});

describe('patient access for many patients in one request', () => {
  const spärrade = new Set<string>();
  const patienter = () => {
    // Borås's own patients, other kommuners' patients (some with spärr) and an unknown one.
    const own = world.kommun.patienter.filter((patient) => patient.kommunkod === '1490').slice(0, 8);
    const others = world.kommun.patienter.filter((patient) => patient.kommunkod !== '1490').slice(0, 24);
    return [...own, ...others];
  };

  beforeAll(async () => {
    for (const patient of patienter().filter((patient) => patient.kommunkod !== '1490').slice(0, 6)) {
      spärrade.add(patient.personnummer);
      await setSparr(patient.personnummer, patient.kommunkod, true);
    }
  });

  afterAll(async () => {
    for (const patient of world.kommun.patienter.filter((candidate) => spärrade.has(candidate.personnummer))) {
      await setSparr(patient.personnummer, patient.kommunkod, false);
    }
  });

  it('decides for each patient from its own kommun, logs one row per patient, and stays batched', async () => {
    const list = patienter();
    const unknown = syntheticPersonnummer('1931-03-03', 996);
    // The first patient twice: still one decision and one log row.
    const representations = [...list.map((patient) => patient.personnummer), list[0]!.personnummer, unknown].map((id) => ({ __typename: 'Patient', id }));
    const caller = { identity: borasVardpersonal, atkomstgrund: samtycke };
    const result = await runLogged(() => runEntities(patientSelection, representations, caller));
    expect(result.errors).toBeUndefined();

    const entities = result.data!['_entities'] as { id: string; kommun: { kod: string } | null; harSparradKommuninformation: boolean }[];
    list.forEach((patient, index) => {
      const sparrad = spärrade.has(patient.personnummer);
      expect(entities[index]!.kommun).toEqual(sparrad ? null : { kod: patient.kommunkod });
      expect(entities[index]!.harSparradKommuninformation).toBe(sparrad);
    });

    expect(result.logged).toHaveLength(list.length);
    const byPatient = new Map(result.logged.map((row) => [row.patient, row]));
    expect(byPatient.size).toBe(list.length);
    for (const patient of list) {
      const row = byPatient.get(patient.personnummer)!;
      expect(row.data_huvudman).toBe(patient.kommunkod);
      const expected = patient.kommunkod === '1490' ? egen : spärrade.has(patient.personnummer) ? filtrerad : medSamtycke;
      expect({ resultat: row.resultat, grund: row.grund }).toEqual({ resultat: expected.resultat, grund: expected.grund });
    }

    // Registration with spärr, kommun, hemsjukvård, hemtjänst, stay, access log: as many statements for 3 patients as for 33.
    const few = await runEntities(patientSelection, representations.slice(0, 3), caller);
    expect(few.statements).toBe(result.statements);
    expect(result.statements).toBeLessThanOrEqual(6);
  });
});

describe('reference data and counts for every role', () => {
  it.each([
    ['nosam', goteborgsNosam],
    ['analytiker', regionensAnalytiker],
    ['granskare', goteborgsGranskare],
  ])('serves kommuner, boenden and occupancy to %s', async (_role, identity) => {
    const boende = world.kommun.boenden.find((candidate) => expectedBelagdaPlatser(candidate.id) > 0)!;
    const result = await run('query ($id: ID!) { kommun(kod: "1480") { namn } boende(id: $id) { id antalBelagdaPlatser } }', { id: boende.id }, { identity });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ kommun: { namn: 'Göteborg' }, boende: { id: boende.id, antalBelagdaPlatser: expectedBelagdaPlatser(boende.id) } });
  });

  it('withholds small counts for every role, and shows zero', async () => {
    const ongoing = personsWithOngoingInsats();
    const representations = ['1480-angered', '1480-ingenstans'].map((id) => ({ __typename: 'Naromrade', id }));
    const angered = world.kommun.patienter.filter((patient) => patient.naromradeId === '1480-angered' && ongoing.has(patient.personnummer)).length;
    for (const identity of [goteborgsNosam, regionensAnalytiker, goteborgsVardpersonal]) {
      // A threshold above the real count makes it "small".
      const result = await runEntities('... on Naromrade { id antalPatienterMedKommuninsats { varde undertryckt } }', representations, {
        identity,
        suppressionThreshold: angered + 1,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!['_entities']).toEqual([
        { id: '1480-angered', antalPatienterMedKommuninsats: { varde: null, undertryckt: true } },
        { id: '1480-ingenstans', antalPatienterMedKommuninsats: { varde: 0, undertryckt: false } },
      ]);
      const shown = await runEntities('... on Naromrade { antalPatienterMedKommuninsats { varde undertryckt } }', representations.slice(0, 1), {
        identity,
        suppressionThreshold: angered,
      });
      expect(shown.data!['_entities']).toEqual([{ antalPatienterMedKommuninsats: { varde: angered, undertryckt: false } }]);
    }
  });

  it('withholds a small count of patients shared with the region', async () => {
    const ongoingHere = world.kommun.patienter.filter((patient) => patient.naromradeId === '1480-angered' && personsWithOngoingInsats().has(patient.personnummer));
    const pseudonymer = ongoingHere.slice(0, 2).map((patient) => patientPseudonym(patient.personnummer, pseudonymKey));
    const result = await runEntities(
      '... on Naromrade { antalPatienterMedInsatserFranBada { varde undertryckt } }',
      [{ __typename: 'Naromrade', id: '1480-angered', regionensPatientpseudonymer: packPseudonymer(pseudonymer) }],
      { identity: regionensAnalytiker },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!['_entities']).toEqual([{ antalPatienterMedInsatserFranBada: { varde: null, undertryckt: true } }]);
  });
});

describe('kommunens spärr mutations', () => {
  const register = 'mutation ($patientId: ID!) { registreraKommunensSparr(input: { patientId: $patientId }) { patientId huvudman sparrad } }';
  const lift = 'mutation ($patientId: ID!) { havKommunensSparr(input: { patientId: $patientId }) { patientId huvudman sparrad } }';

  async function sparrRows(personnummer: string) {
    return database.db.selectFrom('sparr').selectAll().where('personnummer', '=', personnummer).execute();
  }

  afterAll(async () => {
    await setSparr(molndalsPatient, '1481', false);
    await setSparr(goteborgsPatient, '1480', false);
  });

  it('registers and lifts a spärr at the user’s own kommun idempotently, logging each write with it', async () => {
    const caller = { identity: goteborgsVardpersonal, atkomstgrund: null };
    const first = await runLogged(() => run(register, { patientId: goteborgsPatient }, caller));
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({ registreraKommunensSparr: { patientId: goteborgsPatient, huvudman: '1480', sparrad: true } });
    expect(await sparrRows(goteborgsPatient)).toEqual([
      expect.objectContaining({ personnummer: goteborgsPatient, kommunkod: '1480', registrerad_av: goteborgsVardpersonal.employeeHsaId }),
    ]);
    expect(first.logged).toEqual([
      expect.objectContaining({
        patient: goteborgsPatient,
        data_huvudman: '1480',
        informationskategorier: 'sparr',
        atgard: 'SKRIVNING',
        resultat: 'TILLATEN',
        grund: 'EGEN_VARDRELATION',
        granskas_sarskilt: false,
      }),
    ]);

    const again = await runLogged(() => run(register, { patientId: goteborgsPatient }, caller));
    expect(again.data).toEqual(first.data);
    expect(await sparrRows(goteborgsPatient)).toHaveLength(1);
    expect(again.logged).toHaveLength(1);

    // The spärr now hides Göteborg's data from a Borås user with samtycke.
    const hidden = await runEntities(patientSelection, [{ __typename: 'Patient', id: goteborgsPatient }], { identity: borasVardpersonal, atkomstgrund: samtycke });
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data!['_entities'][0]).toMatchObject({ kommun: null, hemsjukvard: null, harSparradKommuninformation: true });

    const lifted = await runLogged(() => run(lift, { patientId: goteborgsPatient }, caller));
    expect(lifted.errors).toBeUndefined();
    expect(lifted.data).toEqual({ havKommunensSparr: { patientId: goteborgsPatient, huvudman: '1480', sparrad: false } });
    expect(await sparrRows(goteborgsPatient)).toEqual([]);
    expect(lifted.logged).toEqual([expect.objectContaining({ atgard: 'SKRIVNING', informationskategorier: 'sparr', resultat: 'TILLATEN' })]);
    const liftedAgain = await run(lift, { patientId: goteborgsPatient }, caller);
    expect(liftedAgain.data).toEqual(lifted.data);

    const shown = await runEntities(patientSelection, [{ __typename: 'Patient', id: goteborgsPatient }], { identity: borasVardpersonal, atkomstgrund: samtycke });
    expect(shown.data!['_entities'][0]).toMatchObject({ kommun: { kod: '1480' }, harSparradKommuninformation: false });
  });

  it('registers the spärr at the user’s kommun, whichever kommun holds the patient’s data', async () => {
    const result = await run(register, { patientId: molndalsPatient }, { identity: kommunUser('1481', ['vardpersonal']) });
    expect(result.data).toEqual({ registreraKommunensSparr: { patientId: molndalsPatient, huvudman: '1481', sparrad: true } });
    expect((await sparrRows(molndalsPatient)).map((row) => row.kommunkod)).toEqual(['1481']);
  });

  it.each([
    ['region vårdpersonal', regionensVardpersonal],
    ['kommun nosam', goteborgsNosam],
    ['kommun granskare', goteborgsGranskare],
    ['kommun system client', kommunUser('1480', ['system'], '4', ['patient:read', 'avvikelse:write'])],
    ['vårdpersonal of a kommunkod no kommun has', kommunUser('1403', ['vardpersonal'])],
  ])('refuses %s with FORBIDDEN and writes nothing', async (_name, identity) => {
    for (const operation of [register, lift]) {
      const result = await runLogged(() => run(operation, { patientId: borasPatient }, { identity }));
      expect(result.data).toBeNull();
      expect(codes(result)).toEqual(['FORBIDDEN']);
      expectNoPersonnummerIn(result, borasPatient);
      expect(result.logged).toEqual([]);
    }
    expect(await sparrRows(borasPatient)).toEqual([]);
  });

  it('validates the personnummer without echoing it', async () => {
    const result = await runLogged(() => run(register, { patientId: '191212121213' }, { identity: goteborgsVardpersonal }));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERSONNUMMER_INVALID', field: 'input.patientId' });
    expectNoPersonnummerIn(result, '191212121213');
    expect(result.logged).toEqual([]);
  });

  it('writes neither the spärr nor its log row when the log cannot be written', async () => {
    const contextValue = createKommunContext(testRequestContext({ identity: goteborgsVardpersonal, atkomstgrund: null }), database, {
      pseudonymKey,
      suppressionThreshold,
      today,
    });
    contextValue.atkomstlogg.flush = async () => {
      throw new Error('the log is unavailable');
    };
    const before = await logCount();
    const response = await server.executeOperation({ query: register, variables: { patientId: borasPatient } }, { contextValue });
    expect(response.body.kind === 'single' && response.body.singleResult.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(await sparrRows(borasPatient)).toEqual([]);
    expect(await logCount()).toBe(before);
  });
});

describe('kommunens åtkomstlogg', () => {
  const logQuery = `query ($filter: AtkomstloggFilter, $first: Int, $after: String) {
    kommunensAtkomstlogg(filter: $filter, first: $first, after: $after) {
      edges { cursor node { lopnummer patientId dataHuvudman resultat grund granskasSarskilt informationskategorier anvandare tid } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  const verifyQuery = '{ kommunensAtkomstloggVerifiering { kontrolleradeRader hel forstaFelLopnummer fel } }';

  beforeAll(async () => {
    // Reads of Göteborg's and Borås's data, one on nödåtkomst.
    await runEntities(patientSelection, [{ __typename: 'Patient', id: goteborgsPatient }], { identity: goteborgsVardpersonal });
    await runEntities(patientSelection, [{ __typename: 'Patient', id: goteborgsPatient }], { identity: borasVardpersonal, atkomstgrund: nodatkomst });
    await runEntities(patientSelection, [{ __typename: 'Patient', id: borasPatient }], { identity: borasVardpersonal });
  });

  it('shows a kommun granskare its own kommun’s rows only, nödåtkomst first', async () => {
    const result = await run(logQuery, { filter: { patientId: goteborgsPatient }, first: 100 }, { identity: goteborgsGranskare });
    expect(result.errors).toBeUndefined();
    const nodes = (result.data!['kommunensAtkomstlogg'].edges as { node: Record<string, any> }[]).map((edge) => edge.node);
    const expected = (await logRows(goteborgsPatient)).filter((row) => row.data_huvudman === '1480');
    expect(nodes.length).toBe(Math.min(100, expected.length));
    expect(nodes.every((node) => node['dataHuvudman'] === '1480' && node['patientId'] === goteborgsPatient)).toBe(true);
    expect(nodes[0]!['granskasSarskilt']).toBe(true);
    const firstOrdinary = nodes.findIndex((node) => !node['granskasSarskilt']);
    expect(nodes.slice(firstOrdinary).every((node) => !node['granskasSarskilt'])).toBe(true);

    const boras = await run(logQuery, { filter: { patientId: goteborgsPatient } }, { identity: borasGranskare });
    expect(boras.data!['kommunensAtkomstlogg'].edges).toEqual([]);
    const borasOwn = await run(logQuery, { filter: { patientId: borasPatient } }, { identity: borasGranskare });
    expect(borasOwn.data!['kommunensAtkomstlogg'].edges.length).toBeGreaterThan(0);
  });

  it('lets a system client with atkomstlogg:read read its huvudman’s rows', async () => {
    const result = await run(logQuery, { first: 5 }, { identity: kommunUser('1480', ['system'], '5', ['atkomstlogg:read']) });
    expect(result.errors).toBeUndefined();
    const edges = result.data!['kommunensAtkomstlogg'].edges as { node: { dataHuvudman: string } }[];
    expect(edges).toHaveLength(5);
    expect(edges.every((edge) => edge.node.dataHuvudman === '1480')).toBe(true);
  });

  it.each([
    ['vårdpersonal', goteborgsVardpersonal],
    ['nosam', goteborgsNosam],
    ['a region granskare', regionensGranskare],
    ['a system client without atkomstlogg:read', kommunUser('1480', ['system'], '5', ['loggutdrag:read'])],
  ])('refuses %s the log and its verification', async (_name, identity) => {
    for (const query of [logQuery, verifyQuery]) {
      const result = await run(query, {}, { identity });
      expect(result.data).toBeNull();
      expect(codes(result)).toEqual(['FORBIDDEN']);
    }
  });

  it('writes nothing to the log when a granskare reads it', async () => {
    const result = await runLogged(() => run(logQuery, { first: 10 }, { identity: goteborgsGranskare }));
    expect(result.errors).toBeUndefined();
    expect(result.logged).toEqual([]);
  });

  it('is append-only: UPDATE, DELETE and TRUNCATE fail', async () => {
    await expect(sql`UPDATE atkomstlogg SET anvandare = 'någon annan' WHERE lopnummer = 1`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM atkomstlogg WHERE lopnummer = 1`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE atkomstlogg`.execute(database.db)).rejects.toThrow(/append-only/);
  });

  it('verifies the whole chain, and names the first row changed behind the triggers', async () => {
    const count = await logCount();
    const clean = await run(verifyQuery, {}, { identity: goteborgsGranskare });
    expect(clean.errors).toBeUndefined();
    expect(clean.data!['kommunensAtkomstloggVerifiering']).toEqual({ kontrolleradeRader: count, hel: true, forstaFelLopnummer: null, fel: null });

    const target = Math.max(2, Math.floor(count / 2));
    const original = (await database.db.selectFrom('atkomstlogg').select('organisation_hsa_id').where('lopnummer', '=', target).executeTakeFirstOrThrow()).organisation_hsa_id;
    const tamper = async (value: string) => {
      await sql`ALTER TABLE atkomstlogg DISABLE TRIGGER USER`.execute(database.db);
      await sql`UPDATE atkomstlogg SET organisation_hsa_id = ${value} WHERE lopnummer = ${target}`.execute(database.db);
      await sql`ALTER TABLE atkomstlogg ENABLE TRIGGER USER`.execute(database.db);
    };
    await tamper('SE2120001490-E000000000666');
    try {
      const broken = await run(verifyQuery, {}, { identity: borasGranskare });
      expect(broken.data!['kommunensAtkomstloggVerifiering']).toEqual({ kontrolleradeRader: count, hel: false, forstaFelLopnummer: target, fel: 'RAD_ANDRAD' });
    } finally {
      await tamper(original);
    }
    const restored = await run(verifyQuery, {}, { identity: goteborgsGranskare });
    expect(restored.data!['kommunensAtkomstloggVerifiering']).toMatchObject({ hel: true });
  });
});

describe('Patient.kommunensLasningar (the patient’s log extract)', () => {
  const extract = '... on Patient { id kommunensLasningar { tid organisationHsaId huvudman informationskategorier } }';
  const representations = () => [goteborgsPatient, borasPatient].map((id) => ({ __typename: 'Patient', id }));

  async function allowedReads(patient: string, dataHuvudman?: string) {
    return (await logRows(patient)).filter(
      (row) => row.resultat === 'TILLATEN' && row.atgard === 'LASNING' && (dataHuvudman === undefined || row.data_huvudman === dataHuvudman),
    );
  }

  beforeAll(async () => {
    await runEntities(patientSelection, representations(), { identity: borasVardpersonal, atkomstgrund: samtycke });
  });

  it('shows a kommun granskare the reads of its own kommun’s data, for many patients in one statement', async () => {
    const result = await runLogged(() => runEntities(extract, representations(), { identity: goteborgsGranskare }));
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(1);
    expect(result.logged).toEqual([]);
    const [goteborg, boras] = result.data!['_entities'] as { kommunensLasningar: { huvudman: string; organisationHsaId: string }[] }[];
    const expected = await allowedReads(goteborgsPatient, '1480');
    expect(goteborg!.kommunensLasningar).toHaveLength(expected.length);
    expect(goteborg!.kommunensLasningar.map((lasning) => lasning.organisationHsaId)).toEqual(expected.reverse().map((row) => row.organisation_hsa_id));
    expect(boras!.kommunensLasningar).toEqual([]);
  });

  it('shows the extract service every kommun’s reads', async () => {
    const result = await runEntities(extract, representations(), { identity: testIdentity({ subject: 'loggutdragstjansten', employeeHsaId: null, roles: ['system'], scopes: ['loggutdrag:read'] }) });
    expect(result.errors).toBeUndefined();
    const [goteborg, boras] = result.data!['_entities'] as { kommunensLasningar: unknown[] }[];
    expect(goteborg!.kommunensLasningar).toHaveLength((await allowedReads(goteborgsPatient)).length);
    expect(boras!.kommunensLasningar).toHaveLength((await allowedReads(borasPatient)).length);
    expect(boras!.kommunensLasningar.length).toBeGreaterThan(0);
  });

  it.each([
    ['vårdpersonal', goteborgsVardpersonal],
    ['a region granskare', regionensGranskare],
    ['a system client with atkomstlogg:read', kommunUser('1480', ['system'], '5', ['atkomstlogg:read'])],
  ])('refuses %s with FORBIDDEN', async (_name, identity) => {
    const result = await runEntities(extract, representations(), { identity });
    expect(result.data!['_entities']).toEqual([
      { id: goteborgsPatient, kommunensLasningar: null },
      { id: borasPatient, kommunensLasningar: null },
    ]);
    expect(codes(result)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expectNoPersonnummerIn(result, goteborgsPatient, borasPatient);
  });
});

describe('Loggutdrag.kommunensLasningar (the log extract without the patient)', () => {
  const lasningar = 'kommunensLasningar { tid organisationHsaId huvudman informationskategorier }';
  const extract = `... on Loggutdrag { patientId ${lasningar} }`;
  const representations = () => [goteborgsPatient, borasPatient].map((patientId) => ({ __typename: 'Loggutdrag', patientId }));
  type Extract = { patientId: string; kommunensLasningar: { organisationHsaId: string }[] };

  async function allowedReads(patient: string, dataHuvudman: string) {
    return (await logRows(patient)).filter((row) => row.resultat === 'TILLATEN' && row.atgard === 'LASNING' && row.data_huvudman === dataHuvudman);
  }

  beforeAll(async () => {
    // Borås reads its own patient and, with samtycke, Göteborg's: rows of both kommuner's data.
    await runEntities(patientSelection, [goteborgsPatient, borasPatient].map((id) => ({ __typename: 'Patient', id })), { identity: borasVardpersonal, atkomstgrund: samtycke });
  });

  it('gives a kommun granskare what Patient.kommunensLasningar gives, in one statement, unlogged', async () => {
    const viaPatient = await runEntities(`... on Patient { ${lasningar} }`, [goteborgsPatient, borasPatient].map((id) => ({ __typename: 'Patient', id })), { identity: goteborgsGranskare });
    const result = await runLogged(() => runEntities(extract, representations(), { identity: goteborgsGranskare }));
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(1);
    expect(result.logged).toEqual([]);
    const [goteborg, boras] = result.data!['_entities'] as Extract[];
    expect(goteborg!.patientId).toBe(goteborgsPatient);
    expect(goteborg!.kommunensLasningar).toHaveLength((await allowedReads(goteborgsPatient, '1480')).length);
    expect(goteborg!.kommunensLasningar.length).toBeGreaterThan(0);
    expect(boras!.kommunensLasningar).toEqual([]);
    expect(result.data!['_entities'].map((entity: Extract) => entity.kommunensLasningar)).toEqual(viaPatient.data!['_entities'].map((entity: Extract) => entity.kommunensLasningar));
  });

  it('shows another kommun’s granskare only its own kommun’s rows, none of Göteborg’s', async () => {
    const result = await runEntities(extract, representations(), { identity: borasGranskare });
    expect(result.errors).toBeUndefined();
    const [goteborg, boras] = result.data!['_entities'] as Extract[];
    expect(await allowedReads(goteborgsPatient, '1490')).toEqual([]);
    expect(goteborg!.kommunensLasningar).toEqual([]);
    const own = await allowedReads(borasPatient, '1490');
    expect(own.length).toBeGreaterThan(0);
    expect(boras!.kommunensLasningar.map((lasning) => lasning.organisationHsaId)).toEqual(own.reverse().map((row) => row.organisation_hsa_id));
  });

  it('shows the extract service every kommun’s reads', async () => {
    const result = await runEntities(extract, representations(), { identity: testIdentity({ subject: 'loggutdragstjansten', employeeHsaId: null, roles: ['system'], scopes: ['loggutdrag:read'] }) });
    expect(result.errors).toBeUndefined();
    const [goteborg, boras] = result.data!['_entities'] as Extract[];
    const all = async (patient: string) => (await logRows(patient)).filter((row) => row.resultat === 'TILLATEN' && row.atgard === 'LASNING');
    expect(goteborg!.kommunensLasningar).toHaveLength((await all(goteborgsPatient)).length);
    expect(boras!.kommunensLasningar).toHaveLength((await all(borasPatient)).length);
  });

  it.each([
    ['vårdpersonal', goteborgsVardpersonal],
    ['nosam', goteborgsNosam],
    ['analytiker', regionensAnalytiker],
    ['a region granskare', regionensGranskare],
    ['a system client with atkomstlogg:read and patient:read', kommunUser('1480', ['system'], '5', ['atkomstlogg:read', 'patient:read'])],
  ])('refuses %s with FORBIDDEN, before any SQL', async (_name, identity) => {
    const result = await runEntities(extract, representations(), { identity });
    expect(result.data!['_entities']).toEqual([
      { patientId: goteborgsPatient, kommunensLasningar: null },
      { patientId: borasPatient, kommunensLasningar: null },
    ]);
    expect(codes(result)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(result.statements).toBe(0);
    expectNoPersonnummerIn(result, goteborgsPatient, borasPatient);
  });

  it('answers an invalid personnummer with null, before any SQL', async () => {
    const result = await runEntities(extract, [{ __typename: 'Loggutdrag', patientId: '191212121213' }], { identity: goteborgsGranskare });
    expect(result.errors).toBeUndefined();
    expect(result.data!['_entities']).toEqual([null]);
    expect(result.statements).toBe(0);
  });
});

describe('the subgraph definition', () => {
  it('builds a working context from the base request context alone', async () => {
    const contextValue = kommunSubgraph.createContext(base, database);
    const response = await server.executeOperation({ query: '{ kommun(kod: "1480") { namn } }' }, { contextValue });
    expect(response.body.kind === 'single' && response.body.singleResult.data).toEqual({ kommun: { namn: 'Göteborg' } });
  });
});
