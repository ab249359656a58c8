// The compiled shaper must answer exactly as @apollo/gateway's own computeResponse: same data, same null
// bubbling, same errors with the same paths. Compared on the web application's real operations over the
// supergraph's API schema, and on a small schema with interfaces, unions, enums, aliases, fragments and
// @skip/@include, each with many random subgraph answers (including nulls where none may be, values of the
// wrong type, unknown enum values and unknown __typename).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildSchema, operationFromDocument, Supergraph, type Operation, type Schema } from '@apollo/federation-internals';
import { parse, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { fragmentsUnder, graphqlFiles, operationDocument } from '../../test/support/operationDocument.js';
import { describe, expect, it } from 'vitest';
import { randomAnswer, randomSource } from '../../test/support/randomSubgraphAnswer.js';
import { checkedGatewayVersion, installedGatewayVersion } from './checkedGatewayVersion.js';
import { compiledComputeResponse } from './compiledResponseShaper.js';
import type { ComputeResponseArguments, ComputedResponse } from './compileResponseShape.js';

const require = createRequire(import.meta.url);
const original = (require('@apollo/gateway/dist/resultShaping.js') as { computeResponse: (args: ComputeResponseArguments) => ComputedResponse }).computeResponse;

/** Each operation with the fragments it uses: its file's, or (`shared`) another web file's, as codegen resolves them. */
function operationsOf(schema: Schema, document: DocumentNode, shared?: ReadonlyMap<string, FragmentDefinitionNode>): Operation[] {
  return document.definitions
    .filter((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition')
    .map((definition) => operationFromDocument(schema, operationDocument(definition, document, shared), { validate: false }));
}

function withoutPrototypes(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null));
}

function compare(operation: Operation, variables: Record<string, unknown>, runs: number, seed: number) {
  const compiled = compiledComputeResponse();
  const introspectionHandling = () => ({ introspected: true });
  const random = randomSource(seed);
  let withErrors = 0;
  for (let run = 0; run < runs; run++) {
    const oddness = run % 3 === 0 ? 0 : run % 3 === 1 ? 0.1 : 0.4;
    const input = randomAnswer(operation.schema(), operation.selectionSet, random, oddness);
    const expected = captured(() => original({ operation, variables, input, introspectionHandling }));
    const actual = captured(() => compiled({ operation, variables, input, introspectionHandling }));
    expect(actual, `${operation.name ?? 'anonymous'} run ${run} (seed ${seed})`).toEqual(expected);
    if ('errors' in expected && (expected.errors as unknown[]).length > 0) withErrors++;
  }
  return withErrors;
}

/** The answer and errors as plain values, or the thrown message (both must throw alike). */
function captured(compute: () => ComputedResponse): Record<string, unknown> {
  try {
    const { data, errors } = compute();
    return { data: withoutPrototypes(data), errors: errors.map((error) => ({ message: error.message, path: error.path, code: error.extensions?.['code'] })) };
  } catch (error) {
    return { thrown: true };
  }
}

describe('the compiled response shaper', () => {
  it('is installed only over the @apollo/gateway version it reproduces', () => {
    expect(installedGatewayVersion()).toBe(checkedGatewayVersion);
  });

  it("answers every web operation exactly as @apollo/gateway's computeResponse does", () => {
    const apiSchema = Supergraph.build(readFileSync('schema/supergraph.graphql', 'utf8')).apiSchema();
    const files = graphqlFiles('web/app');
    const shared = fragmentsUnder('web/app');
    expect(files.length).toBeGreaterThan(5);
    let operations = 0;
    let answersWithErrors = 0;
    for (const [index, file] of files.entries()) {
      for (const operation of operationsOf(apiSchema, parse(readFileSync(file, 'utf8')), shared)) {
        operations++;
        answersWithErrors += compare(operation, {}, 60, 1000 + index);
      }
    }
    expect(operations).toBeGreaterThan(10);
    // The random answers did reach the error paths, not only the happy one.
    expect(answersWithErrors).toBeGreaterThan(operations);
  });

  it('answers alike with interfaces, unions, enums, aliases, fragments and @skip/@include', () => {
    const schema = buildSchema(`
      scalar Datum
      enum Status { OPPEN STANGD }
      interface Enhet { id: ID! namn: String }
      type Vardcentral implements Enhet { id: ID! namn: String listade: Int! }
      type Boende implements Enhet { id: ID! namn: String platser: [Int!] status: Status! }
      union Part = Vardcentral | Boende
      type Query {
        enheter: [Enhet!]!
        part(id: ID!): Part
        status: Status
        datum: Datum!
        tal: [[Float]!]
      }
    `);
    const document = parse(`
      query Alla($visa: Boolean!, $dolj: Boolean = false) {
        __typename
        enheter {
          __typename
          id
          namn @include(if: $visa)
          ... on Vardcentral { listade antal: listade }
          ...BoendeDelar
        }
        forsta: part(id: "1") { ... on Enhet { id } ... on Boende { status platser } typ: __typename }
        andra: part(id: "2") @skip(if: $dolj) { __typename ... on Vardcentral { namn } }
        status
        datum
        tal
        ... @include(if: $visa) { annatDatum: datum }
      }
      fragment BoendeDelar on Boende { status platser namn }
    `);
    const [operation] = operationsOf(schema, document);
    let answersWithErrors = 0;
    for (const [seed, variables] of [{ visa: true }, { visa: false }, { visa: true, dolj: true }].entries()) {
      answersWithErrors += compare(operation!, variables, 400, seed);
    }
    expect(answersWithErrors).toBeGreaterThan(100);
  });
});
