import { describe, expect, it } from 'vitest';
import { tokenGiltighet } from './tokenGiltighet.js';

const at = (hours: number, minutes: number) => new Date(2026, 10, 30, hours, minutes).getTime() / 1000;

describe('tokenGiltighet', () => {
  it('says until when, in local time, and how long is left', () => {
    expect(tokenGiltighet(at(17, 42), at(9, 40))).toBe('gäller till 17:42 (8 h 2 min kvar)');
  });

  it('counts minutes when less than an hour is left', () => {
    expect(tokenGiltighet(at(10, 5), at(9, 40))).toBe('gäller till 10:05 (25 min kvar)');
    expect(tokenGiltighet(at(9, 40) + 30, at(9, 40))).toMatch(/mindre än en minut/);
  });

  it('says an expired token has run out', () => {
    expect(tokenGiltighet(at(9, 0), at(9, 40))).toBe('har gått ut');
    expect(tokenGiltighet(at(9, 40), at(9, 40))).toBe('har gått ut');
  });
});
