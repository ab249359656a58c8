import { describe, expect, it } from 'vitest';
import { isReadinessAnswer, readinessQuery, readinessRequest } from './readinessProbe.js';

describe('readiness probe', () => {
  it('sends the token and a JSON body', () => {
    const request = readinessRequest('abc');
    expect(request.headers).toEqual({ 'content-type': 'application/json', authorization: 'Bearer abc' });
    expect(JSON.parse(request.body)).toEqual({ query: readinessQuery });
  });

  it('accepts only the expected answer', () => {
    expect(isReadinessAnswer(200, '{"data":{"kommun":{"kod":"1480"}}}')).toBe(true);
    expect(isReadinessAnswer(503, '{"data":{"kommun":{"kod":"1480"}}}')).toBe(false);
    expect(isReadinessAnswer(200, '{"data":{"kommun":null},"errors":[{"message":"down"}]}')).toBe(false);
    expect(isReadinessAnswer(200, '{"errors":[{"message":"UNAUTHENTICATED"}]}')).toBe(false);
    expect(isReadinessAnswer(200, 'not json')).toBe(false);
  });
});
