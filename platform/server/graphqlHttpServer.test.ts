// The HTTP edge every Samsyn process shares: bad requests get a clear JSON
// error with a registry code, operational routes answer, GraphQL goes through.
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logging/logger.js';
import { createGraphqlHttpServer, listen, type HttpRequestContext, type RunningHttpServer } from './graphqlHttpServer.js';

let running: RunningHttpServer;
let strict: RunningHttpServer;
let apollo: ApolloServer<HttpRequestContext>;
let base: string;
let strictBase: string;
const refused: string[] = [];

beforeAll(async () => {
  apollo = new ApolloServer<HttpRequestContext>({
    typeDefs: 'type Query { hello: String big: String }',
    resolvers: { Query: { hello: () => 'hej', big: () => 'x'.repeat(1_100_000) } },
    // As the gateway has it: Apollo then sets no cache-control header of its own.
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  const options = {
    apollo,
    log: createLogger({ service: 'test' }, { level: 'error' }),
    createContext: async () => ({ requestId: randomUUID() }),
    countRefusal: (code: string) => refused.push(code),
    limits: { maxTokens: 1000, maxAnswerBytes: 1_000_000 },
    routes: { '/health': () => ({ status: 200, contentType: 'application/json', body: '{"status":"ok"}' }) },
  };
  running = await listen(createGraphqlHttpServer(options), 0, '127.0.0.1');
  base = `http://127.0.0.1:${running.port}`;
  // As the gateway serves it (without Apollo's plugin: these are the edge's own refusals).
  strict = await listen(createGraphqlHttpServer({ ...options, graphqlOverHttpStatuses: true }), 0, '127.0.0.1');
  strictBase = `http://127.0.0.1:${strict.port}`;
});

afterAll(async () => {
  await running?.close();
  await strict?.close();
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

  it('answers over GET as over POST, and lets no cache keep an answer', async () => {
    const viaGet = await fetch(`${base}/graphql?query=${encodeURIComponent('{ hello }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(viaGet.status).toBe(200);
    expect(viaGet.headers.get('cache-control')).toBe('no-store');
    expect(await viaGet.json()).toEqual({ data: { hello: 'hej' } });
    expect((await post(JSON.stringify({ query: '{ hello }' }))).headers.get('cache-control')).toBe('no-store');
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

describe('the GraphQL HTTP server with GraphQL over HTTP statuses (the gateway)', () => {
  const send = (body: string, headers: Record<string, string>) => fetch(`${strictBase}/graphql`, { method: 'POST', headers, body });
  const tooLarge = JSON.stringify({ query: `{ ${'hello '.repeat(1200)}}` });

  it('refuses a POST that is not application/json with 415', async () => {
    for (const headers of [{}, { 'content-type': 'text/plain' }, { 'content-type': 'application/x-www-form-urlencoded' }] as Record<string, string>[]) {
      const response = await send(JSON.stringify({ query: '{ hello }' }), headers);
      expect(response.status, JSON.stringify(headers)).toBe(415);
      expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
    }
    expect((await send(JSON.stringify({ query: '{ hello }' }), { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
  });

  it('answers its refusal of a well-formed request 200 as application/json, and 400 as application/graphql-response+json', async () => {
    for (const accept of [undefined, 'application/json', '*/*']) {
      const response = await send(tooLarge, { 'content-type': 'application/json', ...(accept ? { accept } : {}) });
      expect(response.status, accept).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(((await response.json()) as any).errors[0].extensions.code).toBe('QUERY_TOO_LARGE');
    }
    const modern = await send(tooLarge, { 'content-type': 'application/json', accept: 'application/graphql-response+json' });
    expect(modern.status).toBe(400);
    expect(modern.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(((await modern.json()) as any).errors[0].extensions.code).toBe('QUERY_TOO_LARGE');
  });

  it('answers ANSWER_TOO_LARGE by the media type too', async () => {
    const json = await send(JSON.stringify({ query: '{ big }' }), { 'content-type': 'application/json' });
    expect(json.status).toBe(200);
    expect(((await json.json()) as any).errors[0].extensions.code).toBe('ANSWER_TOO_LARGE');
    const modern = await send(JSON.stringify({ query: '{ big }' }), { 'content-type': 'application/json', accept: 'application/graphql-response+json' });
    expect(modern.status).toBe(400);
    expect(modern.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
  });

  it('keeps 400 and 413 for what is no GraphQL request', async () => {
    const notJson = await send('{ "query": ', { 'content-type': 'application/json' });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
    const huge = await send(JSON.stringify({ query: '{ hello }', variables: { padding: 'x'.repeat(1_100_000) } }), { 'content-type': 'application/json' });
    expect(huge.status).toBe(413);
  });
});
