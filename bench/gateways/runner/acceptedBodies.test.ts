import { describe, expect, it } from 'vitest';
import { rememberAcceptedBodies } from './acceptedBodies.js';

describe('rememberAcceptedBodies', () => {
  const counting = () => {
    const seen: string[] = [];
    const check = rememberAcceptedBodies((body) => {
      seen.push(body);
      return body.includes('"errors"') ? 'errors' : null;
    });
    return { seen, check };
  };

  it('checks a body once and accepts an identical one without checking it again', () => {
    const { seen, check } = counting();
    const body = JSON.stringify({ data: { naromrade: { id: '1480-centrum' } } });
    expect(check(body)).toBeNull();
    expect(check(`${body}`)).toBeNull();
    expect(check(body.slice(0, -1) + '}')).toBeNull();
    expect(seen).toHaveLength(1);
  });

  it('checks every rejected body again, and every body that differs', () => {
    const { seen, check } = counting();
    const bad = '{"errors":[{"message":"x"}]}';
    expect(check(bad)).toBe('errors');
    expect(check(bad)).toBe('errors');
    expect(check('{"data":{"a":1}}')).toBeNull();
    expect(check('{"data":{"a":2}}')).toBeNull();
    expect(seen).toEqual([bad, bad, '{"data":{"a":1}}', '{"data":{"a":2}}']);
  });

  it('remembers a bounded number of bodies, still checking the others', () => {
    const { seen, check } = counting();
    const bodies = Array.from({ length: 40 }, (_, index) => `{"data":{"n":${index}}}`);
    for (const body of bodies) expect(check(body)).toBeNull();
    for (const body of bodies) expect(check(body)).toBeNull();
    // The first 32 were remembered; the last 8 are checked again.
    expect(seen).toHaveLength(48);
  });
});
