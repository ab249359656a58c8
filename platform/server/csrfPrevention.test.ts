import { ApolloServer, HeaderMap } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfPrevention } from './csrfPrevention.js';

let server: ApolloServer;

beforeAll(async () => {
  server = new ApolloServer({ typeDefs: 'type Query { hej: String }', resolvers: { Query: { hej: () => 'hej' } }, csrfPrevention });
  await server.start();
});

afterAll(async () => {
  await server.stop();
});

async function get(headers: [string, string][]): Promise<{ status: number; body: string }> {
  const result = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'GET', headers: new HeaderMap(headers), search: '?query=%7B%20hej%20%7D', body: undefined },
    context: async () => ({}),
  });
  return { status: result.status ?? 200, body: result.body.kind === 'complete' ? result.body.string : '' };
}

describe('csrfPrevention', () => {
  it('serves a query over GET that carries an Authorization header', async () => {
    expect(await get([['authorization', 'Bearer x']])).toEqual({ status: 200, body: expect.stringContaining('"hej":"hej"') });
  });

  it('refuses a GET with no header a simple cross-site request cannot carry', async () => {
    const answer = await get([['accept', 'application/json']]);
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('Cross-Site Request Forgery');
  });
});
