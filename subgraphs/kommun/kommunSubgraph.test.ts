// The kommun subgraph end to end on an in-memory PGlite: migrations, reference
// sync, the small synthetic world, and operations as the gateway sends them.
// Expected values are recomputed from the world object, so the SQL is checked
// against an independent reading of the same data.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { Database } from '../common/database/openDatabase.js';
import { patientPseudonym } from '../common/identifiers/patientPseudonym.js';
import { generateWorld } from '../common/seed/generateWorld.js';
import { referenceDate } from '../common/seed/referenceDate.js';
import { syntheticPersonnummer } from '../common/seed/syntheticPersonnummer.js';
import type { World } from '../common/seed/World.js';
import { startInProcessSubgraph, testRequestContext, type InProcessSubgraph } from '../common/testing/inProcessSubgraph.js';
import { createKommunContext, type KommunContext } from './context.js';
import type { KommunDatabase } from './database.js';
import { kommunSubgraph } from './kommunSubgraph.js';
import { sortByNamn } from '../common/sorting/swedishOrder.js';
import { syncKommunReference } from './seed/syncKommunReference.js';

const pseudonymKey = 'test-pseudonym-key';
const today = referenceDate;
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

async function run(query: string, variables: Record<string, unknown> = {}): Promise<Result & { statements: number }> {
  const contextValue = createKommunContext(base, database, { pseudonymKey, today });
  const before = database.statementCount();
  const response = await server.executeOperation({ query, variables }, { contextValue });
  const statements = database.statementCount() - before;
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { ...(response.body.singleResult as Result), statements };
}

async function runEntities(selection: string, representations: unknown[]) {
  return run(`query ($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`, { representations });
}

beforeAll(async () => {
  // KOMMUN_TEST_DATABASE_URL runs the same test against an empty PostgreSQL database instead.
  world = generateWorld('small');
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

  it('serves the demo patient’s ongoing hemsjukvård, hemtjänst and current boende', async () => {
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
    const beslut = world.kommun.hemtjanstBeslut.find((row) => row.personnummer === tolvan && isOngoing(row.beslutsdatum, row.giltigTill))!;
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
    expect(patient.hemtjanst).toEqual({
      id: beslut.id,
      beslutsdatum: beslut.beslutsdatum,
      giltigTill: beslut.giltigTill,
      beviljadeTimmarPerManad: beslut.beviljadeTimmarPerManad,
      utforare: beslut.utforare,
      insatser: beslut.insatser,
    });
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

  it('resolves the hemsjukvård of 20 patients in one SQL statement', async () => {
    const patienter = world.kommun.patienter.slice(0, 20);
    const result = await runEntities(
      '... on Patient { id hemsjukvard { id inskrivenFran } }',
      patienter.map((patient) => ({ __typename: 'Patient', id: patient.personnummer })),
    );
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(1);
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
    expect(many.statements).toBeLessThanOrEqual(7);
    expect(many.statements).toBe(few.statements);
  });
});

describe('Naromrade entities', () => {
  it('serves boenden and the count of patients with an ongoing kommun insats, batched', async () => {
    const ongoing = personsWithOngoingInsats();
    const naromraden = [...naromradenOf('1480'), ...naromradenOf('1490'), ...naromradenOf('1401')];
    expect(naromraden.length).toBeGreaterThanOrEqual(10);
    const result = await runEntities(
      '... on Naromrade { id antalPatienterMedKommuninsats boenden { id } }',
      [...naromraden, '1480-ingenstans', 'inte-ett-id'].map((id) => ({ __typename: 'Naromrade', id })),
    );
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(2);
    const entities = result.data!['_entities'] as ({ id: string; antalPatienterMedKommuninsats: number; boenden: { id: string }[] } | null)[];
    naromraden.forEach((id, index) => {
      const expectedAntal = world.kommun.patienter.filter((patient) => patient.naromradeId === id && ongoing.has(patient.personnummer)).length;
      const expectedBoenden = sortByNamn(world.kommun.boenden.filter((boende) => boende.naromradeId === id)).map((boende) => boende.id);
      expect(entities[index]).toEqual({ id, antalPatienterMedKommuninsats: expectedAntal, boenden: expectedBoenden.map((boendeId) => ({ id: boendeId })) });
    });
    expect(entities.at(-2)).toEqual({ id: '1480-ingenstans', antalPatienterMedKommuninsats: 0, boenden: [] });
    expect(entities.at(-1)).toBeNull();
    expect(entities.find((entity) => entity?.id === '1480-angered')!.antalPatienterMedKommuninsats).toBeGreaterThan(0);
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
      return { id, personnummer, pseudonymer: [...pseudonymer, 'okand-pseudonym', pseudonymer[0]!] };
    });
    const representations = [
      ...lists.map(({ id, pseudonymer }) => ({ __typename: 'Naromrade', id, regionensPatientpseudonymer: pseudonymer })),
      { __typename: 'Naromrade', id: '1480-angered', regionensPatientpseudonymer: null },
    ];
    const result = await runEntities('... on Naromrade { id antalPatienterMedInsatserFranBada }', representations);
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(1);
    const entities = result.data!['_entities'] as { id: string; antalPatienterMedInsatserFranBada: number | null }[];
    lists.forEach(({ id, personnummer }, index) => {
      const kommunkod = id.slice(0, 4);
      const expected = new Set(personnummer.filter((value) => kommunOf.get(value) === kommunkod && ongoing.has(value))).size;
      expect(entities[index]).toEqual({ id, antalPatienterMedInsatserFranBada: expected });
    });
    expect(entities[0]!.antalPatienterMedInsatserFranBada).toBeGreaterThan(0);
    expect(entities.at(-1)).toEqual({ id: '1480-angered', antalPatienterMedInsatserFranBada: null });
  });
});

describe('the subgraph definition', () => {
  it('builds a working context from the base request context alone', async () => {
    const contextValue = kommunSubgraph.createContext(base, database);
    const response = await server.executeOperation({ query: '{ kommun(kod: "1480") { namn } }' }, { contextValue });
    expect(response.body.kind === 'single' && response.body.singleResult.data).toEqual({ kommun: { namn: 'Göteborg' } });
  });
});
