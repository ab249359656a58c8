import { ApolloServer, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestMetrics, errorCodeLabel, requestMetricsPlugin } from './requestMetricsPlugin.js';

const registry = new Registry();
const server = new ApolloServer({
  typeDefs: `type Query { patient(id: ID!): String, vagrar: String, trasig: String } type Mutation { spara(text: String!): Boolean }`,
  resolvers: {
    Query: {
      patient: (_parent, { id }: { id: string }) => `patient ${id.length}`,
      vagrar: () => {
        throw new GraphQLError('nej', { extensions: { code: 'FORBIDDEN' } });
      },
      trasig: () => {
        throw new GraphQLError('hittepå', { extensions: { code: 'SOMETHING_A_CLIENT_MADE_UP' } });
      },
    },
    Mutation: { spara: () => true },
  },
  plugins: [requestMetricsPlugin(createRequestMetrics(registry))],
});

beforeAll(async () => {
  await server.start();
});

afterAll(async () => {
  await server.stop();
});

/** The samples of one metric as `labels → value`, e.g. { 'operation_type=query': 2 }. */
async function samples(name: string): Promise<Record<string, number>> {
  const metric = (await registry.getMetricsAsJSON()).find((candidate) => candidate.name === name);
  const entries = (metric?.values ?? []) as { metricName?: string; labels: Record<string, string | number>; value: number }[];
  return Object.fromEntries(
    entries
      .filter((entry) => entry.metricName === undefined || entry.metricName === `${name}_count`)
      .map((entry) => [Object.entries(entry.labels).map(([key, value]) => `${key}=${value}`).join(','), entry.value]),
  );
}

describe('requestMetricsPlugin', () => {
  it('observes each request by operation type, never by the operation name the client chose', async () => {
    await server.executeOperation({ query: 'query Patientbild($id: ID!) { patient(id: $id) }', variables: { id: '191212121212' } });
    await server.executeOperation({ query: '{ patient(id: "1") }' });
    await server.executeOperation({ query: 'mutation Spara { spara(text: "hej") }' });
    await server.executeOperation({ query: '{ patient(' });
    expect(await samples('samsyn_graphql_request_duration_seconds')).toEqual({ 'operation_type=query': 2, 'operation_type=mutation': 1, 'operation_type=unknown': 1 });
    const text = await registry.getSingleMetricAsString('samsyn_graphql_request_duration_seconds');
    expect(text).toContain('samsyn_graphql_request_duration_seconds_bucket{le="+Inf",operation_type="query"} 2');
    expect(text).not.toMatch(/Patientbild|Spara|1912/);
  });

  it('counts the errors of answers by code, and a code outside the registry as OTHER', async () => {
    const before = await samples('samsyn_graphql_errors_total');
    await server.executeOperation({ query: '{ a: vagrar b: vagrar }' });
    await server.executeOperation({ query: '{ trasig }' });
    const after = await samples('samsyn_graphql_errors_total');
    expect(after['code=FORBIDDEN']).toBe(2);
    expect(after['code=OTHER']).toBe(1);
    expect(after['code=GRAPHQL_PARSE_FAILED']).toBe(before['code=GRAPHQL_PARSE_FAILED']);
    expect(after['code=GRAPHQL_PARSE_FAILED']).toBe(1);
  });

  it('counts the error of a request refused while its context was made (no valid token)', async () => {
    const own = new Registry();
    const refusing = new ApolloServer({ typeDefs: 'type Query { a: String }', plugins: [requestMetricsPlugin(createRequestMetrics(own))] });
    await refusing.start();
    try {
      const headers = new HeaderMap([['content-type', 'application/json']]);
      const answer = await refusing.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers, search: '', body: { query: '{ a }' } },
        context: async () => {
          throw new GraphQLError('Ingen giltig token.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        },
      });
      expect(answer.status).toBe(401);
      expect(await own.getSingleMetricAsString('samsyn_graphql_errors_total')).toMatch(/^samsyn_graphql_errors_total\{code="UNAUTHENTICATED"\} 1$/m);
    } finally {
      await refusing.stop();
    }
  });
});

describe('errorCodeLabel', () => {
  it('keeps the registry\'s codes and folds anything else into OTHER', () => {
    expect(errorCodeLabel('QUERY_TOO_DEEP')).toBe('QUERY_TOO_DEEP');
    expect(errorCodeLabel('constructor')).toBe('OTHER');
    expect(errorCodeLabel(undefined)).toBe('OTHER');
    expect(errorCodeLabel(42)).toBe('OTHER');
  });
});
