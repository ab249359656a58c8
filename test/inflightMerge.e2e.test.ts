// Identical subgraph fetches in flight are merged by the gateway only within one authorization context
// (the same token and access-ground headers), end to end over HTTP: fewer subgraph requests, every answer
// complete and equal to the one the request gets alone, and every request's reads in the access log exactly
// once under its own request id. Different tokens or grounds are never merged, nor are mutations.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphServiceName } from '../scripts/samsynServices.js';
import { SamsynUnderTest, type GraphqlResponse } from './support/samsynUnderTest.js';
import { postgresReachable, type DatabaseKind } from './support/testDatabases.js';

const postgresAvailable = await postgresReachable();
const kinds: DatabaseKind[] = postgresAvailable ? ['pglite', 'postgres'] : ['pglite'];

/** A page of a Göteborg närområde's patients with fields from all three subgraphs (as the patientsida workload). */
const patientsida = /* GraphQL */ `
  query Patientsida($first: Int!) {
    naromrade(id: "1480-angered") {
      patienterMedInsatserFranBada(first: $first) {
        id
        hemsjukvard { inskrivenFran insatser { typ } }
        hemtjanst { beviljadeTimmarPerManad }
        boende { fran boende { namn } }
        listning { listadSedan vardcentral { namn } }
        fastLakarkontakt { fran }
        sipar { id status }
      }
    }
  }
`;

const goteborg = { huvudman: '1480', organisationHsaId: 'SE2120001480-E000000001000' } as const;
const region = { huvudman: 'VGR', organisationHsaId: 'SE2321000131-E000000000001' } as const;
const subgraphs: SubgraphServiceName[] = ['vgr', 'kommun', 'samverkan'];

interface LogRow {
  requestId: string;
  patientId: string;
  anvandare: string;
  atgard: string;
  grund: string | null;
  resultat: string;
}

describe.each(kinds)('merging identical subgraph fetches in flight on %s', (kind) => {
  let samsyn: SamsynUnderTest;
  /** Request ids of this run, so that they are new to the log. */
  const run = randomUUID().slice(0, 8);

  beforeAll(async () => {
    samsyn = await SamsynUnderTest.start(kind);
  }, 300_000);

  afterAll(async () => {
    await samsyn?.stop();
  }, 60_000);

  const nurse = (employeeHsaId: string) => samsyn.token({ ...goteborg, employeeHsaId, roles: ['vardpersonal'] });

  /** Sends the page with the caller's own request id (the gateway takes a client's x-request-id as its own). */
  const askPage = (token: string, requestId: string, ground: 'samtycke' | 'none') =>
    samsyn.query(patientsida, { first: 50 }, { token, headers: { 'x-request-id': requestId, ...(ground === 'samtycke' ? { 'x-samsyn-atkomstgrund': 'samtycke' } : {}) } });

  /** The answer as a client sees it: data, and each error's path and code. */
  const shape = (response: GraphqlResponse) => ({
    status: response.status,
    data: response.data,
    errors: (response.errors ?? []).map((error) => `${(error.path ?? []).join('.')}:${error.extensions?.['code']}`).sort(),
  });

  /** GraphQL requests the three subgraphs have received so far (their /metrics counters). */
  const graphqlRequests = async (): Promise<number> => {
    const counts = await Promise.all(
      subgraphs.map(async (name) => {
        const text = await (await fetch(`http://127.0.0.1:${samsyn.ports[name]}/metrics`)).text();
        const match = /samsyn_graphql_requests_total\{[^}]*\} (\d+)/.exec(text);
        if (!match) throw new Error(`no request counter in /metrics of ${name}`);
        return Number(match[1]);
      }),
    );
    return counts.reduce((sum, count) => sum + count, 0);
  };

  /** Every row of one user in a huvudman's access log, read page by page as its granskare. */
  const logRows = async (field: 'kommunensAtkomstlogg' | 'regionensAtkomstlogg', anvandare: string): Promise<LogRow[]> => {
    const auditor = await samsyn.token({ ...(field === 'kommunensAtkomstlogg' ? goteborg : region), employeeHsaId: field === 'kommunensAtkomstlogg' ? 'SE2120001480-P000000000899' : 'SE2321000131-P000000000899', roles: ['granskare'] });
    const rows: LogRow[] = [];
    let after: string | null = null;
    for (;;) {
      const response: GraphqlResponse = await samsyn.query(
        `query ($anvandare: ID!, $after: String) { ${field}(filter: { anvandare: $anvandare }, first: 100, after: $after) {
           edges { node { requestId patientId anvandare atgard grund resultat } } pageInfo { hasNextPage endCursor } } }`,
        { anvandare, after },
        { token: auditor },
      );
      expect(response.errors, field).toBeUndefined();
      const page = response.data![field];
      rows.push(...page.edges.map((edge: { node: LogRow }) => edge.node));
      if (!page.pageInfo.hasNextPage) return rows;
      after = page.pageInfo.endCursor;
    }
  };

  /** Rows by request id, each request's rows as sorted "patient outcome" strings. */
  const byRequest = (rows: LogRow[]) => {
    const requests = new Map<string, string[]>();
    for (const row of rows) requests.set(row.requestId, [...(requests.get(row.requestId) ?? []), `${row.patientId} ${row.atgard} ${row.resultat} ${row.grund}`]);
    for (const list of requests.values()) list.sort();
    return requests;
  };

  it('sends fewer subgraph requests for the same page asked 20 times at once with one token and ground, and logs every request’s reads once', async () => {
    const employee = 'SE2120001480-P000000000801';
    const token = await nurse(employee);
    // Alone first: plans the query and gives the answer every merged request must get.
    const beforeAlone = await graphqlRequests();
    const alone = await askPage(token, `${run}-alone`, 'samtycke');
    const perRequest = (await graphqlRequests()) - beforeAlone;
    expect(alone.errors).toBeUndefined();
    const patients = alone.data!['naromrade'].patienterMedInsatserFranBada as { id: string }[];
    expect(patients.length).toBeGreaterThan(3);
    expect(perRequest).toBeGreaterThanOrEqual(3);

    const n = 20;
    const ids = Array.from({ length: n }, (_, index) => `${run}-same-${index}`);
    const before = await graphqlRequests();
    const answers = await Promise.all(ids.map((id) => askPage(token, id, 'samtycke')));
    const sent = (await graphqlRequests()) - before;
    for (const answer of answers) expect(shape(answer)).toEqual(shape(alone));
    // 20 identical requests fired at once overlap in flight: merged, they cost fewer subgraph requests.
    expect(sent, 'identical fetches in flight were not merged (is InflightFetches passed to SubgraphDataSource in startGateway.ts?)').toBeLessThan(n * perRequest);

    // Every request's reads are logged under its own request id, once: the same rows the request alone wrote.
    for (const field of ['kommunensAtkomstlogg', 'regionensAtkomstlogg'] as const) {
      const requests = byRequest(await logRows(field, employee));
      const own = requests.get(`${run}-alone`)!;
      expect(own.length, field).toBeGreaterThan(3);
      expect(new Set(own).size, `${field}: one row per patient`).toBe(own.length);
      expect([...requests.keys()].sort(), field).toEqual([`${run}-alone`, ...ids].sort());
      for (const id of ids) expect(requests.get(id), `${field} ${id}`).toEqual(own);
    }
  });

  it('never merges across tokens of the same huvudman and role, or across access grounds of one token', async () => {
    const [a, b] = ['SE2120001480-P000000000811', 'SE2120001480-P000000000812'];
    const tokens = { a: await nurse(a), b: await nurse(b) };
    const callers = [
      { name: 'a samtycke', token: tokens.a, ground: 'samtycke' as const, employee: a },
      { name: 'b samtycke', token: tokens.b, ground: 'samtycke' as const, employee: b },
      { name: 'a no ground', token: tokens.a, ground: 'none' as const, employee: a },
    ];
    const alone: ReturnType<typeof shape>[] = [];
    for (const [index, caller] of callers.entries()) alone.push(shape(await askPage(caller.token, `${run}-ctx-alone-${index}`, caller.ground)));
    // Without a ground the region's part is refused: the answers differ, so a mix-up would show.
    expect(alone[2]).not.toEqual(alone[0]);
    expect(alone[2]!.errors.some((error) => error.endsWith(':ATKOMSTGRUND_SAKNAS'))).toBe(true);

    const rounds = 8;
    const calls = Array.from({ length: rounds * callers.length }, (_, call) => ({ caller: call % callers.length, id: `${run}-ctx-${call}` }));
    const answers = await Promise.all(calls.map(({ caller, id }) => askPage(callers[caller]!.token, id, callers[caller]!.ground)));
    answers.forEach((answer, call) => expect(shape(answer), callers[calls[call]!.caller]!.name).toEqual(alone[calls[call]!.caller]));

    // Each request's rows sit under its own id and its own user, with its own outcome, once per patient.
    for (const field of ['kommunensAtkomstlogg', 'regionensAtkomstlogg'] as const) {
      const rows = { [a]: byRequest(await logRows(field, a)), [b]: byRequest(await logRows(field, b)) };
      for (const [index, caller] of callers.entries()) {
        const own = rows[caller.employee]!.get(`${run}-ctx-alone-${index}`)!;
        expect(own.length, `${field} ${caller.name}`).toBeGreaterThan(3);
        expect(new Set(own).size).toBe(own.length);
        for (const call of calls.filter((entry) => entry.caller === index)) expect(rows[caller.employee]!.get(call.id), `${field} ${caller.name} ${call.id}`).toEqual(own);
      }
      // Nothing of a's requests under b, and the other way round.
      const idsOf = (employee: string) => [...rows[employee]!.keys()].sort();
      expect(idsOf(b)).toEqual([`${run}-ctx-alone-1`, ...calls.filter((call) => call.caller === 1).map((call) => call.id)].sort());
      expect(idsOf(a)).toEqual([`${run}-ctx-alone-0`, `${run}-ctx-alone-2`, ...calls.filter((call) => call.caller !== 1).map((call) => call.id)].sort());
    }
    // The region logged a's requests without a ground as refused, those with samtycke as allowed.
    const regionRows = byRequest(await logRows('regionensAtkomstlogg', a));
    expect(regionRows.get(`${run}-ctx-2`)!.every((row) => row.includes(' NEKAD '))).toBe(true);
    expect(regionRows.get(`${run}-ctx-0`)!.every((row) => row.endsWith(' TILLATEN SAMTYCKE'))).toBe(true);
  });

  it('executes a mutation sent 10 times at once with one token 10 times', async () => {
    const employee = 'SE2120001480-P000000000821';
    const token = await nurse(employee);
    // Lifting a spärr the patient does not have: idempotent, and still logged as a write.
    const lift = 'mutation Hav { havKommunensSparr(input: { patientId: "191212121212" }) { sparrad } }';
    const n = 10;
    const ids = Array.from({ length: n }, (_, index) => `${run}-write-${index}`);
    const before = await graphqlRequests();
    const answers = await Promise.all(ids.map((id) => samsyn.query(lift, {}, { token, headers: { 'x-request-id': id } })));
    expect((await graphqlRequests()) - before).toBe(n);
    for (const answer of answers) expect(shape(answer)).toEqual({ status: 200, data: { havKommunensSparr: { sparrad: false } }, errors: [] });
    const writes = byRequest((await logRows('kommunensAtkomstlogg', employee)).filter((row) => row.atgard === 'SKRIVNING'));
    expect([...writes.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids) expect(writes.get(id)).toHaveLength(1);
  });
});
