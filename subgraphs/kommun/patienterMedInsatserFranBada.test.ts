// Naromrade.patienterMedInsatserFranBada on an in-memory PGlite with the small
// world, called as the gateway calls it (`_entities` with the region's
// pseudonyms): who is listed, who is refused or left out, and what is logged.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { Atkomstgrund } from '../../platform/auth/atkomstgrund.js';
import type { Identity } from '../../platform/auth/Identity.js';
import type { Database } from '../common/database/openDatabase.js';
import { patientPseudonym } from '../../platform/identifiers/patientPseudonym.js';
import { packPseudonymer } from '../../platform/scalars/patientpseudonymerScalar.js';
import { generateWorld } from '../common/seed/generateWorld.js';
import { testReferenceDate } from '../common/seed/referenceDate.js';
import type { World } from '../common/seed/World.js';
import { defaultSuppressionThreshold, suppressSmallCount } from '../common/suppression/suppressSmallCount.js';
import { startInProcessSubgraph, testRequestContext, type InProcessSubgraph } from '../common/testing/inProcessSubgraph.js';
import { testIdentity } from '../../platform/testing/testIdentity.js';
import { createKommunContext, type KommunContext } from './context.js';
import type { KommunDatabase } from './database.js';
import { createKommunSubgraph } from './kommunSubgraph.js';

const pseudonymKey = 'test-pseudonym-key-of-at-least-32-characters';
const kommunSubgraph = createKommunSubgraph({ pseudonymKey, suppressionThreshold: defaultSuppressionThreshold });
const today = testReferenceDate;
const naromradeId = '1480-angered';

let subgraph: InProcessSubgraph<KommunDatabase, KommunContext> | undefined;
let database: Database<KommunDatabase>;
let server: ApolloServer<KommunContext>;
let world: World;

interface Result {
  data?: Record<string, any> | null;
  errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

interface Caller {
  identity: Identity;
  atkomstgrund: Atkomstgrund | null;
}

beforeAll(async () => {
  world = generateWorld('small', testReferenceDate);
  subgraph = await startInProcessSubgraph(kommunSubgraph, { world, databaseUrlVariable: 'KOMMUN_TEST_DATABASE_URL' });
  ({ database, server } = subgraph);
}, 60_000);

afterAll(async () => {
  await subgraph?.stop();
}, 60_000);

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

/**
 * What the region sends for the närområde: patients living there (with and
 * without an ongoing kommun insats), some of Borås's, an unknown pseudonym and
 * a duplicate; and which of them the kommun should list.
 */
function regionensLista() {
  const here = world.kommun.patienter.filter((patient) => patient.naromradeId === naromradeId).slice(0, 40);
  const elsewhere = world.kommun.patienter.filter((patient) => patient.kommunkod === '1490').slice(0, 5);
  const personnummer = [...here, ...elsewhere].map((patient) => patient.personnummer);
  const pseudonymer = personnummer.map((value) => patientPseudonym(value, pseudonymKey));
  const ongoing = personsWithOngoingInsats();
  const kommunOf = new Map(world.kommun.patienter.map((patient) => [patient.personnummer, patient.kommunkod]));
  const expected = [...new Set(personnummer.filter((value) => kommunOf.get(value) === '1480' && ongoing.has(value)))].sort();
  return { pseudonymer: [...pseudonymer, patientPseudonym('190001010000', pseudonymKey), pseudonymer[0]!], expected };
}

// ---------------------------------------------------------------- running operations

async function logRows() {
  return database.db.selectFrom('atkomstlogg').selectAll().orderBy('lopnummer').execute();
}

/** Runs one `_entities` call for the närområde and returns its result, SQL statement count and the access-log rows it wrote. */
async function listFor(caller: Caller, pseudonymer: readonly string[] | null, selection = 'patienterMedInsatserFranBada { id }') {
  const contextValue = createKommunContext(testRequestContext(caller), database, {
    pseudonymKey,
    suppressionThreshold: defaultSuppressionThreshold,
    today,
  });
  const before = (await logRows()).length;
  const statementsBefore = database.statementCount();
  const response = await server.executeOperation(
    {
      query: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Naromrade { ${selection} } } }`,
      variables: { representations: [{ __typename: 'Naromrade', id: naromradeId, regionensPatientpseudonymer: pseudonymer === null ? null : packPseudonymer(pseudonymer) }] },
    },
    { contextValue },
  );
  const statements = database.statementCount() - statementsBefore;
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const result = response.body.singleResult as Result;
  const logged = (await logRows()).slice(before);
  const entity = (result.data?.['_entities'] as Record<string, any>[] | undefined)?.[0];
  const ids = (entity?.['patienterMedInsatserFranBada'] as { id: string }[] | null | undefined)?.map((patient) => patient.id) ?? null;
  return { result, entity, ids, statements, logged };
}

async function setSparr(personnummer: string, on: boolean): Promise<void> {
  if (on) {
    await database.db
      .insertInto('sparr')
      .values({ personnummer, kommunkod: '1480', registrerad_av: 'SE2120001480-P000000000009' })
      .onConflict((conflict) => conflict.doNothing())
      .execute();
  } else {
    await database.db.deleteFrom('sparr').where('personnummer', '=', personnummer).where('kommunkod', '=', '1480').execute();
  }
}

function codes(result: Result): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.['code']);
}

function kommunUser(kommunkod: string, roles: Identity['roles']): Identity {
  const hsaId = `SE212000${kommunkod}-P000000000001`;
  return testIdentity({ subject: hsaId, employeeHsaId: hsaId, organisationHsaId: `SE212000${kommunkod}-E000000000001`, huvudman: kommunkod, roles });
}

const goteborgsVardpersonal = kommunUser('1480', ['vardpersonal']);
const borasVardpersonal = kommunUser('1490', ['vardpersonal']);
const regionensVardpersonal = testIdentity();
const samtycke: Atkomstgrund = { typ: 'SAMTYCKE' };
const nodatkomst: Atkomstgrund = { typ: 'NODATKOMST', anledning: 'Medvetslös patient på akutmottagningen' };

// ---------------------------------------------------------------------- the tests

describe('Naromrade.patienterMedInsatserFranBada', () => {
  it('pages by personnummer: `first` after `after`, logging only the page', async () => {
    const { pseudonymer, expected } = regionensLista();
    const caller = { identity: goteborgsVardpersonal, atkomstgrund: null };
    const first = await listFor(caller, pseudonymer, 'patienterMedInsatserFranBada(first: 3) { id }');
    expect(first.ids).toEqual(expected.slice(0, 3));
    expect(first.logged).toHaveLength(3);
    const second = await listFor(caller, pseudonymer, `patienterMedInsatserFranBada(first: 3, after: "${expected[2]}") { id }`);
    expect(second.ids).toEqual(expected.slice(3, 6));
    const rest = await listFor(caller, pseudonymer, `patienterMedInsatserFranBada(first: 1000, after: "${expected[2]}") { id }`);
    expect(rest.ids).toEqual(expected.slice(3));
  });

  it('refuses a page size outside 1–1000 and an `after` that is no personnummer, reading nothing', async () => {
    const { pseudonymer } = regionensLista();
    const caller = { identity: goteborgsVardpersonal, atkomstgrund: null };
    for (const selection of ['patienterMedInsatserFranBada(first: 0) { id }', 'patienterMedInsatserFranBada(first: 1001) { id }', 'patienterMedInsatserFranBada(after: "abc") { id }']) {
      const { result, logged } = await listFor(caller, pseudonymer, selection);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(logged).toHaveLength(0);
    }
  });

  it('lists the kommun’s shared patients in personnummer order, as many as the count, to its own vårdpersonal', async () => {
    const { pseudonymer, expected } = regionensLista();
    expect(expected.length).toBeGreaterThan(defaultSuppressionThreshold);
    const { result, entity, ids, statements, logged } = await listFor(
      { identity: goteborgsVardpersonal, atkomstgrund: null },
      pseudonymer,
      'antalPatienterMedInsatserFranBada { varde undertryckt } patienterMedInsatserFranBada { id }',
    );
    expect(result.errors).toBeUndefined();
    expect(ids).toEqual(expected);
    expect(entity!['antalPatienterMedInsatserFranBada']).toEqual(suppressSmallCount(expected.length, defaultSuppressionThreshold));
    // The count's pseudonyms, the list's patients, their registrations, the access log.
    expect(statements).toBeLessThanOrEqual(4);

    // One row per listed patient, on the reader's own kommun's ground.
    expect(logged.map((row) => row.patient).sort()).toEqual(expected);
    for (const row of logged) {
      expect(row).toMatchObject({
        data_huvudman: '1480',
        anvandare: goteborgsVardpersonal.employeeHsaId,
        informationskategorier: 'kommun',
        atgard: 'LASNING',
        resultat: 'TILLATEN',
        grund: 'EGEN_VARDRELATION',
        granskas_sarskilt: false,
      });
    }
  });

  it('refuses another kommun’s vårdpersonal without an access ground, logging each refused patient', async () => {
    const { pseudonymer, expected } = regionensLista();
    const { result, entity, logged } = await listFor({ identity: borasVardpersonal, atkomstgrund: null }, pseudonymer);
    expect(entity).toEqual({ patienterMedInsatserFranBada: null });
    expect(codes(result)).toEqual(['ATKOMSTGRUND_SAKNAS']);
    expect(result.errors![0]!.extensions).toMatchObject({ dataHuvudman: '1480' });
    for (const personnummer of expected) expect(result.errors![0]!.message).not.toContain(personnummer);
    expect(logged.map((row) => row.patient).sort()).toEqual(expected);
    expect(logged.every((row) => row.resultat === 'NEKAD' && row.grund === null && row.anvandarens_huvudman === '1490')).toBe(true);
  });

  it('lists the patients to the region’s vårdpersonal with samtycke, leaving out a patient whose spärr hides the kommun’s data', async () => {
    const { pseudonymer, expected } = regionensLista();
    const sparrad = expected[1]!;
    await setSparr(sparrad, true);
    try {
      const { result, ids, logged } = await listFor({ identity: regionensVardpersonal, atkomstgrund: samtycke }, pseudonymer);
      expect(result.errors).toBeUndefined();
      expect(ids).toEqual(expected.filter((personnummer) => personnummer !== sparrad));
      expect(logged).toHaveLength(expected.length);
      expect(logged.find((row) => row.patient === sparrad)).toMatchObject({ resultat: 'FILTRERAD', grund: 'SAMTYCKE' });
      expect(logged.filter((row) => row.patient !== sparrad).every((row) => row.resultat === 'TILLATEN' && row.grund === 'SAMTYCKE')).toBe(true);

      // Nödåtkomst opens the spärr, and every read is flagged for review.
      const emergency = await listFor({ identity: regionensVardpersonal, atkomstgrund: nodatkomst }, pseudonymer);
      expect(emergency.result.errors).toBeUndefined();
      expect(emergency.ids).toEqual(expected);
      expect(emergency.logged.every((row) => row.resultat === 'TILLATEN' && row.grund === 'NODATKOMST' && row.granskas_sarskilt)).toBe(true);
    } finally {
      await setSparr(sparrad, false);
    }
  });

  it('shows the kommun’s own vårdpersonal a patient with a spärr (it only hides data from other huvudmän)', async () => {
    const { pseudonymer, expected } = regionensLista();
    await setSparr(expected[0]!, true);
    try {
      const { result, ids } = await listFor({ identity: goteborgsVardpersonal, atkomstgrund: null }, pseudonymer);
      expect(result.errors).toBeUndefined();
      expect(ids).toEqual(expected);
    } finally {
      await setSparr(expected[0]!, false);
    }
  });

  it.each([
    ['nosam', kommunUser('1480', ['nosam'])],
    ['analytiker', testIdentity({ roles: ['analytiker'] })],
    ['granskare', kommunUser('1480', ['granskare'])],
    ['a system client without patient:read', testIdentity({ roles: ['system'], scopes: ['avvikelse:read'], employeeHsaId: null })],
  ])('refuses %s with FORBIDDEN, before any patient is looked up', async (_name, identity) => {
    const { pseudonymer, expected } = regionensLista();
    const { result, entity, statements, logged } = await listFor({ identity, atkomstgrund: nodatkomst }, pseudonymer);
    expect(entity).toEqual({ patienterMedInsatserFranBada: null });
    expect(codes(result)).toEqual(['FORBIDDEN']);
    for (const personnummer of expected) expect(result.errors![0]!.message).not.toContain(personnummer);
    expect(statements).toBe(0);
    expect(logged).toEqual([]);
  });

  it('answers null without the region’s pseudonyms, and an empty list when none are shared', async () => {
    const missing = await listFor({ identity: goteborgsVardpersonal, atkomstgrund: null }, null);
    expect(missing.result.errors).toBeUndefined();
    expect(missing.entity).toEqual({ patienterMedInsatserFranBada: null });

    const none = await listFor({ identity: goteborgsVardpersonal, atkomstgrund: null }, [patientPseudonym('190001010000', pseudonymKey)]);
    expect(none.result.errors).toBeUndefined();
    expect(none.ids).toEqual([]);
    expect(none.logged).toEqual([]);
  });
});
