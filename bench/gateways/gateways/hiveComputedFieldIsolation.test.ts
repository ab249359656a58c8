// Issue 26 point 5, reduced to three toy subgraphs and Hive Gateway's planner (@graphql-tools/federation's
// stitched schema, which @graphql-hive/gateway runs): when a subgraph has an @requires field returning an entity
// (here A's Naromrade.patienter: [Patient!], in Samsyn kommun's Naromrade.patienterMedInsatserFranBada), the
// `_entities` request for that entity's other fields loses the selections of fields whose type leads to the
// @requires type (Patient.vistelse.boende here; Patient.boende.boende and Patient.kommun in Samsyn). A valid
// supergraph (Apollo's gateway plans it right), so a Hive/graphql-tools bug; the work-around is tested below.
import { composeServices } from '@apollo/composition';
import { getStitchedSchemaFromSupergraphSdl } from '@graphql-tools/federation';
import type { ExecutionRequest, ExecutionResult } from '@graphql-tools/utils';
import { normalizedExecutor } from '@graphql-tools/executor';
import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { moveFieldsOffComputedHalves } from './isolatedSubschemaWorkaround.js';

const federation = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires"])\n';

function supergraph(withRequiresReturningEntity: boolean): string {
  const a = `
    type Patient @key(fields: "id") { id: ID! vistelse: Vistelse }
    type Vistelse { fran: String boende: Boende! }
    type Boende @key(fields: "id") { id: ID! namn: String naromrade: Naromrade }
    type Naromrade @key(fields: "id") {
      id: ID!
      pseudonymer: String @external
      ${withRequiresReturningEntity ? 'patienter: [Patient!] @requires(fields: "pseudonymer")' : 'antal: Int @requires(fields: "pseudonymer")'}
    }`;
  const result = composeServices([
    { name: 'entry', url: 'http://entry', typeDefs: parse(`${federation} type Query { patient(id: ID!): Patient } type Patient @key(fields: "id") { id: ID! }`) },
    { name: 'a', url: 'http://a', typeDefs: parse(federation + a) },
    { name: 'b', url: 'http://b', typeDefs: parse(`${federation} type Naromrade @key(fields: "id") { id: ID! pseudonymer: String }`) },
  ]);
  if (result.errors) throw result.errors[0];
  return result.supergraphSdl;
}

/** The requests the planner sends to subgraph A for the query, answered the way a real subgraph would (only what was asked). */
async function requestsToA(supergraphSdl: string, query: string, fixPlan = false): Promise<{ sent: string[]; result: unknown }> {
  const sent: string[] = [];
  const schema = getStitchedSchemaFromSupergraphSdl({
    supergraphSdl,
    onSubschemaConfig(config) {
      config.executor = async (request: ExecutionRequest): Promise<ExecutionResult<any>> => {
        const text = print(request.document).replace(/\s+/g, ' ');
        if (config.name === 'ENTRY') return { data: { patient: { __typename: 'Patient', id: 'p1' } } };
        sent.push(text);
        const vistelse = text.includes('boende {') ? { fran: '2026-01-01', boende: { __typename: 'Boende', id: 'b1', namn: 'Rosvik' } } : { fran: '2026-01-01' };
        return { data: { _entities: [{ __typename: 'Patient', id: 'p1', vistelse }] } };
      };
    },
  });
  if (fixPlan) applyWorkaround(schema);
  const result = await normalizedExecutor({ schema, document: parse(query) });
  return { sent, result: JSON.parse(JSON.stringify(result)) };
}

/** What the Hive plugin does through onDelegationPlan, applied to the stitched schema's plan builders directly. */
function applyWorkaround(schema: { extensions: Record<string, unknown> }): void {
  const info = schema.extensions['stitchingInfo'] as { mergedTypes: Record<string, any> };
  for (const [typeName, merged] of Object.entries(info.mergedTypes)) {
    const original = merged.nonMemoizedDelegationPlanBuilder;
    // As fusion-runtime wires onDelegationPlan: the memoized builder calls this one.
    merged.nonMemoizedDelegationPlanBuilder = (...args: unknown[]) => moveFieldsOffComputedHalves(original(...args), typeName, [...merged.targetSubschemas.keys()]);
  }
}

const query = '{ patient(id: "p1") { vistelse { fran boende { id namn } } } }';
const expected = { data: { patient: { vistelse: { fran: '2026-01-01', boende: { id: 'b1', namn: 'Rosvik' } } } } };

describe('Hive Gateway planning of an entity next to an @requires field that returns it', () => {
  it('asks A for vistelse.boende when A\'s @requires field returns a scalar', async () => {
    const { sent, result } = await requestsToA(supergraph(false), query);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain('vistelse { fran boende { id namn } }');
    expect(result).toEqual(expected);
  });

  it('drops vistelse.boende from the request to A when the @requires field returns Patient (the bug)', async () => {
    const { sent, result } = await requestsToA(supergraph(true), query);
    expect(sent[0]).toContain('vistelse { fran }');
    expect(sent.join('\n')).not.toContain('boende {');
    expect(result).toMatchObject({ errors: [{ message: 'Cannot return null for non-nullable field Vistelse.boende.', path: ['patient', 'vistelse', 'boende'] }] });
  });

  it('asks A for all of it once the plan moves the fields off the computed half (the work-around)', async () => {
    const { sent, result } = await requestsToA(supergraph(true), query, true);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain('vistelse { fran boende { id namn } }');
    expect(result).toEqual(expected);
  });
});
