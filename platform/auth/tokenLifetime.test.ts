import { describe, expect, it } from 'vitest';
import { describeSeconds, tokenLifetimeProblem } from './tokenLifetime.js';

const now = 1_800_000_000;
const twelveHours = 43_200;

describe('tokenLifetimeProblem', () => {
  it('accepts a token issued now for the whole allowed lifetime, and one issued within the clock difference', () => {
    expect(tokenLifetimeProblem({ iat: now, exp: now + twelveHours }, now, twelveHours)).toBeNull();
    expect(tokenLifetimeProblem({ iat: now + 60, exp: now + 3600 }, now, twelveHours)).toBeNull();
    expect(tokenLifetimeProblem({ iat: now - 3600, exp: now + 60 }, now, twelveHours)).toBeNull();
  });

  it('refuses a token issued further in the future than the clock difference, naming how far and the tolerance', () => {
    const problem = tokenLifetimeProblem({ iat: now + 61, exp: now + 3600 }, now, twelveHours);
    expect(problem).toEqual({ reason: 'TOKEN_ISSUED_IN_FUTURE', message: expect.stringMatching(/61 s in the future; at most 60 s/) });
    expect(tokenLifetimeProblem({ iat: now + 365 * 86_400, exp: now + 365 * 86_400 + 3600 }, now, twelveHours)?.reason).toBe('TOKEN_ISSUED_IN_FUTURE');
  });

  it('refuses a token valid for longer than the limit, naming its lifetime and the limit', () => {
    expect(tokenLifetimeProblem({ iat: now, exp: now + twelveHours + 1 }, now, twelveHours)).toEqual({
      reason: 'TOKEN_LIFETIME_TOO_LONG',
      message: 'The token was not accepted: it is valid for 43201 s between "iat" and "exp"; at most 43200 s (12 h) is accepted.',
    });
    // Issued long ago and valid until today is as long a lifetime as one reaching far ahead.
    expect(tokenLifetimeProblem({ iat: now - 2 * twelveHours, exp: now + 60 }, now, twelveHours)?.reason).toBe('TOKEN_LIFETIME_TOO_LONG');
    expect(tokenLifetimeProblem({ iat: now, exp: 253_402_300_799 }, now, twelveHours)?.reason).toBe('TOKEN_LIFETIME_TOO_LONG');
  });
});

describe('describeSeconds', () => {
  it('says whole hours and minutes in words', () => {
    expect(describeSeconds(43_200)).toBe('12 h');
    expect(describeSeconds(5400)).toBe('90 min');
    expect(describeSeconds(61)).toBe('61 s');
  });
});
