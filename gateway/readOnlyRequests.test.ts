import { describe, expect, it } from 'vitest';
import { ReadOnlyRequests, queryOf } from './readOnlyRequests.js';

describe('which bodies may be answered once for several requests', () => {
  const readOnly = new ReadOnlyRequests();

  it('queries only: never a mutation, a subscription, a document with a mutation in it, or a body that cannot be read', () => {
    expect(readOnly.body(JSON.stringify({ query: 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', variables: { r: [] } }))).toBe(true);
    expect(readOnly.body(JSON.stringify({ query: '{ kommuner { kod } }' }))).toBe(true);
    expect(readOnly.body(JSON.stringify({ query: 'mutation { hav(input: {}) { sparrad } }' }))).toBe(false);
    expect(readOnly.body(JSON.stringify({ query: 'subscription S { x }' }))).toBe(false);
    expect(readOnly.body(JSON.stringify({ query: 'query A { a } mutation B { b }', operationName: 'A' }))).toBe(false);
    expect(readOnly.body(JSON.stringify({ query: 'query {' }))).toBe(false);
    expect(readOnly.body('{"query": not json')).toBe(false);
    expect(readOnly.body(JSON.stringify({ variables: {} }))).toBe(false);
  });

  it('reads the query string of a body, escapes included, without the variables', () => {
    const query = 'query Q($s: String = "a \\"quoted\\" \\\\ text") {\n  x(s: $s)\n}';
    expect(queryOf(JSON.stringify({ query, variables: { big: 'x'.repeat(1000) } }))).toBe(query);
    expect(queryOf(JSON.stringify({ operationName: 'Q', query }))).toBe(query);
    expect(queryOf('{"query":"unterminated')).toBeUndefined();
  });
});
