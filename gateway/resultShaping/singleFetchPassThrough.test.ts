// Which plans may hand the subgraph's answer on as it is, checked on plans the query planner really builds for a
// small two-subgraph supergraph. Any doubt must answer "no": the ordinary path is always correct.
import { composeServices } from '@apollo/composition';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import { createRequire } from 'node:module';
import type { FragmentDefinitionNode, OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { accessibleEnums, canPassThrough, mayPassRoot, passingThrough, passThroughText, unparsedAnswer } from './singleFetchPassThrough.js';

// Composition and planning use CommonJS graphql; documents for them are parsed by that same copy.
const { parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const federation = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@inaccessible"])`;
const composed = composeServices([
  {
    name: 'kommun',
    url: 'http://127.0.0.1:1/graphql',
    typeDefs: parse(`${federation}
      type Query { patient(id: ID!): Patient  patienter: [Patient!]!  antal: Int! }
      type Mutation { byt(namn: String!): Patient }
      interface Person { namn: String }
      type Patient implements Person @key(fields: "id") { id: ID!  namn: String  status: Status  form: Form  person: Person }
      enum Status { AKTIV AVSLUTAD SPARRAD @inaccessible }
      enum Form { ORDINARIE TILLFALLIG }`),
  },
  {
    name: 'vgr',
    url: 'http://127.0.0.1:2/graphql',
    typeDefs: parse(`${federation}
      type Patient @key(fields: "id") { id: ID!  vardcentral: String }`),
  },
]);
if (!composed.supergraphSdl) throw new TypeError(`composition failed: ${composed.errors?.map((error) => error.message).join('; ')}`);
const supergraph = Supergraph.build(composed.supergraphSdl);
const apiSchema = supergraph.apiSchema();
const planner = new QueryPlanner(supergraph);
const accessibleEnum = accessibleEnums(supergraph.schema.toGraphQLJSSchema(), apiSchema.toGraphQLJSSchema());

function planned(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === 'FragmentDefinition').map((fragment) => [fragment.name.value, fragment]),
  );
  const plan = planner.buildQueryPlan(operationFromDocument(apiSchema, document));
  return { plan, operationContext: { schema: apiSchema.toGraphQLJSSchema(), operation, fragments } };
}

function passes(query: string): boolean {
  const { plan, operationContext } = planned(query);
  return canPassThrough(plan, operationContext, accessibleEnum);
}

describe('canPassThrough', () => {
  it('passes a query one subgraph answers with exactly the client’s fields, aliases and lists included', () => {
    expect(passes('{ patient(id: "1") { id namn } }')).toBe(true);
    expect(passes('query ($id: ID!) { p: patient(id: $id) { n: namn id } antal }')).toBe(true);
    expect(passes('{ patienter { id form } }')).toBe(true);
  });

  it('does not pass what needs a second subgraph', () => {
    expect(passes('{ patient(id: "1") { id vardcentral } }')).toBe(false);
  });

  it('does not pass enums with values hidden from clients, which the gateway must check', () => {
    expect(passes('{ patient(id: "1") { status } }')).toBe(false);
  });

  it('does not pass __typename, fragments, abstract types or directives, which the gateway shapes', () => {
    expect(passes('{ patient(id: "1") { __typename id } }')).toBe(false);
    expect(passes('{ patient(id: "1") { ...Namn } } fragment Namn on Patient { namn }')).toBe(false);
    expect(passes('{ patient(id: "1") { ... on Patient { namn } } }')).toBe(false);
    expect(passes('{ patient(id: "1") { person { namn } } }')).toBe(false);
    expect(passes('query ($med: Boolean!) { patient(id: "1") { namn @include(if: $med) } }')).toBe(false);
    expect(passes('{ patient(id: "1") { namn namn } }')).toBe(false);
  });

  it('does not pass mutations', () => {
    expect(passes('mutation { byt(namn: "x") { id } }')).toBe(false);
  });
});

describe('passThroughText', () => {
  it('serializes any answer it was not given a subgraph text for as JSON', () => {
    expect(passThroughText({ data: { antal: 1 } })).toBe('{"data":{"antal":1}}\n');
    expect(passThroughText({ errors: [{ message: 'nej' }] })).toBe('{"errors":[{"message":"nej"}]}\n');
  });
});

/** What the gateway's HTTP server sends for a result. */
const sent = passThroughText;

describe('passingThrough', () => {
  const supergraphSchema = supergraph.schema.toGraphQLJSSchema();
  const subgraphResponse = (text: string) => ({ headers: { get: (name: string) => (name === 'content-type' ? 'application/json' : null) }, text: async () => text });

  /** Runs a plan the way the gateway's executor does with one fetch: parse, merge, shape. */
  async function execute(query: string, text: string, merge: (data: Record<string, unknown>) => Record<string, unknown>) {
    const { plan, operationContext } = planned(query);
    const seen: { body?: unknown; passed?: boolean } = {};
    const run = passingThrough(async (_plan, _services, requestContext) => {
      const context = (requestContext as { context: object }).context;
      const response = subgraphResponse(text);
      const body = (await unparsedAnswer(response, context)) as { data: Record<string, unknown> };
      seen.body = body;
      const root = merge(body.data);
      seen.passed = mayPassRoot(root);
      return { data: root };
    });
    const result = await run(plan, {}, { context: {} }, operationContext, supergraphSchema, apiSchema);
    return { result, ...seen };
  }

  it('hands on a clean answer as its text, without parsing it', async () => {
    const text = '{"data":{"patient":{"id":"1","namn":"Åsa Öberg"}}}\n';
    const { result, body, passed } = await execute('{ patient(id: "1") { id namn } }', text, (data) => ({ ...data }));
    expect(body).toEqual({ data: { patient: {} } });
    expect(passed).toBe(true);
    expect(sent(result)).toBe(text);
  });

  it('ends a handed-on answer with a newline, like every other answer', async () => {
    const text = '{"data":{"patient":{"id":"1","namn":"Anna"}}}';
    const { result, passed } = await execute('{ patient(id: "1") { id namn } }', text, (data) => ({ ...data }));
    expect(passed).toBe(true);
    expect(sent(result)).toBe(`${text}\n`);
  });

  /** What the data source gets from `unparsedAnswer` for a clean answer: undefined when the request may not pass. */
  async function unparsedBody(query: string, requestContext: { context: object; requestIsBatched?: boolean }): Promise<unknown> {
    const { plan, operationContext } = planned(query);
    let body: unknown = 'not asked';
    await passingThrough(async (_plan, _services, executorContext) => {
      body = await unparsedAnswer(subgraphResponse('{"data":{"patient":null}}'), (executorContext as { context: object }).context);
      return { data: null };
    })(plan, {}, requestContext, operationContext, supergraphSchema, apiSchema);
    return body;
  }

  it('never hands on an answer within a batch, whose operations share one context', async () => {
    expect(await unparsedBody('{ patient(id: "1") { id namn } }', { context: {}, requestIsBatched: true })).toBeUndefined();
    expect(await unparsedBody('{ patient(id: "1") { id namn } }', { context: {} })).toEqual({ data: { patient: {} } });
  });

  it('gives the shaper the parsed values when an unparsed answer does not pass after all', async () => {
    const text = '{"data":{"patient":{"id":"1","namn":"Anna"}}}';
    const { result, passed } = await execute('{ patient(id: "1") { id namn } }', text, (data) => ({ ...data, antal: 3 }));
    expect(passed).toBe(false);
    expect(result.data).toEqual({ patient: { id: '1', namn: 'Anna' }, antal: 3 });
    expect(sent(result)).toBe('{"data":{"patient":{"id":"1","namn":"Anna"},"antal":3}}\n');
  });

  it('parses an answer with errors and never hands it on', async () => {
    const text = '{"errors":[{"message":"nej","path":["patient"]}],"data":{"patient":null}}';
    const { result, body, passed } = await execute('{ patient(id: "1") { id namn } }', text, (data) => ({ ...data }));
    expect(body).toEqual(JSON.parse(text));
    expect(passed).toBe(false);
    expect(sent(result)).toBe('{"data":{"patient":null}}\n');
  });

  it('leaves requests whose plan may not pass through to the data source', async () => {
    expect(await unparsedBody('{ patient(id: "1") { id vardcentral } }', { context: {} })).toBeUndefined();
  });
});
