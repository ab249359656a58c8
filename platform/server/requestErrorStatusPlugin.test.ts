import { ApolloServer, HeaderMap } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, type Logger } from '../logging/logger.js';
import { requestLogPlugin } from '../logging/requestLogPlugin.js';
import { requestErrorStatusPlugin } from './requestErrorStatusPlugin.js';

const lines: Record<string, unknown>[] = [];
const log = createLogger({ service: 'test' }, { write: (line) => lines.push(JSON.parse(line)) });
let server: ApolloServer<{ log: Logger }>;

beforeAll(async () => {
  server = new ApolloServer<{ log: Logger }>({
    typeDefs: 'type Query { hej(namn: String!): String }',
    resolvers: { Query: { hej: (_: unknown, { namn }: { namn: string }) => `hej ${namn}` } },
    // As the gateway lists them: the log line is written after the status is settled.
    plugins: [requestErrorStatusPlugin(), requestLogPlugin()],
  });
  await server.start();
});

afterAll(async () => {
  await server.stop();
});

async function send(body: Record<string, unknown>, accept?: string): Promise<{ status: number; contentType: string | undefined; body: string }> {
  const headers = new HeaderMap([['content-type', 'application/json']]);
  if (accept) headers.set('accept', accept);
  const result = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: 'POST', headers, search: '', body }, context: async () => ({ log }) });
  return { status: result.status ?? 200, contentType: result.headers.get('content-type'), body: result.body.kind === 'complete' ? result.body.string : '' };
}

describe('requestErrorStatusPlugin', () => {
  it('answers a document that does not parse or validate, or variables that do not coerce, 200 as application/json', async () => {
    for (const body of [{ query: '{' }, { query: '{ finnsInte }' }, { query: 'query ($namn: String!) { hej(namn: $namn) }', variables: { namn: null } }]) {
      const answer = await send(body, 'application/json');
      expect(answer.status, JSON.stringify(body)).toBe(200);
      expect(answer.contentType).toContain('application/json');
      expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ message: expect.any(String) }] });
      expect(JSON.parse(answer.body)).not.toHaveProperty('data');
      expect((await send(body)).status, `${JSON.stringify(body)} without Accept`).toBe(200);
    }
  });

  it('logs the status it sends', async () => {
    lines.length = 0;
    await send({ query: '{' }, 'application/json');
    await send({ query: '{' }, 'application/graphql-response+json');
    expect(lines.map((line) => [line['status'], line['errorCodes']])).toEqual([
      [200, ['GRAPHQL_PARSE_FAILED']],
      [400, ['GRAPHQL_PARSE_FAILED']],
    ]);
  });

  it('answers them 400 as application/graphql-response+json', async () => {
    for (const body of [{ query: '{' }, { query: '{ finnsInte }' }, { query: 'query ($namn: String!) { hej(namn: $namn) }', variables: { namn: null } }]) {
      const answer = await send(body, 'application/graphql-response+json');
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.contentType).toContain('application/graphql-response+json');
    }
  });

  it('leaves an operation run in-process with the status Apollo gave it', async () => {
    const response = await server.executeOperation({ query: '{' }, { contextValue: { log } });
    expect(response.http.status).toBe(400);
  });

  it('keeps 400 for a request with no query', async () => {
    expect((await send({ qeury: '{ hej(namn: "a") }' }, 'application/json')).status).toBe(400);
  });

  it('leaves an answer with data as it was', async () => {
    const answer = await send({ query: '{ hej(namn: "Ada") }' }, 'application/json');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { hej: 'hej Ada' } });
  });
});
