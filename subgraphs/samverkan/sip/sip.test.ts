// Integration test of the SIP operations: skapaSip, hanteraSip, the SIP's
// parts and forsenadeSipUppfoljningar, against the small synthetic world in
// an in-memory PGlite, with the access rules and the access log.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Atkomstgrund } from '../../../platform/auth/atkomstgrund.js';
import type { Identity } from '../../../platform/auth/Identity.js';
import type { Database } from '../../common/database/openDatabase.js';
import { generateWorld } from '../../common/seed/generateWorld.js';
import { testReferenceDate } from '../../common/seed/referenceDate.js';
import type { World } from '../../common/seed/World.js';
import { startInProcessSubgraph, testRequestContext, type InProcessSubgraph } from '../../common/testing/inProcessSubgraph.js';
import { testIdentity } from '../../../platform/testing/testIdentity.js';
import { testUser as user } from '../../common/testing/testUser.js';
import { createSamverkanContext, type SamverkanContext } from '../context.js';
import type { SamverkanDatabase } from '../database.js';
import { createSamverkanSubgraph } from '../samverkanSubgraph.js';
import { defaultSuppressionThreshold } from '../../common/suppression/suppressSmallCount.js';

const today = testReferenceDate;
const now = () => new Date(`${testReferenceDate}T10:00:00.000Z`);

let subgraph: InProcessSubgraph<SamverkanDatabase, SamverkanContext> | undefined;
let database: Database<SamverkanDatabase>;
let server: ApolloServer<SamverkanContext>;
let world: World;

interface Result<Data> {
  data?: Data | null;
  errors?: readonly GraphQLFormattedError[];
  requestId: string;
}

let requests = 0;

async function run<Data = any>(query: string, variables: Record<string, unknown>, identity: Identity, atkomstgrund: Atkomstgrund | null = null): Promise<Result<Data>> {
  requests += 1;
  const requestId = `sip-test-${requests}`;
  const base = testRequestContext({ identity, atkomstgrund, requestId });
  const response = await server.executeOperation<Data>({ query, variables }, { contextValue: createSamverkanContext(base, database, { suppressionThreshold: defaultSuppressionThreshold }, now) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { ...(response.body.singleResult as Omit<Result<Data>, 'requestId'>), requestId };
}

function expectError(result: Result<unknown>, code: string, reason?: string, field?: string) {
  expect(result.errors, JSON.stringify(result.errors)).toHaveLength(1);
  expect(result.errors![0]!.extensions).toMatchObject({ code, ...(reason ? { reason } : {}), ...(field ? { field } : {}) });
}

async function logRows(requestId: string) {
  return database.db
    .selectFrom('atkomstlogg' as never)
    .select(['patient', 'data_huvudman', 'atgard', 'resultat', 'grund', 'informationskategorier'] as never)
    .where('request_id' as never, '=', requestId as never)
    .orderBy('lopnummer' as never)
    .execute() as Promise<{ patient: string; data_huvudman: string; atgard: string; resultat: string; grund: string | null; informationskategorier: string }[]>;
}

const sipFields = `id version status huvudansvar { id } skapadDatum nastaUppfoljning samtyckeDatum behov tredjeParter
  insatser { beskrivning huvudman { id } verksamhet } deltagare { roll huvudman { id } } uppfoljningar { datum kommentar } forsenadUppfoljning`;
const skapa = `mutation ($input: SkapaSipInput!) { skapaSip(input: $input) { sip { ${sipFields} } } }`;
const hantera = `mutation ($input: HanteraSipInput!) { hanteraSip(input: $input) { sip { ${sipFields} } } }`;
const forsenade = `query ($naromradeId: ID!) { forsenadeSipUppfoljningar(naromradeId: $naromradeId) { id nastaUppfoljning forsenadUppfoljning status } }`;

const patientId = '191212121212';
const goteborg = user('1480');
const vgr = user('VGR');
const boras = user('1490');

let keys = 0;
function input(overrides: Record<string, unknown> = {}) {
  keys += 1;
  return {
    klientnyckel: `sip-test-key-${keys}`,
    patientId,
    naromradeId: '1480-angered',
    huvudansvar: '1480',
    behov: ['  Stöd med läkemedel  '],
    insatser: [
      { beskrivning: 'Hemsjukvård två gånger i veckan', huvudman: '1480', verksamhet: 'Hemsjukvård' },
      { beskrivning: 'Läkemedelsgenomgång', huvudman: 'VGR', verksamhet: 'Vårdcentral' },
    ],
    tredjeParter: ['Dottern handlar'],
    deltagare: [{ roll: 'Personen själv' }, { roll: 'Distriktssköterska', huvudman: 'VGR' }],
    samtycke: true,
    samtyckeDatum: today,
    nastaUppfoljning: '2026-12-01',
    ...overrides,
  };
}

beforeAll(async () => {
  world = generateWorld('small', testReferenceDate);
  subgraph = await startInProcessSubgraph(createSamverkanSubgraph({ suppressionThreshold: defaultSuppressionThreshold }), { world });
  ({ database, server } = subgraph);
}, 60_000);

afterAll(async () => {
  await subgraph?.stop();
});

describe('skapaSip', () => {
  it('creates a SIP with its content, status BEHOV_UPPTACKT, version 1, and logs the write in its transaction', async () => {
    const result = await run(skapa, { input: input() }, goteborg);
    expect(result.errors).toBeUndefined();
    expect(result.data.skapaSip.sip).toMatchObject({
      version: 1,
      status: 'BEHOV_UPPTACKT',
      huvudansvar: { id: '1480' },
      skapadDatum: today,
      samtyckeDatum: today,
      nastaUppfoljning: '2026-12-01',
      behov: ['Stöd med läkemedel'],
      tredjeParter: ['Dottern handlar'],
      insatser: [
        { beskrivning: 'Hemsjukvård två gånger i veckan', huvudman: { id: '1480' }, verksamhet: 'Hemsjukvård' },
        { beskrivning: 'Läkemedelsgenomgång', huvudman: { id: 'VGR' }, verksamhet: 'Vårdcentral' },
      ],
      deltagare: [{ roll: 'Personen själv', huvudman: null }, { roll: 'Distriktssköterska', huvudman: { id: 'VGR' } }],
      uppfoljningar: [],
      forsenadUppfoljning: false,
    });
    const rows = await logRows(result.requestId);
    expect(rows).toContainEqual(expect.objectContaining({ patient: patientId, data_huvudman: '1480', atgard: 'SKRIVNING', resultat: 'TILLATEN', grund: 'EGEN_VARDRELATION', informationskategorier: 'sip' }));
  });

  it('requires the consent: samtycke false is SAMTYCKE_SAKNAS and stores nothing', async () => {
    const before = await database.db.selectFrom('sip').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expectError(await run(skapa, { input: input({ samtycke: false }) }, goteborg), 'BAD_USER_INPUT', 'SAMTYCKE_SAKNAS', 'input.samtycke');
    const after = await database.db.selectFrom('sip').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it.each([
    ['CLIENT_KEY_INVALID', 'input.klientnyckel', { klientnyckel: 'kort' }],
    ['PERSONNUMMER_INVALID', 'input.patientId', { patientId: '191212121213' }],
    ['HUVUDMAN_INVALID', 'input.huvudansvar', { huvudansvar: '9999' }],
    ['TEXT_EMPTY', 'input.behov', { behov: [] }],
    ['TEXT_EMPTY', 'input.behov.0', { behov: ['   '] }],
    ['TEXT_TOO_LONG', 'input.behov.0', { behov: ['x'.repeat(1001)] }],
    ['TEXT_CONTAINS_PERSONNUMMER', 'input.behov.0', { behov: ['Gäller 19121212-1212'] }],
    ['TEXT_EMPTY', 'input.insatser', { insatser: [] }],
    ['HUVUDMAN_INVALID', 'input.insatser.0.huvudman', { insatser: [{ beskrivning: 'x', huvudman: 'KOMMUN', verksamhet: 'y' }] }],
    ['TEXT_CONTAINS_PERSONNUMMER', 'input.tredjeParter.0', { tredjeParter: ['Sonen 191212121212'] }],
    ['DATE_IN_FUTURE', 'input.samtyckeDatum', { samtyckeDatum: '2026-11-02' }],
    ['DATE_INVALID', 'input.nastaUppfoljning', { nastaUppfoljning: '2026-10-31' }],
    ['HUVUDMAN_NOT_IN_NAROMRADE', 'input.huvudansvar', { huvudansvar: '1490' }],
  ])('refuses %s (%s)', async (reason, field, overrides) => {
    expectError(await run(skapa, { input: input(overrides) }, goteborg), 'BAD_USER_INPUT', reason, field);
  });

  it('answers NOT_FOUND for an unknown närområde', async () => {
    expectError(await run(skapa, { input: input({ naromradeId: '1480-finns-inte' }) }, goteborg), 'NOT_FOUND');
  });

  it('is idempotent by klientnyckel: the same content gives the same SIP, other content is a CONFLICT', async () => {
    const same = input();
    const first = await run(skapa, { input: same }, goteborg);
    const retry = await run(skapa, { input: same }, goteborg);
    expect(retry.errors).toBeUndefined();
    expect(retry.data.skapaSip.sip.id).toBe(first.data.skapaSip.sip.id);
    // A retry stores nothing, so it logs no second write, only the read of what it hands out.
    const retryRows = await logRows(retry.requestId);
    expect(retryRows.filter((row) => row.atgard === 'SKRIVNING')).toEqual([]);
    expect(retryRows).toContainEqual(expect.objectContaining({ patient: patientId, atgard: 'LASNING', resultat: 'TILLATEN' }));
    expectError(await run(skapa, { input: { ...same, behov: ['Något annat'] } }, goteborg), 'CONFLICT');
    const stored = await database.db.selectFrom('sip').select('id').where('klientnyckel', '=', same.klientnyckel).execute();
    expect(stored).toHaveLength(1);
  });

  it('is for vårdpersonal of a party: another kommun is FORBIDDEN (and logged as refused), nosam and system clients too', async () => {
    const other = await run(skapa, { input: input() }, boras, { typ: 'NODATKOMST', anledning: 'Test' });
    expectError(other, 'FORBIDDEN');
    expect(await logRows(other.requestId)).toContainEqual(expect.objectContaining({ patient: patientId, atgard: 'SKRIVNING', resultat: 'NEKAD' }));
    expectError(await run(skapa, { input: input() }, user('1480', ['nosam'])), 'FORBIDDEN');
    expectError(await run(skapa, { input: input() }, testIdentity({ roles: ['system'], scopes: ['patient:read'], employeeHsaId: null, subject: 'klient' })), 'FORBIDDEN');
    // The region is always a party.
    expect((await run(skapa, { input: input({ huvudansvar: 'VGR' }) }, vgr)).errors).toBeUndefined();
  });
});

describe('hanteraSip', () => {
  it('walks the whole process with versions, records each follow-up and logs every write', async () => {
    const created = await run(skapa, { input: input() }, goteborg);
    const sipId = created.data.skapaSip.sip.id as string;
    const steps: [Record<string, unknown>, string, Identity][] = [
      [{ handling: 'FORBERED' }, 'FORBEREDD', goteborg],
      [{ handling: 'KALLA' }, 'KALLAD', vgr],
      [{ handling: 'HALL_MOTE', nastaUppfoljning: '2026-12-15' }, 'MOTE_HALLET', goteborg],
      [{ handling: 'FOLJ_UPP', nastaUppfoljning: '2027-01-15', kommentar: 'Fungerar väl' }, 'UPPFOLJNING', vgr],
      [{ handling: 'FOLJ_UPP', nastaUppfoljning: '2027-03-01' }, 'UPPFOLJNING', goteborg],
      [{ handling: 'AVSLUTA' }, 'AVSLUTAD', goteborg],
    ];
    let version = 1;
    for (const [step, status, identity] of steps) {
      const result = await run(hantera, { input: { sipId, version, ...step } }, identity);
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      version += 1;
      expect(result.data.hanteraSip.sip).toMatchObject({ status, version });
      expect(await logRows(result.requestId)).toContainEqual(
        expect.objectContaining({ patient: patientId, data_huvudman: identity.huvudman, atgard: 'SKRIVNING', resultat: 'TILLATEN' }),
      );
      if (step['nastaUppfoljning']) expect(result.data.hanteraSip.sip.nastaUppfoljning).toBe(step['nastaUppfoljning']);
    }
    const closed = await run(hantera, { input: { sipId, version, handling: 'KALLA' } }, goteborg);
    expectError(closed, 'BAD_USER_INPUT', 'TRANSITION_NOT_ALLOWED');
    const last = await run(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Sip { ${sipFields} } } }`, { r: [{ __typename: 'Sip', id: sipId }] }, goteborg);
    expect(last.data._entities[0]).toMatchObject({
      status: 'AVSLUTAD',
      nastaUppfoljning: null,
      forsenadUppfoljning: false,
      uppfoljningar: [
        { datum: today, kommentar: 'Fungerar väl' },
        { datum: today, kommentar: null },
      ],
    });
  });

  it('refuses a stale version with CONFLICT/VERSION_STALE, a missing date, a wrong party, nosam, and an unknown SIP', async () => {
    const created = await run(skapa, { input: input() }, goteborg);
    const sipId = created.data.skapaSip.sip.id as string;
    expect((await run(hantera, { input: { sipId, version: 1, handling: 'FORBERED' } }, goteborg)).errors).toBeUndefined();
    const stale = await run(hantera, { input: { sipId, version: 1, handling: 'KALLA' } }, goteborg);
    expectError(stale, 'CONFLICT', 'VERSION_STALE', 'input.version');
    expect(stale.errors![0]!.extensions).toMatchObject({ currentVersion: 2 });
    expectError(await run(hantera, { input: { sipId, version: 2, handling: 'HALL_MOTE' } }, goteborg), 'BAD_USER_INPUT', 'TRANSITION_NOT_ALLOWED');
    expect((await run(hantera, { input: { sipId, version: 2, handling: 'KALLA' } }, goteborg)).errors).toBeUndefined();
    expectError(await run(hantera, { input: { sipId, version: 3, handling: 'HALL_MOTE' } }, goteborg), 'BAD_USER_INPUT', 'DATE_MISSING', 'input.nastaUppfoljning');
    expectError(await run(hantera, { input: { sipId, version: 3, handling: 'AVSLUTA', kommentar: '191212121212' } }, goteborg), 'BAD_USER_INPUT', 'TEXT_CONTAINS_PERSONNUMMER');

    const wrongParty = await run(hantera, { input: { sipId, version: 3, handling: 'AVSLUTA' } }, boras, { typ: 'SAMTYCKE' });
    expectError(wrongParty, 'FORBIDDEN');
    expect(await logRows(wrongParty.requestId)).toContainEqual(expect.objectContaining({ patient: patientId, data_huvudman: '1480', atgard: 'SKRIVNING', resultat: 'NEKAD' }));
    expectError(await run(hantera, { input: { sipId, version: 3, handling: 'AVSLUTA' } }, user('1480', ['nosam'])), 'FORBIDDEN');
    expectError(await run(hantera, { input: { sipId: 'sip-finns-inte', version: 1, handling: 'AVSLUTA' } }, goteborg), 'NOT_FOUND');

    // None of the refusals changed it.
    const stored = await database.db.selectFrom('sip').select(['status', 'version']).where('id', '=', sipId).executeTakeFirstOrThrow();
    expect(stored).toEqual({ status: 'KALLAD', version: 3 });
  });
});

describe('seeded SIPs', () => {
  it('have needs, insatser and deltagare, fetched in one statement per part', async () => {
    const representations = world.samverkan.sipar.slice(0, 10).map((sip) => ({ __typename: 'Sip', id: sip.id }));
    const before = database.statementCount();
    const result = await run(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Sip { id behov insatser { huvudman { id } verksamhet } deltagare { roll } uppfoljningar { datum } } } }`, { r: representations }, vgr);
    const statements = database.statementCount() - before;
    expect(result.errors).toBeUndefined();
    for (const sip of result.data._entities) {
      expect(sip.behov.length).toBeGreaterThan(0);
      expect(sip.insatser.map((insats: { huvudman: { id: string } }) => insats.huvudman.id)).toContain('VGR');
      expect(sip.deltagare.length).toBeGreaterThan(0);
    }
    // SIPs, insatser, deltagare, uppföljningar, access log.
    expect(statements).toBeLessThanOrEqual(5);
  });
});

describe('forsenadeSipUppfoljningar', () => {
  const overdue = () => world.samverkan.sipar.filter((sip) => sip.status !== 'AVSLUTAD' && sip.nastaUppfoljning !== null && sip.nastaUppfoljning < today);
  function busiest(): string {
    const counts = new Map<string, number>();
    for (const sip of overdue()) counts.set(sip.naromradeId, (counts.get(sip.naromradeId) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  }

  it('lists the open SIPs of the närområde whose follow-up has passed, oldest first, as an independent filter over the world does', async () => {
    const naromradeId = busiest();
    const expected = overdue()
      .filter((sip) => sip.naromradeId === naromradeId)
      .sort((a, b) => (a.nastaUppfoljning! < b.nastaUppfoljning! ? -1 : a.nastaUppfoljning! > b.nastaUppfoljning! ? 1 : a.id < b.id ? -1 : 1))
      .map((sip) => sip.id);
    expect(expected.length).toBeGreaterThan(0);
    const result = await run(forsenade, { naromradeId }, vgr);
    expect(result.errors).toBeUndefined();
    expect(result.data.forsenadeSipUppfoljningar.map((sip: { id: string }) => sip.id)).toEqual(expected);
    expect(result.data.forsenadeSipUppfoljningar.every((sip: { forsenadUppfoljning: boolean }) => sip.forsenadUppfoljning)).toBe(true);
    const rows = await logRows(result.requestId);
    expect(rows.filter((row) => row.atgard === 'LASNING' && row.resultat === 'TILLATEN').length).toBeGreaterThan(0);
  });

  it('leaves out the SIPs a reader may not see and logs them as refused', async () => {
    const naromradeId = busiest();
    const kommunkod = naromradeId.slice(0, 4);
    const outsider = user(kommunkod === '1490' ? '1480' : '1490');
    const result = await run(forsenade, { naromradeId }, outsider);
    expect(result.errors).toBeUndefined();
    expect(result.data.forsenadeSipUppfoljningar).toEqual([]);
    const rows = await logRows(result.requestId);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.resultat === 'NEKAD' && row.data_huvudman === kommunkod)).toBe(true);
    // With samtycke the same reader sees them.
    const withConsent = await run(forsenade, { naromradeId }, outsider, { typ: 'SAMTYCKE' });
    expect(withConsent.data.forsenadeSipUppfoljningar.length).toBeGreaterThan(0);
  });

  it('is for vårdpersonal, with a valid and known närområde', async () => {
    expectError(await run(forsenade, { naromradeId: '1480-angered' }, user('1480', ['nosam'])), 'FORBIDDEN');
    expectError(await run(forsenade, { naromradeId: 'inte ett id' }, vgr), 'BAD_USER_INPUT', 'ID_INVALID');
    expectError(await run(forsenade, { naromradeId: '1480-finns-inte' }, vgr), 'NOT_FOUND');
  });
});
