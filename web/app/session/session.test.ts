import { describe, expect, it } from 'vitest';
import { isExpired, loadSession, saveSession, sessionFromToken } from './session.js';

function tokenWith(claims: Record<string, unknown>): string {
  const encode = (value: object) => {
    const bytes = new TextEncoder().encode(JSON.stringify(value));
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
  return `${encode({ alg: 'ES256' })}.${encode(claims)}.signature`;
}

const claims = { roles: ['nosam'], huvudman: '1480', commissionHsaId: 'SE2120001480-E000000000001', exp: 2_000_000_000, namn: 'Åsa Öberg' };

describe('sessionFromToken', () => {
  it('reads roles, huvudman, unit and expiry from the claims', () => {
    expect(sessionFromToken(tokenWith(claims))).toMatchObject({ roller: ['nosam'], huvudman: '1480', organisation: 'SE2120001480-E000000000001', expiresAt: 2_000_000_000 });
  });

  it('refuses tokens that are not JWTs or lack the claims', () => {
    expect(sessionFromToken('not-a-token')).toBeNull();
    expect(sessionFromToken('a.%%%.c')).toBeNull();
    expect(sessionFromToken(tokenWith({ roles: ['nosam'], exp: 1 }))).toBeNull();
  });
});

describe('stored sessions', () => {
  function memoryStorage() {
    const values = new Map<string, string>();
    return {
      getItem: (key: string) => values.get(key) ?? null,
      setItem: (key: string, value: string) => void values.set(key, value),
      removeItem: (key: string) => void values.delete(key),
    };
  }

  it('keeps a valid token and forgets an expired one', () => {
    const storage = memoryStorage();
    saveSession(tokenWith(claims), storage);
    expect(loadSession(storage)?.huvudman).toBe('1480');
    saveSession(tokenWith({ ...claims, exp: 1 }), storage);
    expect(loadSession(storage)).toBeNull();
    expect(storage.getItem('samsyn.session.token')).toBeNull();
  });

  it('knows when a session has expired', () => {
    const session = sessionFromToken(tokenWith(claims))!;
    expect(isExpired(session, 1_999_999_999)).toBe(false);
    expect(isExpired(session, 2_000_000_000)).toBe(true);
  });
});
