// The local development issuer: an ES256 key pair kept in a folder (by
// default `.data/dev-issuer`), whose public JWKS the services trust when no
// IdP is configured, and a signer for `npm run token`. Never used in production.
import { readFileSync } from 'node:fs';
import { importJWK, SignJWT, type JWK } from 'jose';
import { defaultAudience, developmentIssuer } from './authConfig.js';
import { ensureKeyPairFiles, keyPairFiles, type KeyPairFiles } from './keyPairFiles.js';
import type { Role } from './roles.js';

export type DevelopmentIssuerFiles = KeyPairFiles;

export const developmentIssuerFiles = keyPairFiles;

/** Creates the key pair on first use; later calls reuse it so issued tokens stay valid across restarts. */
export function ensureDevelopmentIssuer(directory: string): Promise<DevelopmentIssuerFiles> {
  return ensureKeyPairFiles(directory, 'ES256', 'samsyn-dev');
}

/** A working day: what the development issuer gives unless asked otherwise. */
export const developmentTokenLifetimeSeconds = 8 * 3600;

/** The development issuer's default lifetime, shortened to what the services accept when their limit is lower. */
export function defaultDevelopmentLifetimeSeconds(maxTokenLifetimeSeconds: number): number {
  return Math.min(developmentTokenLifetimeSeconds, maxTokenLifetimeSeconds);
}

export interface TokenRequest {
  roles: Role[];
  huvudman: string;
  organisationHsaId: string;
  /** A user's employee HSA-id; for a system client, its client id goes in `subject`. */
  employeeHsaId?: string;
  subject?: string;
  scopes?: string[];
  /** Lifetime in seconds (default 8 hours, a working day). */
  lifetimeSeconds?: number;
  /** `iat` in seconds since the epoch (default now): tests of what the services refuse sign tokens from other times. */
  issuedAt?: number;
  issuer?: string;
  audience?: string;
}

export async function signDevelopmentToken(directory: string, request: TokenRequest): Promise<string> {
  const privateJwk = JSON.parse(readFileSync(developmentIssuerFiles(directory).privateKeyPath, 'utf8')) as JWK;
  const key = await importJWK(privateJwk, 'ES256');
  const subject = request.subject ?? request.employeeHsaId;
  if (!subject) throw new Error('A token needs a subject: an employee HSA-id or a system client id.');
  // Expiry counted from the same second as "iat", so `exp − iat` is exactly the lifetime the services check.
  const issuedAt = request.issuedAt ?? Math.floor(Date.now() / 1000);
  return new SignJWT({
    ...(request.employeeHsaId ? { employeeHsaId: request.employeeHsaId } : {}),
    commissionHsaId: request.organisationHsaId,
    huvudman: request.huvudman,
    roles: request.roles,
    ...(request.scopes && request.scopes.length > 0 ? { scope: request.scopes.join(' ') } : {}),
  })
    .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid ?? 'samsyn-dev' })
    .setSubject(subject)
    .setIssuer(request.issuer ?? developmentIssuer)
    .setAudience(request.audience ?? defaultAudience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (request.lifetimeSeconds ?? developmentTokenLifetimeSeconds))
    .sign(key);
}
