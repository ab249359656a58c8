import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { requestShapeProblem } from './requestShapeProblem.js';

const none = new URLSearchParams();
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('requestShapeProblem', () => {
  it('passes a query within the token limit, by POST or GET, and a body without a query (Apollo answers that)', () => {
    expect(requestShapeProblem({ query: '{ kommuner { kod } }' }, none, 10)).toBeNull();
    expect(requestShapeProblem(undefined, new URLSearchParams({ query: '{ kommuner { kod } }' }), 10)).toBeNull();
    expect(requestShapeProblem({ variables: {} }, none, 10)).toBeNull();
    expect(requestShapeProblem([{ query: '{ a }' }], none, 10)).toBeNull();
  });

  it('refuses a query of more tokens than the limit, naming both', () => {
    expect(requestShapeProblem({ query: '{ a b c d e f g h i j }' }, none, 10)).toEqual({
      status: 400,
      code: 'QUERY_TOO_LARGE',
      message: 'The query has 12 tokens; at most 10 are allowed (SAMSYN_MAX_TOKENS). Ask for less, or split the operation.',
      extensions: { measured: 12, limit: 10 },
    });
    expect(requestShapeProblem(undefined, new URLSearchParams({ query: '{ a b c d e f g h i j }' }), 10)?.code).toBe('QUERY_TOO_LARGE');
  });

  it('refuses a persisted-query hash that is not the hash of its query, and passes one that is', () => {
    const query = '{ kommuner { kod } }';
    expect(requestShapeProblem({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha(query) } } }, none, 100)).toBeNull();
    expect(requestShapeProblem({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha('other') } } }, none, 100)?.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    const viaGet = new URLSearchParams({ query, extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } }) });
    expect(requestShapeProblem(undefined, viaGet, 100)?.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    // A hash alone asks for a stored query: Apollo answers that.
    expect(requestShapeProblem({ extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }, none, 100)).toBeNull();
  });
});
