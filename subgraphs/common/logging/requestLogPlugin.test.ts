import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
