import { describe, expect, it } from 'vitest';
import { graphqlRequest, operationFromDocument } from './graphqlRequest.js';

describe('graphqlRequest', () => {
  it('sends the token, JSON and extra headers', () => {
    const request = graphqlRequest('t0k', { query: '{ a }', variables: { id: '1' } }, { 'x-samsyn-atkomstgrund': 'samtycke' });
    expect(request.headers).toEqual({
      'content-type': 'application/json',
      authorization: 'Bearer t0k',
      'x-samsyn-atkomstgrund': 'samtycke',
    });
    expect(JSON.parse(request.body)).toEqual({ query: '{ a }', variables: { id: '1' } });
  });
});

describe('operationFromDocument', () => {
  const source = `
    fragment B on T { b ...C }
    fragment C on T { c }
    fragment Unused on T { u }
    query One($id: ID!) { t(id: $id) { a ...B } }
    query Two { other }
  `;

  it('keeps the named operation and the fragments it uses, transitively', () => {
    const printed = operationFromDocument(source, 'One');
    expect(printed).toContain('query One');
    expect(printed).toContain('fragment B on T');
    expect(printed).toContain('fragment C on T');
    expect(printed).not.toContain('Unused');
    expect(printed).not.toContain('query Two');
  });

  it('refuses an unknown operation', () => {
    expect(() => operationFromDocument(source, 'Three')).toThrow(/Three/);
  });
});
