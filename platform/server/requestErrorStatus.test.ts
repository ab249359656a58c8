import { describe, expect, it } from 'vitest';
import { requestErrorStatus } from './requestErrorStatus.js';

describe('requestErrorStatus', () => {
  it('answers a refused GraphQL request 200 as application/json and 400 as application/graphql-response+json', () => {
    for (const code of ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'QUERY_TOO_DEEP', 'OPERATION_NOT_FOUND']) {
      expect(requestErrorStatus(400, 'application/json', [code]), code).toBe(200);
      expect(requestErrorStatus(400, 'application/graphql-response+json', [code]), code).toBe(400);
    }
  });

  it('keeps 400 for what is no GraphQL request (no query, a batch, variables not an object)', () => {
    expect(requestErrorStatus(400, 'application/json', ['BAD_REQUEST'])).toBe(400);
    expect(requestErrorStatus(400, 'application/json', ['GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST'])).toBe(400);
    expect(requestErrorStatus(400, 'application/json', [])).toBe(400);
  });

  it('keeps every other status: a missing token, a mutation over GET, an answer of data', () => {
    expect(requestErrorStatus(401, 'application/json', ['UNAUTHENTICATED'])).toBe(401);
    expect(requestErrorStatus(403, 'application/json', ['FORBIDDEN'])).toBe(403);
    expect(requestErrorStatus(405, 'application/json', ['BAD_REQUEST'])).toBe(405);
    expect(requestErrorStatus(413, 'application/json', ['BAD_REQUEST'])).toBe(413);
    expect(requestErrorStatus(200, 'application/graphql-response+json', ['SUBGRAPH_UNAVAILABLE'])).toBe(200);
  });

  it('keeps 400 when the client accepts neither media type', () => {
    expect(requestErrorStatus(400, null, ['GRAPHQL_PARSE_FAILED'])).toBe(400);
  });
});
