// Närområdesplan versions, gaps and NOSAM meetings through the samverkan
// subgraph (in-memory PGlite, the small synthetic world). "Today" is the world's
// reference date unless a test passes another day, as samverkan's context allows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLFormattedError } from 'graphql';
import { sql } from 'kysely';
import type { Identity } from '../../../platform/auth/Identity.js';
import type { Database } from '../../common/database/openDatabase.js';
import { generateWorld } from '../../common/seed/generateWorld.js';
import { testReferenceDate } from '../../common/seed/referenceDate.js';
import type { World } from '../../common/seed/World.js';
import { startInProcessSubgraph, testRequestContext, type InProcessSubgraph } from '../../common/testing/inProcessSubgraph.js';
import { testUser as user } from '../../common/testing/testUser.js';
import { createSamverkanContext, type SamverkanContext } from '../context.js';
import type { SamverkanDatabase } from '../database.js';
import { createSamverkanSubgraph } from '../samverkanSubgraph.js';
import { boendeansvarInput } from '../testing/boendeansvarInput.js';
import { defaultSuppressionThreshold } from '../../common/suppression/suppressSmallCount.js';

let subgraph: InProcessSubgraph<SamverkanDatabase, SamverkanContext> | undefined;
let database: Database<SamverkanDatabase>;
let world: World;

interface Result {
  data?: any;
  errors?: readonly GraphQLFormattedError[];
}

const nosam1480 = user('1480', ['nosam']);

async function run(query: string, variables: Record<string, unknown> = {}, options: { identity?: Identity; today?: string } = {}): Promise<Result> {
  const base = testRequestContext({ identity: options.identity ?? nosam1480, atkomstgrund: null });
  const day = options.today ?? testReferenceDate;
  const context = createSamverkanContext(base, database, { suppressionThreshold: defaultSuppressionThreshold }, () => new Date(`${day}T10:00:00.000Z`));
  const response = await subgraph!.server.executeOperation({ query, variables }, { contextValue: context });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as Result;
}

function expectError(result: Result, code: string, reason?: string, field?: string) {
  expect(result.errors, JSON.stringify(result.errors)).toHaveLength(1);
  expect(result.errors![0]!.extensions).toMatchObject({ code, ...(reason ? { reason } : {}), ...(field ? { field } : {}) });
}

const faststall = `mutation ($input: FaststallNaromradesplanInput!) {
  faststallNaromradesplan(input: $input) { id version giltigFran giltigTill faststalldDatum faststalldAv faststalldAvEnhet boendeansvar { boende { id } } atgarder { id status } }
}`;

const planer = `query ($id: ID!) {
  naromrade(id: $id) {
    naromradesplan { id version giltigTill atgarder { id status } }
    naromradesplaner { id version giltigFran giltigTill faststalldAv faststalldAvEnhet boendeansvar { boende { id } } atgarder { id status } }
  }
}`;

const registrera = `mutation ($input: RegistreraNosamMoteInput!) {
  registreraNosamMote(input: $input) {
    id datum deltagare
    beslut { beskrivning skapadAtgard { id status agare { id } sistaDatum } stangdAtgard { id status } }
    systemfel { id systemfel version }
  }
}`;

interface Candidate {
  naromradeId: string;
  planId: string;
  version: number;
  giltigFran: string;
  openAtgardId: string;
}

/** Göteborg närområden with a plan in force holding an open åtgärd. */
async function candidates(): Promise<Candidate[]> {
  const { rows } = await sql<Candidate>`
    SELECT p.naromrade_id AS "naromradeId", p.id AS "planId", p.version, p.giltig_fran::text AS "giltigFran", min(a.id) AS "openAtgardId"
    FROM naromradesplan p JOIN atgard a ON a.plan_id = p.id AND a.status <> 'KLAR'
    JOIN naromrade n ON n.id = p.naromrade_id AND n.kommunkod = '1480'
    WHERE p.giltig_till IS NULL AND p.giltig_fran <= ${testReferenceDate}
    GROUP BY p.naromrade_id, p.id, p.version, p.giltig_fran
    ORDER BY p.naromrade_id`.execute(database.db);
  return rows;
}

/** The seeded gaps: the kommun's boenden of the närområde without a row in its current plan. */
function seededGaps(naromradeId: string): string[] {
  const plan = world.samverkan.naromradesplaner.find((candidate) => candidate.naromradeId === naromradeId && candidate.giltigTill === null)!;
  const covered = new Set(world.samverkan.boendeansvar.filter((row) => row.planId === plan.id).map((row) => row.boendeId));
  return world.kommun.boenden.filter((boende) => boende.naromradeId === naromradeId && !covered.has(boende.id)).map((boende) => boende.id);
}

let planA: Candidate;
let planB: Candidate;

beforeAll(async () => {
  world = generateWorld('small', testReferenceDate);
  subgraph = await startInProcessSubgraph(createSamverkanSubgraph({ suppressionThreshold: defaultSuppressionThreshold }), { world });
  database = subgraph.database;
  const found = await candidates();
  expect(found.length).toBeGreaterThanOrEqual(2);
  // planB is the one with a seeded gap (Göteborg always has one) and at least two rows, which the diff test changes.
  const rowCount = (candidate: Candidate) => world.samverkan.boendeansvar.filter((row) => row.planId === candidate.planId).length;
  planB = found.find((candidate) => seededGaps(candidate.naromradeId).length > 0 && rowCount(candidate) >= 2)!;
  expect(planB).toBeDefined();
  planA = found.find((candidate) => candidate !== planB)!;
}, 120_000);

afterAll(async () => {
  await subgraph?.stop();
}, 60_000);

describe('faststallNaromradesplan', () => {
  const giltigFran = '2026-12-01';

  it('adopts a version that supersedes the old one from a date; history stays and the plan in force switches by date', async () => {
    expect(planA.giltigFran < giltigFran).toBe(true);
    const rows = boendeansvarInput(world, planA.planId);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const dropped = rows[0]!.boendeId;
    const before = await run(planer, { id: planA.naromradeId });
    const openBefore = before.data.naromrade.naromradesplan.atgarder.filter((atgard: { status: string }) => atgard.status !== 'KLAR');
    expect(openBefore.length).toBeGreaterThan(0);

    const result = await run(faststall, {
      input: { naromradeId: planA.naromradeId, giltigFran, faststalldDatum: testReferenceDate, boendeansvar: rows.slice(1).map((row) => ({ ...row, kontaktpersonNamn: `  ${row.kontaktpersonNamn} ` })) },
    });
    expect(result.errors).toBeUndefined();
    const nyVersion = planA.version + 1;
    expect(result.data.faststallNaromradesplan).toMatchObject({
      id: `plan-${planA.naromradeId}-v${nyVersion}`,
      version: nyVersion,
      giltigFran,
      giltigTill: null,
      faststalldDatum: testReferenceDate,
      // Who adopted it comes from the request, never from the input.
      faststalldAv: nosam1480.employeeHsaId,
      faststalldAvEnhet: nosam1480.organisationHsaId,
    });
    expect(result.data.faststallNaromradesplan.boendeansvar).toHaveLength(rows.length - 1);
    // Open åtgärder are carried over as copies; the old version keeps its own.
    expect(result.data.faststallNaromradesplan.atgarder.map((atgard: { id: string }) => atgard.id).sort()).toEqual(
      openBefore.map((atgard: { id: string }) => `${atgard.id.replace(/-v\d+$/, '')}-v${nyVersion}`).sort(),
    );

    // Today: the old version is still in force, now ending the day before; both versions are listed, newest first.
    const today = await run(planer, { id: planA.naromradeId });
    expect(today.data.naromrade.naromradesplan).toMatchObject({ id: planA.planId, giltigTill: '2026-11-30' });
    expect(today.data.naromrade.naromradesplan.atgarder).toEqual(before.data.naromrade.naromradesplan.atgarder);
    expect(today.data.naromrade.naromradesplaner.slice(0, 2).map((plan: { version: number }) => plan.version)).toEqual([nyVersion, planA.version]);
    expect(today.data.naromrade.naromradesplaner).toHaveLength(planA.version + 1);
    // The seeded versions were adopted before the adopter was recorded.
    expect(today.data.naromrade.naromradesplaner[0]).toMatchObject({ faststalldAv: nosam1480.employeeHsaId, faststalldAvEnhet: nosam1480.organisationHsaId });
    expect(today.data.naromrade.naromradesplaner[1]).toMatchObject({ faststalldAv: null, faststalldAvEnhet: null });

    // From giltigFran the new version is in force.
    const later = await run(planer, { id: planA.naromradeId }, { today: giltigFran });
    expect(later.data.naromrade.naromradesplan).toMatchObject({ version: nyVersion, giltigTill: null });
    const lastDayOfOld = await run(planer, { id: planA.naromradeId }, { today: '2026-11-30' });
    expect(lastDayOfOld.data.naromrade.naromradesplan.version).toBe(planA.version);

    // The dropped boende becomes a gap once the new version is in force.
    const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Naromrade { id boendenUtanAnsvar { id } } } }`;
    const representation = { __typename: 'Naromrade', id: planA.naromradeId, boenden: rows.map((row) => ({ id: row.boendeId })) };
    const gapsToday = await run(entities, { r: [representation] });
    expect(gapsToday.data._entities[0].boendenUtanAnsvar).toEqual([]);
    const gapsLater = await run(entities, { r: [representation] }, { today: giltigFran });
    expect(gapsLater.data._entities[0].boendenUtanAnsvar).toEqual([{ id: dropped }]);
  });

  it('refuses a giltigFran not after the current version’s start (nothing written)', async () => {
    const result = await run(faststall, { input: { naromradeId: planA.naromradeId, giltigFran, faststalldDatum: testReferenceDate, boendeansvar: [] } }, { identity: user('VGR', ['vardpersonal']) });
    expectError(result, 'BAD_USER_INPUT', 'DATE_RANGE_INVALID', 'input.giltigFran');
    const count = await database.db.selectFrom('naromradesplan').select((eb) => eb.fn.countAll<number>().as('n')).where('naromrade_id', '=', planA.naromradeId).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(planA.version + 1);
  });

  it.each([
    ['DUPLICATE_BOENDE', 'input.boendeansvar[1].boendeId', (rows: any[]) => ({ boendeansvar: [rows[0], rows[0]] })],
    ['DATE_INVALID', 'input.giltigFran', () => ({ giltigFran: '2027-02-30' })],
    ['DATE_INVALID', 'input.faststalldDatum', () => ({ faststalldDatum: '2027-1-1' })],
    ['HSA_ID_INVALID', 'input.boendeansvar[0].vardcentralHsaId', (rows: any[]) => ({ boendeansvar: [{ ...rows[0], vardcentralHsaId: 'vc-1' }] })],
    ['HSA_ID_INVALID', 'input.boendeansvar[0].lakareHsaId', (rows: any[]) => ({ boendeansvar: [{ ...rows[0], lakareHsaId: 'SE123' }] })],
    ['NUMBER_OUT_OF_RANGE', 'input.boendeansvar[0].lakarmedverkanTimmarPerVecka', (rows: any[]) => ({ boendeansvar: [{ ...rows[0], lakarmedverkanTimmarPerVecka: 100.5 }] })],
    ['NUMBER_OUT_OF_RANGE', 'input.boendeansvar[0].lakarmedverkanTimmarPerVecka', (rows: any[]) => ({ boendeansvar: [{ ...rows[0], lakarmedverkanTimmarPerVecka: -1 }] })],
    ['TEXT_EMPTY', 'input.boendeansvar[0].kontaktpersonTelefon', (rows: any[]) => ({ boendeansvar: [{ ...rows[0], kontaktpersonTelefon: '   ' }] })],
    ['ID_INVALID', 'input.boendeansvar[0].boendeId', (rows: any[]) => ({ boendeansvar: [{ ...rows[0], boendeId: 'ej giltig' }] })],
    ['ID_INVALID', 'input.naromradeId', () => ({ naromradeId: '../x' })],
  ])('refuses with %s (%s)', async (reason, field, change) => {
    const rows = boendeansvarInput(world, planB.planId);
    const input = { naromradeId: planB.naromradeId, giltigFran: '2027-03-01', faststalldDatum: testReferenceDate, boendeansvar: rows, ...change(rows) };
    expectError(await run(faststall, { input }), 'BAD_USER_INPUT', reason, field);
  });

  it('answers NOT_FOUND for an unknown närområde, FORBIDDEN for another kommun or a role that may not', async () => {
    const input = { naromradeId: planB.naromradeId, giltigFran: '2027-03-01', faststalldDatum: testReferenceDate, boendeansvar: [] };
    expectError(await run(faststall, { input: { ...input, naromradeId: '1480-finns-inte' } }), 'NOT_FOUND');
    expectError(await run(faststall, { input }, { identity: user('1490', ['nosam']) }), 'FORBIDDEN');
    expectError(await run(faststall, { input }, { identity: user('1490', ['vardpersonal']) }), 'FORBIDDEN');
    expectError(await run(faststall, { input }, { identity: user('1480', ['analytiker']) }), 'FORBIDDEN');
    expectError(await run(faststall, { input }, { identity: user('1480', ['granskare']) }), 'FORBIDDEN');
  });

  it('exactly one row per boende and plan holds in the table itself', async () => {
    const row = await database.db.selectFrom('boendeansvar').selectAll().where('plan_id', '=', planB.planId).executeTakeFirstOrThrow();
    await expect(database.db.insertInto('boendeansvar').values({ ...row, id: `${row.id}-dubblett` }).execute()).rejects.toThrow();
  });

  it('is atomic: when carrying over åtgärder fails, the old version keeps its end date and no version is added', async () => {
    const fore = await database.db.selectFrom('naromradesplan').selectAll().where('naromrade_id', '=', planA.naromradeId).orderBy('version').execute();
    await sql`CREATE FUNCTION test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'test failure'; END $$`.execute(database.db);
    await sql`CREATE TRIGGER test_fail_atgard BEFORE INSERT ON atgard FOR EACH ROW EXECUTE FUNCTION test_fail()`.execute(database.db);
    try {
      const result = await run(faststall, { input: { naromradeId: planA.naromradeId, giltigFran: '2027-01-01', faststalldDatum: testReferenceDate, boendeansvar: boendeansvarInput(world, planA.planId) } });
      expectError(result, 'INTERNAL_SERVER_ERROR');
    } finally {
      await sql`DROP TRIGGER test_fail_atgard ON atgard`.execute(database.db);
      await sql`DROP FUNCTION test_fail()`.execute(database.db);
    }
    const efter = await database.db.selectFrom('naromradesplan').selectAll().where('naromrade_id', '=', planA.naromradeId).orderBy('version').execute();
    expect(efter).toEqual(fore);
  });
});

describe('Naromrade.boendenUtanAnsvar through _entities', () => {
  const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Naromrade { id boendenUtanAnsvar { id } } } }`;

  it('is the seeded gaps plus any boende the plan does not name, batched for several närområden, null without the kommun’s list', async () => {
    const boenden = (id: string) => world.kommun.boenden.filter((boende) => boende.naromradeId === id).map((boende) => ({ id: boende.id }));
    const gapsB = seededGaps(planB.naromradeId);
    expect(gapsB.length).toBeGreaterThan(0);
    const before = database.statementCount();
    const result = await run(entities, {
      r: [
        { __typename: 'Naromrade', id: planB.naromradeId, boenden: [...boenden(planB.naromradeId), { id: 'boende-ny-1480' }] },
        { __typename: 'Naromrade', id: planA.naromradeId, boenden: [] },
        { __typename: 'Naromrade', id: planB.naromradeId },
        { __typename: 'Naromrade', id: planB.naromradeId, boenden: null },
      ],
    });
    // One query for the närområden, one for the boendeansvar in force of all of them.
    expect(database.statementCount() - before).toBe(2);
    expect(result.errors).toBeUndefined();
    const [b, a, utan, nullList] = result.data._entities;
    expect(b.boendenUtanAnsvar.map((boende: { id: string }) => boende.id)).toEqual([...gapsB, 'boende-ny-1480']);
    expect(a.boendenUtanAnsvar).toEqual([]);
    expect(utan.boendenUtanAnsvar).toBeNull();
    expect(nullList.boendenUtanAnsvar).toBeNull();
  });
});

describe('registreraNosamMote', () => {
  interface Avv {
    id: string;
    version: number;
    status: string;
  }
  let oppna: Avv[];
  let stangda: Avv[];

  beforeAll(async () => {
    const avvikelser = await database.db
      .selectFrom('avvikelse')
      .select(['id', 'version', 'status', 'systemfel_niva'])
      .where('naromrade_id', '=', planB.naromradeId)
      .orderBy('id')
      .execute();
    oppna = avvikelser.filter((avvikelse) => avvikelse.systemfel_niva === null && !['AVSLUTAD', 'AVVISAD'].includes(avvikelse.status));
    stangda = avvikelser.filter((avvikelse) => ['AVSLUTAD', 'AVVISAD'].includes(avvikelse.status));
    expect(oppna.length).toBeGreaterThanOrEqual(3);
  });

  function input(overrides: Record<string, unknown> = {}) {
    return {
      naromradeId: planB.naromradeId,
      datum: testReferenceDate,
      deltagare: [' Områdeschef primärvård ', 'MAS'],
      beslut: [
        { beskrivning: 'Gemensam rutin för läkemedelsgenomgång', nyAtgard: { beskrivning: 'Ta fram rutin', agare: '1480', ansvarigEnhet: 'Äldreomsorgen', sistaDatum: '2027-01-31' } },
        { beskrivning: 'Åtgärden är genomförd', stangAtgardId: planB.openAtgardId },
      ],
      systemfelAvvikelseIds: [oppna[0]!.id, oppna[1]!.id],
      ...overrides,
    };
  }

  it('is atomic: a failure while lifting the avvikelser leaves nothing written', async () => {
    const count = async (table: 'nosam_mote' | 'motesbeslut' | 'atgard' | 'avvikelsehandelse') =>
      Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const fore = { mote: await count('nosam_mote'), beslut: await count('motesbeslut'), atgard: await count('atgard'), handelse: await count('avvikelsehandelse') };
    await sql`CREATE FUNCTION test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'test failure'; END $$`.execute(database.db);
    await sql`CREATE TRIGGER test_fail_handelse BEFORE INSERT ON avvikelsehandelse FOR EACH ROW EXECUTE FUNCTION test_fail()`.execute(database.db);
    try {
      expectError(await run(registrera, { input: input() }), 'INTERNAL_SERVER_ERROR');
    } finally {
      await sql`DROP TRIGGER test_fail_handelse ON avvikelsehandelse`.execute(database.db);
      await sql`DROP FUNCTION test_fail()`.execute(database.db);
    }
    expect({ mote: await count('nosam_mote'), beslut: await count('motesbeslut'), atgard: await count('atgard'), handelse: await count('avvikelsehandelse') }).toEqual(fore);
    const atgard = await database.db.selectFrom('atgard').select('status').where('id', '=', planB.openAtgardId).executeTakeFirstOrThrow();
    expect(atgard.status).not.toBe('KLAR');
    const avvikelse = await database.db.selectFrom('avvikelse').select(['version', 'systemfel_niva']).where('id', '=', oppna[0]!.id).executeTakeFirstOrThrow();
    expect(avvikelse).toEqual({ version: oppna[0]!.version, systemfel_niva: null });
  });

  it('records a meeting that creates and closes åtgärder and lifts avvikelser as systemfel to NOSAM', async () => {
    const result = await run(registrera, { input: input() });
    expect(result.errors).toBeUndefined();
    const mote = result.data.registreraNosamMote;
    expect(mote).toMatchObject({ datum: testReferenceDate, deltagare: ['Områdeschef primärvård', 'MAS'] });
    expect(mote.beslut).toHaveLength(2);
    expect(mote.beslut[0]).toMatchObject({
      beskrivning: 'Gemensam rutin för läkemedelsgenomgång',
      skapadAtgard: { status: 'PLANERAD', agare: { id: '1480' }, sistaDatum: '2027-01-31' },
      stangdAtgard: null,
    });
    expect(mote.beslut[1]).toMatchObject({ skapadAtgard: null, stangdAtgard: { id: planB.openAtgardId, status: 'KLAR' } });
    expect(mote.systemfel).toEqual(
      [oppna[0]!, oppna[1]!].map((avvikelse) => ({ id: avvikelse.id, systemfel: 'NOSAM', version: avvikelse.version + 1 })),
    );

    // The new åtgärd is in the plan in force.
    const plan = await run(planer, { id: planB.naromradeId });
    const atgarder = plan.data.naromrade.naromradesplan.atgarder;
    expect(atgarder).toContainEqual({ id: mote.beslut[0].skapadAtgard.id, status: 'PLANERAD' });
    expect(atgarder).toContainEqual({ id: planB.openAtgardId, status: 'KLAR' });

    // Each lift is a workflow step of its own, status unchanged.
    const steg = await database.db.selectFrom('avvikelsehandelse').selectAll().where('avvikelse_id', '=', oppna[0]!.id).orderBy('version', 'desc').executeTakeFirstOrThrow();
    expect(steg).toMatchObject({
      handling: 'LYFT_SOM_SYSTEMFEL',
      fran_status: oppna[0]!.status,
      till_status: oppna[0]!.status,
      version: oppna[0]!.version + 1,
      utford_av: nosam1480.employeeHsaId,
      organisation_hsa_id: nosam1480.organisationHsaId,
      huvudman: '1480',
      kommentar: `Lyft vid NOSAM-möte ${testReferenceDate}`,
    });

    // Meetings newest first; an already lifted avvikelse is linked without a new step.
    const earlier = await run(registrera, { input: input({ datum: '2026-10-01', beslut: [], systemfelAvvikelseIds: [oppna[0]!.id] }) }, { identity: user('VGR', ['vardpersonal']) });
    expect(earlier.errors).toBeUndefined();
    expect(earlier.data.registreraNosamMote.systemfel).toEqual([{ id: oppna[0]!.id, systemfel: 'NOSAM', version: oppna[0]!.version + 1 }]);
    const moten = await run(`query ($id: ID!) { naromrade(id: $id) { moten { id datum beslut { beskrivning } systemfel { id } } } }`, { id: planB.naromradeId });
    // The seeded history is there too: the two just recorded come in date order among them.
    const lista: { id: string; datum: string }[] = moten.data.naromrade.moten;
    const recorded = [mote.id, earlier.data.registreraNosamMote.id];
    expect(lista.filter((m) => recorded.includes(m.id)).map((m) => m.id)).toEqual(recorded);
    expect(lista.map((m) => m.datum)).toEqual([...lista.map((m) => m.datum)].sort().reverse());
    expect(moten.data.naromrade.moten[0].beslut.map((b: { beskrivning: string }) => b.beskrivning)).toEqual(['Gemensam rutin för läkemedelsgenomgång', 'Åtgärden är genomförd']);
  });

  it.each([
    ['DATE_IN_FUTURE', 'input.datum', () => ({ datum: '2026-11-02' })],
    ['DATE_INVALID', 'input.datum', () => ({ datum: '2026-13-01' })],
    ['TEXT_EMPTY', 'input.medverkande', () => ({ deltagare: [] })],
    ['TEXT_EMPTY', 'input.deltagare[1]', () => ({ deltagare: ['MAS', ' '] })],
    ['TEXT_CONTAINS_PERSONNUMMER', 'input.beslut[0].beskrivning', () => ({ beslut: [{ beskrivning: 'Gäller 19121212-1212' }] })],
    ['TEXT_CONTAINS_PERSONNUMMER', 'input.deltagare[0]', () => ({ deltagare: ['121212-1212'] })],
    ['HUVUDMAN_NOT_IN_NAROMRADE', 'input.beslut[0].nyAtgard.agare', () => ({ beslut: [{ beskrivning: 'X', nyAtgard: { beskrivning: 'Y', agare: '1490', ansvarigEnhet: 'Z', sistaDatum: '2027-01-01' } }] })],
    ['HUVUDMAN_INVALID', 'input.beslut[0].nyAtgard.agare', () => ({ beslut: [{ beskrivning: 'X', nyAtgard: { beskrivning: 'Y', agare: 'Region', ansvarigEnhet: 'Z', sistaDatum: '2027-01-01' } }] })],
    ['DATE_INVALID', 'input.beslut[0].nyAtgard.sistaDatum', () => ({ beslut: [{ beskrivning: 'X', nyAtgard: { beskrivning: 'Y', agare: 'VGR', ansvarigEnhet: 'Z', sistaDatum: 'snart' } }] })],
    ['ID_INVALID', 'input.systemfelAvvikelseIds[0]', () => ({ systemfelAvvikelseIds: ['inte ett id'] })],
  ])('refuses with %s (%s)', async (reason, field, change) => {
    expectError(await run(registrera, { input: input({ beslut: [], systemfelAvvikelseIds: [], ...change() }) }), 'BAD_USER_INPUT', reason, field);
  });

  it('answers NOT_FOUND for an åtgärd or avvikelse of another närområde, and refuses closed avvikelser', async () => {
    const annanAtgard = await database.db.selectFrom('atgard').select('id').where('plan_id', '=', planA.planId).executeTakeFirstOrThrow();
    expectError(await run(registrera, { input: input({ beslut: [{ beskrivning: 'Stäng', stangAtgardId: annanAtgard.id }], systemfelAvvikelseIds: [] }) }), 'NOT_FOUND', undefined, 'input.beslut[0].stangAtgardId');
    const annanAvvikelse = await database.db.selectFrom('avvikelse').select('id').where('naromrade_id', '<>', planB.naromradeId).executeTakeFirstOrThrow();
    expectError(await run(registrera, { input: input({ beslut: [], systemfelAvvikelseIds: [annanAvvikelse.id] }) }), 'NOT_FOUND', undefined, 'input.systemfelAvvikelseIds[0]');
    expect(stangda.length).toBeGreaterThan(0);
    expectError(await run(registrera, { input: input({ beslut: [], systemfelAvvikelseIds: [oppna[2]!.id, stangda[0]!.id] }) }), 'BAD_USER_INPUT', 'TRANSITION_NOT_ALLOWED', 'input.systemfelAvvikelseIds[1]');
    // Nothing of a refused meeting is stored.
    const lifted = await database.db.selectFrom('avvikelse').select('systemfel_niva').where('id', '=', oppna[2]!.id).executeTakeFirstOrThrow();
    expect(lifted.systemfel_niva).toBeNull();
  });

  it('is FORBIDDEN for another kommun and for analytiker', async () => {
    expectError(await run(registrera, { input: input() }, { identity: user('1490', ['nosam']) }), 'FORBIDDEN');
    expectError(await run(registrera, { input: input() }, { identity: user('1480', ['analytiker']) }), 'FORBIDDEN');
  });

  it('records the place, the start time and participants with role, organisation and huvudman', async () => {
    const result = await run(
      `mutation ($input: RegistreraNosamMoteInput!) { registreraNosamMote(input: $input) {
        id starttid plats deltagare medverkande { namn roll organisation huvudman { id namn } } } }`,
      {
        input: {
          naromradeId: planB.naromradeId,
          datum: testReferenceDate,
          starttid: '13:30',
          plats: ' Angereds närsjukhus, rum 3 ',
          medverkande: [
            { namn: 'Eva Ek', roll: 'Verksamhetschef', organisation: 'Vårdcentralen Angered', huvudman: 'VGR' },
            { namn: 'Omar Ali', roll: 'MAS', organisation: 'Äldreomsorgen', huvudman: '1480' },
          ],
        },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.registreraNosamMote).toMatchObject({
      starttid: '13:30',
      plats: 'Angereds närsjukhus, rum 3',
      deltagare: ['Eva Ek (Verksamhetschef, Vårdcentralen Angered)', 'Omar Ali (MAS, Äldreomsorgen)'],
      medverkande: [
        { namn: 'Eva Ek', roll: 'Verksamhetschef', organisation: 'Vårdcentralen Angered', huvudman: { id: 'VGR', namn: 'Västra Götalandsregionen' } },
        { namn: 'Omar Ali', roll: 'MAS', organisation: 'Äldreomsorgen', huvudman: { id: '1480', namn: 'Göteborg' } },
      ],
    });
    const moten = await run(`query ($id: ID!) { naromrade(id: $id) { moten { id plats medverkande { namn } } } }`, { id: planB.naromradeId });
    expect(moten.data.naromrade.moten.find((mote: { id: string }) => mote.id === result.data.registreraNosamMote.id)).toMatchObject({
      plats: 'Angereds närsjukhus, rum 3',
      medverkande: [{ namn: 'Eva Ek' }, { namn: 'Omar Ali' }],
    });
  });

  it('refuses a meeting without participants, a malformed time and a participant without huvudman, naming the field', async () => {
    const base = { naromradeId: planB.naromradeId, datum: testReferenceDate };
    const mutation = `mutation ($input: RegistreraNosamMoteInput!) { registreraNosamMote(input: $input) { id } }`;
    const utan = await run(mutation, { input: base });
    expect(utan.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TEXT_EMPTY', field: 'input.medverkande' });
    const tid = await run(mutation, { input: { ...base, deltagare: ['MAS'], starttid: '25:00' } });
    expect(tid.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TIME_INVALID', field: 'input.starttid' });
    const huvudman = await run(mutation, { input: { ...base, medverkande: [{ namn: 'Eva', roll: 'MAS', organisation: 'X', huvudman: 'Region' }] } });
    expect(huvudman.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.medverkande[0].huvudman' });
  });
});

describe('Naromrade.naromradesplanSkillnad', () => {
  const skillnad = `query ($id: ID!, $fran: Int!, $till: Int) {
    naromrade(id: $id) {
      naromradesplanSkillnad(franVersion: $fran, tillVersion: $till) {
        fran { version }
        till { version faststalldAv faststalldAvEnhet }
        tillagdaBoendeansvar { boende { id } vardcentral { hsaId } }
        borttagnaBoendeansvar { boende { id } }
        andradeBoendeansvar { boendeId boende { id } fore { id vardcentral { hsaId } } efter { id vardcentral { hsaId } } andringar { falt fore efter } }
        tillagdaAtgarder { id }
        borttagnaAtgarder { id status }
        andradeAtgarder { fore { id } efter { id } andringar { falt fore efter } }
      }
    }
  }`;
  const giltigFran = '2027-06-01';
  let nyVersion: number;
  let rows: ReturnType<typeof boendeansvarInput>;
  let tillagd: string;

  beforeAll(async () => {
    // planB's version in force, with its first row dropped, its second changed and a seeded gap filled.
    rows = boendeansvarInput(world, planB.planId);
    tillagd = seededGaps(planB.naromradeId)[0]!;
    const andrad = { ...rows[1]!, vardcentralHsaId: rows[0]!.vardcentralHsaId === rows[1]!.vardcentralHsaId ? 'SE2321000131-E000000009999' : rows[0]!.vardcentralHsaId, lakarmedverkanTimmarPerVecka: rows[1]!.lakarmedverkanTimmarPerVecka + 0.5 };
    const input = { naromradeId: planB.naromradeId, giltigFran, faststalldDatum: testReferenceDate, boendeansvar: [andrad, ...rows.slice(2), { ...rows[0]!, boendeId: tillagd }] };
    const result = await run(faststall, { input });
    expect(result.errors).toBeUndefined();
    nyVersion = result.data.faststallNaromradesplan.version;
  });

  it('gives the rows added, removed and changed (old → new) between two versions', async () => {
    const result = await run(skillnad, { id: planB.naromradeId, fran: planB.version, till: nyVersion });
    expect(result.errors).toBeUndefined();
    const svar = result.data.naromrade.naromradesplanSkillnad;
    expect(svar.fran).toEqual({ version: planB.version });
    expect(svar.till).toEqual({ version: nyVersion, faststalldAv: nosam1480.employeeHsaId, faststalldAvEnhet: nosam1480.organisationHsaId });
    expect(svar.tillagdaBoendeansvar).toEqual([{ boende: { id: tillagd }, vardcentral: { hsaId: rows[0]!.vardcentralHsaId } }]);
    expect(svar.borttagnaBoendeansvar).toEqual([{ boende: { id: rows[0]!.boendeId } }]);
    expect(svar.andradeBoendeansvar).toHaveLength(1);
    const [andrad] = svar.andradeBoendeansvar;
    expect(andrad).toMatchObject({ boendeId: rows[1]!.boendeId, boende: { id: rows[1]!.boendeId }, fore: { vardcentral: { hsaId: rows[1]!.vardcentralHsaId } } });
    expect(andrad.fore.id).not.toBe(andrad.efter.id);
    expect(andrad.andringar).toEqual([
      { falt: 'VARDCENTRAL', fore: rows[1]!.vardcentralHsaId, efter: andrad.efter.vardcentral.hsaId },
      { falt: 'LAKARMEDVERKAN_TIMMAR_PER_VECKA', fore: String(rows[1]!.lakarmedverkanTimmarPerVecka), efter: String(rows[1]!.lakarmedverkanTimmarPerVecka + 0.5) },
    ]);
    // Open åtgärder were carried over unchanged; those done (the NOSAM meeting above closed one) stay behind.
    const klara = await database.db.selectFrom('atgard').select(['id', 'status']).where('plan_id', '=', planB.planId).where('status', '=', 'KLAR').orderBy('id').execute();
    expect(klara.map((atgard) => atgard.id)).toContain(planB.openAtgardId);
    expect(svar.borttagnaAtgarder).toEqual(klara);
    expect(svar.tillagdaAtgarder).toEqual([]);
    expect(svar.andradeAtgarder).toEqual([]);

    // The other way round, the same rows swap sides.
    const bakat = (await run(skillnad, { id: planB.naromradeId, fran: nyVersion, till: planB.version })).data.naromrade.naromradesplanSkillnad;
    expect(bakat.tillagdaBoendeansvar.map((row: { boende: { id: string } }) => row.boende.id)).toEqual([rows[0]!.boendeId]);
    expect(bakat.borttagnaBoendeansvar).toEqual([{ boende: { id: tillagd } }]);
  });

  it('compares with the version in force when no tillVersion is given', async () => {
    const today = await run(skillnad, { id: planB.naromradeId, fran: planB.version });
    expect(today.data.naromrade.naromradesplanSkillnad).toMatchObject({ till: { version: planB.version }, tillagdaBoendeansvar: [], borttagnaBoendeansvar: [], andradeBoendeansvar: [] });
    const later = await run(skillnad, { id: planB.naromradeId, fran: planB.version }, { today: giltigFran });
    expect(later.data.naromrade.naromradesplanSkillnad.till.version).toBe(nyVersion);
    expect(later.data.naromrade.naromradesplanSkillnad.andradeBoendeansvar).toHaveLength(1);
  });

  it('refuses a version the plan does not have with BAD_USER_INPUT naming the argument', async () => {
    const fran = await run(skillnad, { id: planB.naromradeId, fran: nyVersion + 1 });
    expectError(fran, 'BAD_USER_INPUT', 'PLAN_VERSION_UNKNOWN', 'franVersion');
    expect(fran.data.naromrade).toEqual({ naromradesplanSkillnad: null });
    expectError(await run(skillnad, { id: planB.naromradeId, fran: 1, till: 0 }), 'BAD_USER_INPUT', 'PLAN_VERSION_UNKNOWN', 'tillVersion');
  });
});
