import { ApolloServer } from '@apollo/server';
import { createRequire } from 'node:module';
import type { GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compiledQueryGateway, createCompiledQueryCache } from './compiledQueryGateway.js';

// The same CommonJS graphql the subgraph schemas are built with (see the module).
const { buildSchema, parse, GraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

function schemaWithResolvers(): GraphQLSchema {
  const schema = buildSchema(`
    enum Gruppering { MANAD KATEGORI }
    input Urval { ar: Int! gruppera: [Gruppering!]! = [MANAD] }
    type Query {
      urval(urval: Urval!): String!
      halsning(namn: String = "världen"): String!
      fel: String
      nekad: String
      lista: [Int!]!
    }
  `);
  const fields = schema.getQueryType()!.getFields();
  fields['urval']!.resolve = (_root, args: { urval: unknown }) => JSON.stringify(args.urval);
  fields['halsning']!.resolve = (_root, args: { namn: string }, context: { prefix: string }) => `${context.prefix} ${args.namn}`;
  fields['fel']!.resolve = () => {
    throw new Error('det gick inte');
  };
  fields['nekad']!.resolve = () => {
    throw new GraphQLError('nej', { extensions: { code: 'FORBIDDEN' } });
  };
  fields['lista']!.resolve = () => [1, 2, 3];
  return schema;
}

async function serve() {
  const server = new ApolloServer<{ prefix: string }>({ gateway: compiledQueryGateway(schemaWithResolvers()), includeStacktraceInErrorResponses: false });
  await server.start();
  const ask = async (query: string, variables?: Record<string, unknown>) => {
    const response = await server.executeOperation({ query, variables }, { contextValue: { prefix: 'hej' } });
    if (response.body.kind !== 'single') throw new TypeError('expected a single result');
    return response.body.singleResult;
  };
  return { server, ask };
}

describe('compiledQueryGateway', () => {
  it('executes queries with the context Apollo Server built', async () => {
    const { server, ask } = await serve();
    expect(await ask('{ halsning lista }')).toEqual({ data: { halsning: 'hej världen', lista: [1, 2, 3] } });
    expect(await ask('query ($n: String) { halsning(namn: $n) }', { n: 'Borås' })).toEqual({ data: { halsning: 'hej Borås' } });
    await server.stop();
  });

  it('fills in input fields left out of a variable with their defaults, as graphql-js does', async () => {
    const { server, ask } = await serve();
    const result = await ask('query ($u: Urval!) { urval(urval: $u) }', { u: { ar: 2026 } });
    expect(JSON.parse(result.data!['urval'] as string)).toEqual({ ar: 2026, gruppera: ['MANAD'] });
    await server.stop();
  });

  it('refuses bad variables with graphql-js wording and the BAD_USER_INPUT code, resolving nothing', async () => {
    const { server, ask } = await serve();
    const result = await ask('query ($u: Urval!) { urval(urval: $u) }', { u: { ar: 'tjugo' } });
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.message).toMatch(/^Variable "\$u" got invalid value "tjugo" at "u.ar"; Int cannot represent non-integer value/);
    expect(result.errors![0]!.extensions?.['code']).toBe('BAD_USER_INPUT');
    await server.stop();
  });

  it('reports a resolver error at its path with its code and keeps the rest of the answer, as graphql-js does', async () => {
    const { server, ask } = await serve();
    const result = await ask('{ halsning fel }');
    expect(result.data).toEqual({ halsning: 'hej världen', fel: null });
    expect(result.errors).toEqual([{ message: 'det gick inte', locations: [{ line: 1, column: 12 }], path: ['fel'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    const refused = await ask('{ halsning nekad }');
    expect(refused.errors).toEqual([{ message: 'nej', locations: [{ line: 1, column: 12 }], path: ['nekad'], extensions: { code: 'FORBIDDEN' } }]);
    await server.stop();
  });

  it('compiles a document once per operation name and keeps operations of one document apart', () => {
    const compiled = createCompiledQueryCache(schemaWithResolvers());
    const document = parse('query A { halsning } query B { lista }');
    const a = compiled(document, 'A');
    expect(compiled(document, 'A')).toBe(a);
    expect(compiled(document, 'B')).not.toBe(a);
    expect(compiled(parse('query A { halsning } query B { lista }'), 'A')).not.toBe(a);
  });
});
