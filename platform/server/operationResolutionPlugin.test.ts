import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationResolutionPlugin } from './operationResolutionPlugin.js';

let server: ApolloServer;

beforeAll(async () => {
  server = new ApolloServer({ typeDefs: 'type Query { hej: String }', resolvers: { Query: { hej: () => 'hej' } }, plugins: [operationResolutionPlugin()] });
  await server.start();
});

afterAll(() => server.stop());

async function refusal(query: string, operationName?: string) {
  const response = await server.executeOperation({ query, ...(operationName ? { operationName } : {}) });
  const result = response.body.kind === 'single' ? response.body.singleResult : null;
  return { status: response.http.status, message: result?.errors?.[0]?.message, code: result?.errors?.[0]?.extensions?.['code'] };
}

describe('operationResolutionPlugin', () => {
  it('answers an operationName the document lacks with OPERATION_NOT_FOUND, listing what it has', async () => {
    expect(await refusal('query A { hej } query B { hej }', 'C')).toEqual({ status: 400, code: 'OPERATION_NOT_FOUND', message: 'The document has no operation named "C"; it has "A", "B".' });
  });

  it('answers several operations without operationName with OPERATION_NAME_REQUIRED', async () => {
    expect(await refusal('query A { hej } query B { hej }')).toMatchObject({ status: 400, code: 'OPERATION_NAME_REQUIRED' });
  });

  it('answers a subscription with OPERATION_TYPE_NOT_SUPPORTED, and runs what it names', async () => {
    expect(await refusal('subscription { hej }')).toMatchObject({ status: 400, code: 'OPERATION_TYPE_NOT_SUPPORTED' });
    const run = await server.executeOperation({ query: 'query A { hej } query B { hej }', operationName: 'B' });
    expect(run.body.kind === 'single' && run.body.singleResult.data).toEqual({ hej: 'hej' });
  });
});
