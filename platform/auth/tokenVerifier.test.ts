import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuthConfig } from './authConfig.js';
import { developmentIssuerFiles, ensureDevelopmentIssuer, signDevelopmentToken, type TokenRequest } from './developmentIssuer.js';
import { clockToleranceSeconds } from './tokenLifetime.js';
import { createTokenVerifier, type TokenVerifier } from './tokenVerifier.js';

const directory = mkdtempSync(join(tmpdir(), 'samsyn-issuer-'));
let verify: TokenVerifier;
let config: AuthConfig;
const twelveHours = 43_200;
const user: TokenRequest = {
  roles: ['vardpersonal'],
  huvudman: '1480',
  organisationHsaId: 'SE2120001480-E000000001000',
  employeeHsaId: 'SE2120001480-P000000000007',
};

beforeAll(async () => {
  const files = await ensureDevelopmentIssuer(directory);
  config = { issuer: 'samsyn-dev-issuer', audience: 'samsyn', keys: { kind: 'file', path: files.jwksPath }, maxTokenLifetimeSeconds: twelveHours };
  verify = createTokenVerifier(config);
});

/** A token of the trusted issuer with the given `iat` and `exp` (seconds since the epoch; `iat: null` leaves it out). */
async function signWithTimes(times: { iat: number | null; exp: number }): Promise<string> {
  const privateJwk = JSON.parse(readFileSync(developmentIssuerFiles(directory).privateKeyPath, 'utf8')) as JWK;
  const jwt = new SignJWT({ commissionHsaId: user.organisationHsaId, huvudman: '1480', roles: ['vardpersonal'], employeeHsaId: user.employeeHsaId })
    .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid! })
    .setSubject(user.employeeHsaId!)
    .setIssuer('samsyn-dev-issuer')
    .setAudience('samsyn')
    .setExpirationTime(times.exp);
  if (times.iat !== null) jwt.setIssuedAt(times.iat);
  return jwt.sign(await importJWK(privateJwk, 'ES256'));
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

async function expectRefused(authorization: string | null, reason: string): Promise<void> {
  await expect(verify(authorization)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason, http: { status: 401 } } });
}

describe('createTokenVerifier', () => {
  it('accepts a token of the trusted issuer and reads the identity from its claims', async () => {
    const identity = await verify(`Bearer ${await signDevelopmentToken(directory, user)}`);
    expect(identity).toEqual({
      subject: user.employeeHsaId,
      employeeHsaId: user.employeeHsaId,
      organisationHsaId: user.organisationHsaId,
      huvudman: '1480',
      roles: ['vardpersonal'],
      scopes: [],
    });
  });

  it('remembers a verified token for a minute at most, and never past its expiry', async () => {
    let clock = Date.now() / 1000;
    const files = await ensureDevelopmentIssuer(directory);
    const remembering = createTokenVerifier({ ...config, keys: { kind: 'file', path: files.jwksPath } }, () => clock);
    const token = await signDevelopmentToken(directory, { ...user, lifetimeSeconds: 30 });
    const first = await remembering(`Bearer ${token}`);
    expect(await remembering(`Bearer ${token}`)).toBe(first);
    // A changed signature is a different string: verified afresh, and refused. (A character inside the signature:
    // the last one carries bits that decoding drops, so changing it may leave the signature as it was.)
    const inside = token.lastIndexOf('.') + 5;
    const changed = `${token.slice(0, inside)}${token[inside] === 'A' ? 'B' : 'A'}${token.slice(inside + 1)}`;
    await expect(remembering(`Bearer ${changed}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    // Expired 31 s ago is within the tolerated clock difference; beyond it, refused.
    clock += 30 + 31;
    expect(await remembering(`Bearer ${token}`)).toEqual(first);
    clock += clockToleranceSeconds;
    await expect(remembering(`Bearer ${token}`)).rejects.toMatchObject({ extensions: { reason: 'TOKEN_EXPIRED' } });
  });

  it('reads a system client with scopes', async () => {
    const token = await signDevelopmentToken(directory, { ...user, employeeHsaId: undefined, subject: 'journal-integration', roles: ['system'], scopes: ['patient:read'] });
    expect(await verify(`Bearer ${token}`)).toMatchObject({ subject: 'journal-integration', employeeHsaId: null, scopes: ['patient:read'] });
  });

  it('refuses a missing or malformed header', async () => {
    await expectRefused(null, 'TOKEN_MISSING');
    await expectRefused('Basic dXNlcjpwYXNz', 'TOKEN_MISSING');
    await expectRefused('Bearer not-a-jwt', 'TOKEN_INVALID');
  });

  it('refuses an expired token', async () => {
    await expectRefused(`Bearer ${await signDevelopmentToken(directory, { ...user, lifetimeSeconds: -120 })}`, 'TOKEN_EXPIRED');
  });

  it('refuses a token issued a year ahead, and accepts one issued 30 s ahead (clock difference)', async () => {
    const yearAhead = nowSeconds() + 365 * 86_400;
    await expectRefused(`Bearer ${await signWithTimes({ iat: yearAhead, exp: yearAhead + 3600 })}`, 'TOKEN_ISSUED_IN_FUTURE');
    await expect(verify(`Bearer ${await signWithTimes({ iat: yearAhead, exp: yearAhead + 3600 })}`)).rejects.toThrow(/in the future; at most 60 s/);
    const slightlyAhead = nowSeconds() + 30;
    expect(await verify(`Bearer ${await signWithTimes({ iat: slightlyAhead, exp: slightlyAhead + 3600 })}`)).toMatchObject({ subject: user.employeeHsaId });
  });

  it('refuses a token valid until 9999 and one living a second longer than the limit; accepts exactly the limit', async () => {
    const issued = nowSeconds();
    const year9999 = `Bearer ${await signWithTimes({ iat: issued, exp: 253_402_300_799 })}`;
    await expectRefused(year9999, 'TOKEN_LIFETIME_TOO_LONG');
    await expect(verify(year9999)).rejects.toThrow(/at most 43200 s \(12 h\) is accepted/);
    expect(await verify(`Bearer ${await signWithTimes({ iat: issued, exp: issued + twelveHours })}`)).toMatchObject({ subject: user.employeeHsaId });
    await expectRefused(`Bearer ${await signWithTimes({ iat: issued, exp: issued + twelveHours + 1 })}`, 'TOKEN_LIFETIME_TOO_LONG');
  });

  it('follows the configured limit, and never remembers a token it refused', async () => {
    const strict = createTokenVerifier({ ...config, maxTokenLifetimeSeconds: 3600 });
    const issued = nowSeconds();
    const twoHours = `Bearer ${await signWithTimes({ iat: issued, exp: issued + 7200 })}`;
    expect(await verify(twoHours)).toMatchObject({ subject: user.employeeHsaId });
    await expect(strict(twoHours)).rejects.toMatchObject({ extensions: { reason: 'TOKEN_LIFETIME_TOO_LONG' } });
    await expect(strict(twoHours)).rejects.toMatchObject({ extensions: { reason: 'TOKEN_LIFETIME_TOO_LONG' } });
  });

  it('refuses a token without "iat"', async () => {
    await expectRefused(`Bearer ${await signWithTimes({ iat: null, exp: nowSeconds() + 3600 })}`, 'TOKEN_CLAIMS_INVALID');
  });

  it('refuses a token for another audience or from another issuer', async () => {
    await expectRefused(`Bearer ${await signDevelopmentToken(directory, { ...user, audience: 'other-api' })}`, 'TOKEN_CLAIMS_INVALID');
    await expectRefused(`Bearer ${await signDevelopmentToken(directory, { ...user, issuer: 'https://evil.example' })}`, 'TOKEN_CLAIMS_INVALID');
  });

  it('refuses a token signed with a key it does not trust', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ commissionHsaId: user.organisationHsaId, huvudman: '1480', roles: ['vardpersonal'], employeeHsaId: user.employeeHsaId })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject(user.employeeHsaId!)
      .setIssuer('samsyn-dev-issuer')
      .setAudience('samsyn')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    await expectRefused(`Bearer ${forged}`, 'TOKEN_SIGNATURE_INVALID');
  });

  it('refuses an unsigned token and an HMAC token (algorithms are restricted)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ sub: 'x', iss: 'samsyn-dev-issuer', aud: 'samsyn', exp: 9999999999, iat: 1 })).toString('base64url');
    await expectRefused(`Bearer ${header}.${body}.`, 'TOKEN_ALGORITHM_NOT_ALLOWED');
    const hmac = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer('samsyn-dev-issuer').setAudience('samsyn').setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode('a-shared-secret-of-at-least-32-bytes!'));
    await expect(verify(`Bearer ${hmac}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a validly signed token whose Samsyn claims are wrong', async () => {
    await expectRefused(`Bearer ${await signDevelopmentToken(directory, { ...user, huvudman: '9999' })}`, 'TOKEN_CLAIMS_INVALID');
    await expectRefused(`Bearer ${await signDevelopmentToken(directory, { ...user, roles: ['admin' as never] })}`, 'TOKEN_CLAIMS_INVALID');
  });
});
