import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { ensureDevelopmentIssuer } from '../../platform/auth/developmentIssuer.js';
import { developmentLoginIssuer, parseLoginRequest, signLoginToken } from './developmentLogin.js';

describe('parseLoginRequest', () => {
  it('accepts a person role and a huvudman', () => {
    expect(parseLoginRequest({ roll: 'nosam', huvudman: '1480' })).toEqual({ roll: 'nosam', huvudman: '1480' });
    expect(parseLoginRequest({ roll: 'vardpersonal', huvudman: 'VGR' })).toEqual({ roll: 'vardpersonal', huvudman: 'VGR' });
  });

  it('names the field that is wrong', () => {
    expect(parseLoginRequest({ roll: 'system', huvudman: 'VGR' })).toMatchObject({ field: 'roll' });
    expect(parseLoginRequest({ roll: 'nosam', huvudman: '0180' })).toMatchObject({ field: 'huvudman' });
    expect(parseLoginRequest({ roll: 'nosam' })).toMatchObject({ field: 'huvudman' });
    expect(parseLoginRequest(null)).toMatchObject({ field: 'body' });
  });
});

describe('signLoginToken', () => {
  it('signs a token for the chosen role, huvudman and a unit of that huvudman', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'samsyn-login-'));
    await ensureDevelopmentIssuer(directory);
    const claims = decodeJwt(await signLoginToken(directory, 'nosam', '1480', 3600));
    expect(claims).toMatchObject({ roles: ['nosam'], huvudman: '1480', commissionHsaId: 'SE2120001480-E000000000001' });
    expect(claims.sub).toBe('SE2120001480-P000000000001');
    expect(claims.exp! - claims.iat!).toBe(3600);
  });
});

describe('developmentLoginIssuer', () => {
  it('offers the login only with a trusted development issuer on a loopback interface', () => {
    expect(developmentLoginIssuer({ developmentIssuerDirectory: '/issuer', host: '127.0.0.1' })).toBe('/issuer');
    expect(developmentLoginIssuer({ developmentIssuerDirectory: '/issuer', host: '::1' })).toBe('/issuer');
    expect(developmentLoginIssuer({ developmentIssuerDirectory: '/issuer', host: '0.0.0.0' })).toBeNull();
    expect(developmentLoginIssuer({ developmentIssuerDirectory: '/issuer', host: '10.0.0.5' })).toBeNull();
    expect(developmentLoginIssuer({ developmentIssuerDirectory: null, host: '127.0.0.1' })).toBeNull();
  });
});
