// The pass-through must answer exactly as @apollo/gateway does: for every web operation whose plan may pass
// through, random clean subgraph answers run through @apollo/gateway's own executeQueryPlan and computeResponse,
// once as they are and once passing through, and the client's bytes must be the same.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type QueryPlan } from '@apollo/query-planner';
import { parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fragmentsUnder, graphqlFiles, operationDocument } from '../../test/support/operationDocument.js';
import { randomAnswer, randomSource } from '../../test/support/randomSubgraphAnswer.js';
import type { ResultShapingModule } from './compiledResponseShaper.js';
import {
  accessibleEnums,
  canPassThrough,
  passedThroughCount,
  passingRoot,
  passingThrough,
  passThroughText,
  unparsedAnswer,
  type PassThroughOperationContext,
} from './singleFetchPassThrough.js';

const require = createRequire(import.meta.url);
type ExecuteQueryPlan = Parameters<typeof passingThrough>[0];
const executor = require('@apollo/gateway/dist/executeQueryPlan.js') as { executeQueryPlan: ExecuteQueryPlan };
const resultShaping = require('@apollo/gateway/dist/resultShaping.js') as ResultShapingModule;
const execute = executor.executeQueryPlan;
const originalShaper = resultShaping.computeResponse;

const supergraph = Supergraph.build(readFileSync('schema/supergraph.graphql', 'utf8'));
const apiSchema = supergraph.apiSchema();
const supergraphSchema = supergraph.schema.toGraphQLJSSchema();
const operationSchema = apiSchema.toGraphQLJSSchema();
const planner = new QueryPlanner(supergraph);
const accessibleEnum = accessibleEnums(supergraphSchema, operationSchema);

/** Every subgraph answers every fetch with `text`, through `unparsedAnswer` as the gateway's data source does. */
function servicesAnswering(text: string) {
  const response = { headers: { get: (name: string) => (name === 'content-type' ? 'application/json' : null) }, text: async () => text };
  const service = { process: async ({ context }: { context: object }) => (await unparsedAnswer(response, context)) ?? JSON.parse(text) };
  return new Proxy({}, { get: () => service });
}

const silent = { debug() {}, info() {}, warn() {}, error() {} };

async function answer(run: ExecuteQueryPlan, plan: QueryPlan, operationContext: PassThroughOperationContext, text: string): Promise<string> {
  const requestContext = { context: {}, request: { variables: {} }, metrics: {}, logger: silent };
  return passThroughText(await run(plan, servicesAnswering(text), requestContext, operationContext, supergraphSchema, apiSchema));
}

describe('the single-fetch pass-through', () => {
  // As installSingleFetchPassThrough does, in front of @apollo/gateway's own shaper.
  beforeAll(() => {
    resultShaping.computeResponse = passingRoot(originalShaper);
  });
  afterAll(() => {
    resultShaping.computeResponse = originalShaper;
  });

  it("answers every web operation it passes through exactly as @apollo/gateway's executor does", async () => {
    const shared = fragmentsUnder('web/app');
    let eligible = 0;
    for (const [index, file] of graphqlFiles('web/app').entries()) {
      const document = parse(readFileSync(file, 'utf8'));
      for (const definition of document.definitions) {
        if (definition.kind !== 'OperationDefinition') continue;
        const single = operationDocument(definition, document, shared);
        const operationContext: PassThroughOperationContext = {
          schema: operationSchema,
          operation: single.definitions.find((node): node is OperationDefinitionNode => node.kind === 'OperationDefinition')!,
          fragments: Object.fromEntries(single.definitions.filter((node): node is FragmentDefinitionNode => node.kind === 'FragmentDefinition').map((fragment) => [fragment.name.value, fragment])),
        };
        const operation = operationFromDocument(apiSchema, single, { validate: false });
        const plan = planner.buildQueryPlan(operation);
        if (!canPassThrough(plan, operationContext, accessibleEnum)) continue;
        eligible++;
        // The subgraph's answer to the fetch it is sent, as its own schema shapes it.
        const fetch = plan.node as FetchNode;
        const subgraphSchema = supergraph.subgraphs().get(fetch.serviceName)!.schema;
        const fetchOperation = operationFromDocument(subgraphSchema, parse(fetch.operation), { validate: false });
        const random = randomSource(2000 + index, { exact: true });
        for (let run = 0; run < 20; run++) {
          const text = JSON.stringify({ data: randomAnswer(subgraphSchema, fetchOperation.selectionSet, random, 0) });
          const passedBefore = passedThroughCount();
          const passed = await answer(passingThrough(execute), plan, operationContext, text);
          expect(passedThroughCount(), `${definition.name?.value} run ${run} passed through`).toBe(passedBefore + 1);
          expect(passed, `${definition.name?.value} run ${run}`).toBe(await answer(execute, plan, operationContext, text));
        }
      }
    }
    // The analysis, the avvikelse list and the reference lists, at least.
    expect(eligible).toBeGreaterThan(2);
  });
});
