// The supergraph on standard routers: every query Samsyn ships (the web application's and the README's examples)
// gets the same answer through Samsyn's gateway, through Samsyn's gateway with every optimisation turned off, through
// plain @apollo/gateway and through Hive Gateway, all over the same subgraphs (the entry subgraph served over HTTP
// for the other routers); and the same again with the subgraphs' own optimisations turned off. The routers are the
// benchmark's gateways B and C, started as `npm run bench` starts them. On PGlite: the answers are the subgraphs',
// whatever the database.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hiveGatewayLauncher } from '../bench/gateways/gateways/hiveGatewayLauncher.js';
import { plainApolloGatewayLauncher } from '../bench/gateways/gateways/plainApolloGatewayLauncher.js';
import { samsynGatewayVariant } from '../bench/gateways/gateways/samsynGatewayLauncher.js';
import type { RunningGateway } from '../bench/gateways/types.js';
import { projectRoot } from '../scripts/serviceProcess.js';
import { subgraphServiceNames } from '../scripts/samsynServices.js';
import { optimisationNames } from '../platform/optimisations/optimisations.js';
import { SamsynUnderTest, type GraphqlResponse } from './support/samsynUnderTest.js';
import { shippedOperations, shippedQueries, shippedUsers, type ShippedQuery, type ShippedUser } from './support/shippedQueries.js';

const everyOptimisationOff = { SAMSYN_OPTIMISATIONS_OFF: optimisationNames.join(','), GATEWAY_COALESCE_FETCHES: 'off' };

// README example 3 sends a mutation beside its query; 4 asks roots of all three services at once.
const queries: ShippedQuery[] = [
  ...shippedQueries,
  { view: 'README', operation: 'README example 3', user: 'vardpersonal' },
  { view: 'README', operation: 'README example 4', user: 'vardpersonal' },
];

const operations = shippedOperations();
let samsyn: SamsynUnderTest;
const routers: RunningGateway[] = [];
/** Gateway name → its /graphql URL, Samsyn's own first (the answers the others are compared with). */
const gateways = new Map<string, string>();
const tokens = new Map<ShippedUser, string>();

function send(url: string, query: string, variables: Record<string, unknown>, user: ShippedUser): Promise<GraphqlResponse> {
  return samsyn.query(query, variables, { url, token: tokens.get(user)!, headers: { 'x-samsyn-atkomstgrund': 'samtycke' } });
}

/** Each query's answer through Samsyn's gateway with every optimisation on, in the first comparison. */
const firstAnswers = new Map<string, GraphqlResponse['data']>();

/**
 * Every shipped query through every gateway: the same answer as Samsyn's gateway's, without an error; and the same
 * as in the first comparison (nothing is written in between).
 */
async function expectSameAnswers(): Promise<void> {
  for (const query of queries) {
    const answers = new Map<string, GraphqlResponse>();
    for (const [name, url] of gateways) answers.set(name, await send(url, operations.get(query.operation)!, query.variables ?? {}, query.user));
    const reference = answers.get('Samsyn')!;
    expect(reference.errors, query.operation).toBeUndefined();
    if (!firstAnswers.has(query.operation)) firstAnswers.set(query.operation, reference.data);
    if (!query.growing) expect(reference.data, query.operation).toEqual(firstAnswers.get(query.operation));
    for (const [name, answer] of answers) {
      const label = `${query.operation} through ${name}`;
      expect(answer.status, label).toBe(200);
      expect(answer.errors, label).toBeUndefined();
      if (query.growing) {
        // An access log grows with every read: the same roots, each there.
        expect(Object.keys(answer.data ?? {}), label).toEqual(Object.keys(reference.data ?? {}));
        for (const value of Object.values(answer.data ?? {})) expect(value, label).not.toBeNull();
      } else {
        expect(answer.data, label).toEqual(reference.data);
      }
    }
  }
}

beforeAll(async () => {
  samsyn = await SamsynUnderTest.start('pglite');
  for (const [user, request] of Object.entries(shippedUsers)) tokens.set(user as ShippedUser, await samsyn.token(request));
  const services = await samsyn.servicesForRouters();
  const started = await Promise.all([
    samsynGatewayVariant('A-all', 'Samsyn gateway, every optimisation off', everyOptimisationOff).start(services, 0),
    plainApolloGatewayLauncher.start(services, 1),
    hiveGatewayLauncher.start(services, 0),
  ]);
  routers.push(...started);
  gateways.set('Samsyn', samsyn.gatewayUrl);
  gateways.set('Samsyn with every optimisation off', started[0]!.url);
  gateways.set('@apollo/gateway', started[1]!.url);
  gateways.set('Hive Gateway', started[2]!.url);
}, 300_000);

afterAll(async () => {
  await Promise.all(routers.map((router) => router.stop()));
  await samsyn?.stop();
}, 60_000);

describe('the supergraph on standard routers', () => {
  it('has every shipped query to send', () => {
    for (const query of queries) expect(operations.has(query.operation), query.operation).toBe(true);
  });

  it('gives every shipped query the same answer through each gateway', async () => {
    const passedBefore = await samsyn.gatewayCounter('samsyn_gateway_passed_through_total');
    const batchedBefore = await samsyn.gatewayCounter('samsyn_gateway_batched_fetches_total');
    await expectSameAnswers();
    // Samsyn's own answers took the optimised paths being compared: some passed through, some fetches were batched.
    expect(await samsyn.gatewayCounter('samsyn_gateway_passed_through_total')).toBeGreaterThan(passedBefore);
    expect(await samsyn.gatewayCounter('samsyn_gateway_batched_fetches_total')).toBeGreaterThan(batchedBefore);
  }, 240_000);

  it('gives the same answers with the subgraphs’ own optimisations turned off', async () => {
    for (const name of subgraphServiceNames) {
      await samsyn.stopSubgraph(name);
      await samsyn.startSubgraph(name, everyOptimisationOff);
    }
    await expectSameAnswers();
  }, 300_000);

  it("reports README example 3's avvikelse once, through whichever gateway the report comes again", async () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const block = /\*\*3\. [^\n]*\n+```graphql\n([\s\S]*?)```/.exec(readme)![1]!;
    const mutation = parse(block).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation')!;
    const text = print({ kind: Kind.DOCUMENT, definitions: [mutation] });
    const answers: GraphqlResponse[] = [];
    for (const url of gateways.values()) answers.push(await send(url, text, {}, 'vardpersonal'));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const reports = answers.map((answer) => answer.data!['rapporteraAvvikelse'] as { redanRapporterad: boolean; avvikelse: { id: string; status: string } });
    expect(reports.map((report) => report.redanRapporterad)).toEqual([false, true, true, true]);
    expect(new Set(reports.map((report) => report.avvikelse.id)).size).toBe(1);
  }, 60_000);
});
