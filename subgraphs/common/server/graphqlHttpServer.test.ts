// The HTTP edge every Samsyn process shares: bad requests get a clear JSON
// error with a registry code, operational routes answer, GraphQL goes through.
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logging/logger.js';
import { createGraphqlHttpServer, listen, type HttpRequestContext, type RunningHttpServer } from './graphqlHttpServer.js';

let running: RunningHttpServer;
let apollo: ApolloServer<HttpRequestContext>;
let base: string;
const refused: string[] = [];

beforeAll(async () => {
  apollo = new ApolloServer<HttpRequestContext>({
    typeDefs: 'type Query { hello: String big: String }',
    resolvers: { Query: { hello: () => 'hej', big: () => 'x'.repeat(1_100_000) } },
  });
  await apollo.start();
  const server = createGraphqlHttpServer({
    apollo,
    log: createLogger({ service: 'test' }, { level: 'error' }),
    createContext: async () => ({ requestId: randomUUID() }),
    countRefusal: (code) => refused.push(code),
      limits: { maxTokens: 1000, maxAnswerBytes: 1_000_000 },
    routes: { '/health': () => ({ status: 200, contentType: 'application/json', body: '{"status":"ok"}' }) },
  });
  running = await listen(server, 0, '127.0.0.1');
  base = `http://127.0.0.1:${running.port}`;
});

afterAll(async () => {
  await running?.close();
  await apollo?.stop();
});

const post = (body: string) => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('the GraphQL HTTP server', () => {
  it('answers GraphQL at /graphql with a request id', async () => {
    const response = await post(JSON.stringify({ query: '{ hello }' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toMatch(/[0-9a-f-]{36}/);
    expect(await response.json()).toEqual({ data: { hello: 'hej' } });
  });

  it('refuses a body that is not JSON with BAD_REQUEST', async () => {
    refused.length = 0;
    const response = await post('{ hello');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    // Counted for the errors metric, though Apollo Server never saw it.
    expect(refused).toEqual(['BAD_REQUEST']);
  });

  it('refuses a body over 1 MB with 413', async () => {
    const response = await post(JSON.stringify({ query: '{ hello }', variables: { padding: 'x'.repeat(1_100_000) } }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a query of more tokens than the limit before parsing it, naming both', async () => {
    const response = await post(JSON.stringify({ query: `{ ${'hello '.repeat(1200)}}` }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'The query has 1,202 tokens; at most 1,000 are allowed (SAMSYN_MAX_TOKENS). Ask for less, or split the operation.',
          extensions: { code: 'QUERY_TOO_LARGE', measured: 1202, limit: 1000 },
        },
      ],
    });
    const viaGet = await fetch(`${base}/graphql?query=${encodeURIComponent(`{ ${'hello '.repeat(1200)}}`)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(viaGet.status).toBe(400);
    expect(((await viaGet.json()) as any).errors[0].extensions.code).toBe('QUERY_TOO_LARGE');
  });

  it('replaces an answer larger than the limit with ANSWER_TOO_LARGE, sending none of it', async () => {
    const response = await post(JSON.stringify({ query: '{ big }' }));
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body.length).toBeLessThan(1000);
    // {"data":{"big":"…"}}: 20 bytes around the string.
    expect(JSON.parse(body).errors[0].extensions).toEqual({ code: 'ANSWER_TOO_LARGE', measured: 1_100_020, limit: 1_000_000 });
  });

  it('serves its operational routes and says where GraphQL is for any other path', async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    const missing = await fetch(`${base}/nope`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as any).errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringContaining('/graphql') });
  });
});
