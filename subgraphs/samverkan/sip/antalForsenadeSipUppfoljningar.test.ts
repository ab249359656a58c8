// Integration test of Naromrade.antalForsenadeSipUppfoljningar: the count of
// overdue SIP follow-ups a NOSAM agenda needs, readable by roles that may not
// see the SIPs themselves, withheld when small, and never a patient-level read.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Identity } from '../../../platform/auth/Identity.js';
import type { Database } from '../../common/database/openDatabase.js';
import { generateWorld } from '../../common/seed/generateWorld.js';
import { testReferenceDate } from '../../common/seed/referenceDate.js';
import type { World } from '../../common/seed/World.js';
import { startInProcessSubgraph, testRequestContext, type InProcessSubgraph } from '../../common/testing/inProcessSubgraph.js';
import { testIdentity } from '../../../platform/testing/testIdentity.js';
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
let requests = 0;

interface Result {
  data?: any;
  errors?: readonly GraphQLFormattedError[];
  requestId: string;
}

async function run(query: string, variables: Record<string, unknown>, identity: Identity): Promise<Result> {
  requests += 1;
  const requestId = `antal-sip-test-${requests}`;
  const base = testRequestContext({ identity, atkomstgrund: null, requestId });
  const response = await server.executeOperation({ query, variables }, { contextValue: createSamverkanContext(base, database, { suppressionThreshold: defaultSuppressionThreshold }, now) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { ...(response.body.singleResult as Omit<Result, 'requestId'>), requestId };
}

function user(huvudman: string, roles: Identity['roles']): Identity {
  const organisation = huvudman === 'VGR' ? 'SE2321000131-E000000000001' : `SE212000${huvudman}-E000000000001`;
  const employee = huvudman === 'VGR' ? 'SE2321000131-P000000000043' : `SE212000${huvudman}-P000000000043`;
  return testIdentity({ huvudman, roles, organisationHsaId: organisation, subject: employee, employeeHsaId: employee });
}

/** Independently of the SQL: open SIPs whose next follow-up is before today, per närområde. */
function overdueByNaromrade(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sip of world.samverkan.sipar) {
    if (sip.status !== 'AVSLUTAD' && sip.nastaUppfoljning !== null && sip.nastaUppfoljning < today) {
      counts.set(sip.naromradeId, (counts.get(sip.naromradeId) ?? 0) + 1);
    }
  }
  return counts;
}

const allaNaromraden = `{ naromraden { id antalForsenadeSipUppfoljningar { varde undertryckt } } }`;
const ettNaromrade = `query ($id: ID!) { naromrade(id: $id) { id namn antalForsenadeSipUppfoljningar { varde undertryckt } } }`;
const listan = `query ($id: ID!) { forsenadeSipUppfoljningar(naromradeId: $id) { id } }`;

beforeAll(async () => {
  world = generateWorld('small', testReferenceDate);
  subgraph = await startInProcessSubgraph(createSamverkanSubgraph({ suppressionThreshold: defaultSuppressionThreshold }), { world });
  ({ database, server } = subgraph);
}, 60_000);

afterAll(async () => {
  await subgraph?.stop();
});

describe('Naromrade.antalForsenadeSipUppfoljningar', () => {
  it('gives nosam the count per närområde: 0 shown, 1–4 withheld, 5 or more exact', async () => {
    const expected = overdueByNaromrade();
    const result = await run(allaNaromraden, {}, user('1480', ['nosam']));
    expect(result.errors).toBeUndefined();
    const naromraden: { id: string; antalForsenadeSipUppfoljningar: { varde: number | null; undertryckt: boolean } }[] = result.data.naromraden;
    expect(naromraden.length).toBeGreaterThan(0);
    for (const naromrade of naromraden) {
      const n = expected.get(naromrade.id) ?? 0;
      const want = n >= 1 && n <= 4 ? { varde: null, undertryckt: true } : { varde: n, undertryckt: false };
      expect(naromrade.antalForsenadeSipUppfoljningar, naromrade.id).toEqual(want);
    }
    // The small world has both kinds, so both branches were checked above.
    expect([...expected.values()].some((n) => n >= 1 && n <= 4)).toBe(true);
    expect(naromraden.some((naromrade) => (expected.get(naromrade.id) ?? 0) === 0)).toBe(true);
  });

  it('counts the same SIPs that vårdpersonal of a party see in forsenadeSipUppfoljningar', async () => {
    const [busiest] = [...overdueByNaromrade().entries()].sort((a, b) => b[1] - a[1])[0]!;
    const kommunkod = busiest.slice(0, 4);
    const list = await run(listan, { id: busiest }, user(kommunkod, ['vardpersonal']));
    expect(list.errors).toBeUndefined();
    const count = await run(ettNaromrade, { id: busiest }, user(kommunkod, ['vardpersonal']));
    expect(count.errors).toBeUndefined();
    const antal = count.data.naromrade.antalForsenadeSipUppfoljningar;
    const listed = list.data.forsenadeSipUppfoljningar.length;
    expect(listed).toBeGreaterThan(0);
    expect(antal).toEqual(listed < 5 ? { varde: null, undertryckt: true } : { varde: listed, undertryckt: false });
  });

  it('reads no patient: a nosam count writes nothing to the access log', async () => {
    const result = await run(ettNaromrade, { id: '1480-angered' }, user('1480', ['nosam']));
    expect(result.errors).toBeUndefined();
    const rows = await database.db
      .selectFrom('atkomstlogg' as never)
      .select(['patient'] as never)
      .where('request_id' as never, '=', result.requestId as never)
      .execute();
    expect(rows).toEqual([]);
  });

  it('refuses system clients with FORBIDDEN on the field only: the närområde still comes back', async () => {
    const system = testIdentity({ roles: ['system'], scopes: ['patient:read', 'avvikelse:read'] });
    const result = await run(ettNaromrade, { id: '1480-angered' }, system);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(result.errors![0]!.path).toEqual(['naromrade', 'antalForsenadeSipUppfoljningar']);
    expect(result.data.naromrade).toMatchObject({ id: '1480-angered', namn: 'Angered', antalForsenadeSipUppfoljningar: null });
  });
});
