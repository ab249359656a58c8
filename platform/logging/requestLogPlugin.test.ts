import { ApolloServer } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInMemoryTracing, type InMemoryTracing } from '../testing/inMemoryTracing.js';
import { createLogger, type Logger } from './logger.js';
import { requestLogPlugin } from './requestLogPlugin.js';

const lines: Record<string, unknown>[] = [];
const log = createLogger({ service: 'test' }, { write: (line) => lines.push(JSON.parse(line)) }).child({ requestId: 'req-1' });

const server = new ApolloServer<{ log: Logger }>({
  typeDefs: `type Query { patient(id: ID!): String, vagrar: String } type Mutation { spara(text: String!): Boolean }`,
  resolvers: {
    Query: {
      patient: (_parent, { id }: { id: string }) => `patient ${id.length}`,
      vagrar: () => {
        throw new GraphQLError('nej', { extensions: { code: 'FORBIDDEN' } });
      },
    },
    Mutation: { spara: () => true },
  },
  plugins: [requestLogPlugin()],
});

beforeAll(async () => {
  await server.start();
});

afterAll(async () => {
  await server.stop();
});

const run = async (query: string, variables: Record<string, unknown> = {}, operationName?: string) => {
  lines.length = 0;
  await server.executeOperation({ query, variables, ...(operationName ? { operationName } : {}) }, { contextValue: { log } });
  return lines;
};

describe('requestLogPlugin', () => {
  it('writes one line per request with name, type, duration, status and the request id, never the variables', async () => {
    const written = await run('query Patientbild($id: ID!) { patient(id: $id) }', { id: '191212121212' });
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ message: 'request', requestId: 'req-1', operationName: 'Patientbild', operationType: 'query', status: 200, errorCodes: [] });
    expect(written[0]!['durationMs']).toEqual(expect.any(Number));
    expect(JSON.stringify(written)).not.toMatch(/1912|\$id|patient\(/);
  });

  it('names the error codes of the answer, each once', async () => {
    const written = await run('query Tva { a: vagrar b: vagrar }');
    expect(written[0]).toMatchObject({ operationName: 'Tva', operationType: 'query', errorCodes: ['FORBIDDEN'] });
  });

  it('logs a request that never reached an operation: a parse error, status 400, no type', async () => {
    const written = await run('{ patient(');
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ operationName: null, operationType: null, status: 400, errorCodes: ['GRAPHQL_PARSE_FAILED'] });
  });

  it('tells mutations from queries, and an anonymous operation has no name', async () => {
    const written = await run('mutation { spara(text: "hej") }');
    expect(written[0]).toMatchObject({ operationName: null, operationType: 'mutation', errorCodes: [] });
  });

  it('carries no trace id while tracing is off', async () => {
    const written = await run('query Tyst { vagrar }');
    expect(written[0]).not.toHaveProperty('traceId');
  });
});

describe('requestLogPlugin with tracing on', () => {
  let tracing: InMemoryTracing;
  beforeAll(() => {
    tracing = startInMemoryTracing();
  });
  afterAll(async () => {
    await tracing.stop();
    trace.disable();
  });

  it("names the trace of the request's span, so the line and the trace find each other", async () => {
    const { traceId, written } = await trace.getTracer('test').startActiveSpan('POST /graphql', async (span) => {
      const result = { traceId: span.spanContext().traceId, written: [...(await run('query Patientbild { vagrar }'))] };
      span.end();
      return result;
    });
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ message: 'request', operationName: 'Patientbild', traceId });
  });

  it('carries no trace id for a request outside any span', async () => {
    const written = await run('query Utan { vagrar }');
    expect(written[0]).not.toHaveProperty('traceId');
  });
});
