import { describe, expect, it } from 'vitest';
import { checkGraphqlAnswer, isObject } from './responseCheck.js';

const accept = () => null;

describe('checkGraphqlAnswer', () => {
  it('accepts data without errors and defers to the shape', () => {
    expect(checkGraphqlAnswer('{"data":{"a":1}}', accept)).toBeNull();
    expect(checkGraphqlAnswer('{"data":{"a":1}}', (data) => (data['a'] === 2 ? null : 'a is not 2'))).toBe('a is not 2');
  });

  it('reports errors with code and path', () => {
    const body = JSON.stringify({ data: { patient: null }, errors: [{ message: 'nej', path: ['patient', 'boende'], extensions: { code: 'FORBIDDEN' } }] });
    expect(checkGraphqlAnswer(body, accept)).toBe('1 error(s), first FORBIDDEN at patient.boende: nej');
  });

  it('reports bodies that are not answers', () => {
    expect(checkGraphqlAnswer('<html>', accept)).toMatch(/^not JSON/);
    expect(checkGraphqlAnswer('null', accept)).toBe('not a JSON object');
    expect(checkGraphqlAnswer('{"data":null}', accept)).toBe('no data');
    expect(checkGraphqlAnswer('{"data":{},"errors":[]}', accept)).toBe('unexpected errors field');
  });
});

describe('isObject', () => {
  it('is true only for plain objects', () => {
    expect(isObject({})).toBe(true);
    expect(isObject([])).toBe(false);
    expect(isObject(null)).toBe(false);
  });
});
