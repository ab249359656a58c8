// Issue 21, findings 5 and 6, through the samverkan subgraph as the gateway calls it: for every free-text field,
// a control character is refused before anything runs (the operation plugin) and each personnummer bypass by the
// field's own rule, naming the field, and the database holds nothing new afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLFormattedError } from 'graphql';
import { sql } from 'kysely';
import type { Identity } from '../../platform/auth/Identity.js';
import type { Database } from '../common/database/openDatabase.js';
import { generateWorld } from '../common/seed/generateWorld.js';
import { testReferenceDate } from '../common/seed/referenceDate.js';
import type { World } from '../common/seed/World.js';
import { startInProcessSubgraph, testRequestContext, type InProcessSubgraph } from '../common/testing/inProcessSubgraph.js';
import { testUser as user } from '../common/testing/testUser.js';
import { createSamverkanContext, type SamverkanContext } from './context.js';
import type { SamverkanDatabase } from './database.js';
import { createSamverkanSubgraph } from './samverkanSubgraph.js';
import { avvikelseRapportInput } from './testing/avvikelseRapportInput.js';
import { boendeansvarInput } from './testing/boendeansvarInput.js';
import { defaultSuppressionThreshold } from '../common/suppression/suppressSmallCount.js';

const now = () => new Date(`${testReferenceDate}T10:00:00.000Z`);

let subgraph: InProcessSubgraph<SamverkanDatabase, SamverkanContext> | undefined;
let database: Database<SamverkanDatabase>;
let world: World;

interface Result {
  status: number | undefined;
  data?: any;
  errors?: readonly GraphQLFormattedError[];
}

const kommunVardpersonal = user('1480', ['vardpersonal']);
const regionVardpersonal = user('VGR', ['vardpersonal']);
const nosam = user('1480', ['nosam']);

async function run(query: string, variables: Record<string, unknown>, identity: Identity): Promise<Result> {
  const base = testRequestContext({ identity, atkomstgrund: null });
  const response = await subgraph!.server.executeOperation({ query, variables }, { contextValue: createSamverkanContext(base, database, { suppressionThreshold: defaultSuppressionThreshold }, now) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { status: response.http.status, ...(response.body.singleResult as Omit<Result, 'status'>) };
}

/** Rows in every table of the subgraph's database, the access log included. */
async function rowCounts(): Promise<Record<string, number>> {
  const { rows: tables } = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(database.db);
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(name)}`.execute(database.db);
    counts[name] = rows[0]!.n;
  }
  return counts;
}

const rapportera = 'mutation ($input: RapporteraAvvikelseInput!) { rapporteraAvvikelse(input: $input) { avvikelse { id } } }';
const hanteraAvvikelse = 'mutation ($input: HanteraAvvikelseInput!) { hanteraAvvikelse(input: $input) { avvikelse { id } } }';
const skapaSip = 'mutation ($input: SkapaSipInput!) { skapaSip(input: $input) { sip { id version } } }';
const hanteraSip = 'mutation ($input: HanteraSipInput!) { hanteraSip(input: $input) { sip { id } } }';
const registreraNosamMote = 'mutation ($input: RegistreraNosamMoteInput!) { registreraNosamMote(input: $input) { id } }';
const faststallNaromradesplan = 'mutation ($input: FaststallNaromradesplanInput!) { faststallNaromradesplan(input: $input) { id } }';

let keys = 0;
function klientnyckel(): string {
  keys += 1;
  return `hygien-nyckel-${keys}`;
}

function rapport(beskrivning: string) {
  return avvikelseRapportInput(klientnyckel(), beskrivning);
}

function sip(overrides: Record<string, unknown>) {
  return {
    klientnyckel: klientnyckel(),
    patientId: '191212121212',
    naromradeId: '1480-angered',
    huvudansvar: '1480',
    behov: ['Stöd med läkemedel'],
    insatser: [{ beskrivning: 'Hemsjukvård två gånger i veckan', huvudman: '1480', verksamhet: 'Hemsjukvård' }],
    tredjeParter: ['Dottern handlar'],
    deltagare: [{ roll: 'Personen själv' }],
    samtycke: true,
    samtyckeDatum: testReferenceDate,
    nastaUppfoljning: '2026-12-01',
    ...overrides,
  };
}

/** The plan in force of a Göteborg närområde, whose rows a new version may repeat. */
function currentPlan() {
  const plan = world.samverkan.naromradesplaner.find((candidate) => candidate.naromradeId.startsWith('1480-') && candidate.giltigTill === null)!;
  return { naromradeId: plan.naromradeId, rows: boendeansvarInput(world, plan.id) };
}

let avvikelseId: string;
let sipId: string;

interface FreeTextField {
  /** How the operation plugin names the field: the path from the variable. */
  field: string;
  /** How the field's own validator names it, where that differs (the SIP's list items). */
  validatorField?: string;
  query: string;
  identity: Identity;
  variables(text: string): Record<string, unknown>;
}

const fields: Record<string, FreeTextField> = {
  'rapporteraAvvikelse beskrivning': {
    field: 'input.beskrivning',
    query: rapportera,
    identity: kommunVardpersonal,
    variables: (text) => ({ input: rapport(text) }),
  },
  'hanteraAvvikelse kommentar': {
    field: 'input.kommentar',
    query: hanteraAvvikelse,
    identity: regionVardpersonal,
    variables: (text) => ({ input: { avvikelseId, version: 1, handling: 'AVVISA', kommentar: text } }),
  },
  'skapaSip behov': {
    field: 'input.behov[0]',
    validatorField: 'input.behov.0',
    query: skapaSip,
    identity: kommunVardpersonal,
    variables: (text) => ({ input: sip({ behov: [text] }) }),
  },
  'skapaSip insatser beskrivning': {
    field: 'input.insatser[0].beskrivning',
    validatorField: 'input.insatser.0.beskrivning',
    query: skapaSip,
    identity: kommunVardpersonal,
    variables: (text) => ({ input: sip({ insatser: [{ beskrivning: text, huvudman: '1480', verksamhet: 'Hemsjukvård' }] }) }),
  },
  'skapaSip deltagare roll': {
    field: 'input.deltagare[1].roll',
    validatorField: 'input.deltagare.1.roll',
    query: skapaSip,
    identity: kommunVardpersonal,
    variables: (text) => ({ input: sip({ deltagare: [{ roll: 'Personen själv' }, { roll: text, huvudman: 'VGR' }] }) }),
  },
  'skapaSip tredjeParter': {
    field: 'input.tredjeParter[0]',
    validatorField: 'input.tredjeParter.0',
    query: skapaSip,
    identity: kommunVardpersonal,
    variables: (text) => ({ input: sip({ tredjeParter: [text] }) }),
  },
  'hanteraSip kommentar': {
    field: 'input.kommentar',
    query: hanteraSip,
    identity: kommunVardpersonal,
    variables: (text) => ({ input: { sipId, version: 1, handling: 'FORBERED', kommentar: text } }),
  },
  'registreraNosamMote deltagare': {
    field: 'input.deltagare[1]',
    query: registreraNosamMote,
    identity: nosam,
    variables: (text) => ({ input: { naromradeId: currentPlan().naromradeId, datum: testReferenceDate, deltagare: ['MAS', text], beslut: [] } }),
  },
  'registreraNosamMote beslut beskrivning': {
    field: 'input.beslut[0].beskrivning',
    query: registreraNosamMote,
    identity: nosam,
    variables: (text) => ({ input: { naromradeId: currentPlan().naromradeId, datum: testReferenceDate, deltagare: ['MAS'], beslut: [{ beskrivning: text }] } }),
  },
  'faststallNaromradesplan kontaktpersonNamn': {
    field: 'input.boendeansvar[0].kontaktpersonNamn',
    query: faststallNaromradesplan,
    identity: nosam,
    variables: (text) => {
      const { naromradeId, rows } = currentPlan();
      return { input: { naromradeId, giltigFran: '2027-03-01', faststalldDatum: testReferenceDate, boendeansvar: [{ ...rows[0]!, kontaktpersonNamn: text }, ...rows.slice(1)] } };
    },
  },
};

const fieldNames = Object.keys(fields);

// The strings of the finding and their obvious variants; each holds a valid personnummer or samordningsnummer.
const bypasses = [
  'x191212121212',
  '19121212–1212',
  '1912.12.12-1212',
  '１９１２１２１２－１２１２',
  '19121212 1212',
  '19121212 - 1212',
  '121212-1212',
  '121212+1212',
  '19121272-1219',
  'pnr:191212121212abc',
];

beforeAll(async () => {
  world = generateWorld('small', testReferenceDate);
  subgraph = await startInProcessSubgraph(createSamverkanSubgraph({ suppressionThreshold: defaultSuppressionThreshold }), { world });
  database = subgraph.database;
  const reported = await run(rapportera, { input: rapport('Läkemedelslistan följde inte med vid utskrivning.') }, kommunVardpersonal);
  expect(reported.errors).toBeUndefined();
  avvikelseId = reported.data.rapporteraAvvikelse.avvikelse.id;
  const created = await run(skapaSip, { input: sip({}) }, kommunVardpersonal);
  expect(created.errors).toBeUndefined();
  sipId = created.data.skapaSip.sip.id;
}, 120_000);

afterAll(async () => {
  await subgraph?.stop();
}, 60_000);

describe('control characters in free text', () => {
  it.each(fieldNames)('%s: a NUL is refused before anything runs (HTTP 400), naming the field, storing nothing', async (name) => {
    const { field, query, identity, variables } = fields[name]!;
    const before = await rowCounts();
    const result = await run(query, variables('Ett fel\u0000 uppstod'), identity);
    expect(result.errors, JSON.stringify(result.errors)).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TEXT_CONTROL_CHARACTER', field });
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ['an escape', '\u001b[2J'],
    ['a C1 character', 'a\u0085b'],
    ['DEL', 'a\u007f'],
    ['a lone surrogate', 'a\ud800b'],
  ])('refuses %s too', async (_name, text) => {
    const result = await run(rapportera, { input: rapport(`Fel dos ${text}`) }, kommunVardpersonal);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TEXT_CONTROL_CHARACTER', field: 'input.beskrivning' });
  });

  it('refuses a NUL in a literal argument as well', async () => {
    const before = await rowCounts();
    const literal = `mutation { rapporteraAvvikelse(input: { klientnyckel: "${klientnyckel()}", kategori: LAKEMEDEL, handelsedatum: "2026-10-30",
      rapporterandeHuvudman: "1480", rapporterandeEnhetHsaId: "SE2120001480-E000000000001", mottagandeHuvudman: "VGR",
      naromradeId: "1480-angered", beskrivning: "Fel dos\\u0000" }) { avvikelse { id } } }`;
    const result = await run(literal, {}, kommunVardpersonal);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TEXT_CONTROL_CHARACTER', field: 'input.beskrivning' });
    expect(await rowCounts()).toEqual(before);
  });

  it('keeps tab and CRLF line breaks', async () => {
    const result = await run(rapportera, { input: rapport('Rad ett\r\n\tRad två') }, kommunVardpersonal);
    expect(result.errors).toBeUndefined();
    const stored = await database.db.selectFrom('avvikelse').select('beskrivning').where('id', '=', result.data.rapporteraAvvikelse.avvikelse.id).executeTakeFirstOrThrow();
    expect(stored.beskrivning).toBe('Rad ett\r\n\tRad två');
  });
});

describe('personnummer in free text', () => {
  const cases = fieldNames.flatMap((name) => bypasses.map((bypass) => [name, bypass] as const));

  it.each(cases)('%s: "%s" is refused, naming the field and not echoing the number, storing nothing', async (name, bypass) => {
    const { field, validatorField, query, identity, variables } = fields[name]!;
    const before = await rowCounts();
    const result = await run(query, variables(`Gäller ${bypass}`), identity);
    expect(result.errors, JSON.stringify(result.errors)).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TEXT_CONTAINS_PERSONNUMMER', field: validatorField ?? field });
    expect(JSON.stringify(result.errors)).not.toMatch(/1212|１２/);
    expect(await rowCounts()).toEqual(before);
  });
});
