// Verifies a bearer token with `jose`: signature against the configured key
// set, issuer, audience, expiry, and only the allowed algorithms; then its
// lifetime, and reads the Samsyn identity from its claims. Any failure is
// UNAUTHENTICATED, with a reason but never the token.
import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet } from 'jose';
import type { GraphQLError } from 'graphql';
import { requestError } from '../errors/samsynError.js';
import type { AuthConfig } from './authConfig.js';
import { identityFromClaims, isClaimProblem, type Identity } from './Identity.js';
import { clockToleranceSeconds, tokenLifetimeProblem } from './tokenLifetime.js';

export const allowedAlgorithms = ['ES256', 'RS256'];

export type TokenVerifier = (authorization: string | null | undefined) => Promise<Identity>;

/**
 * A user sends the same token with every request for hours, and every service checks it: a token whose
 * signature, lifetime and claims were verified is remembered (the exact token string, so nothing unverified can match)
 * for at most `rememberSeconds`, never past its expiry, so a key withdrawn at the IdP stops working within that time.
 */
const rememberSeconds = 60;
const maximumRemembered = 10_000;

export function createTokenVerifier(config: AuthConfig, now: () => number = () => Date.now() / 1000): TokenVerifier {
  const keySet =
    config.keys.kind === 'remote'
      ? createRemoteJWKSet(new URL(config.keys.url))
      : createLocalJWKSet(JSON.parse(readFileSync(config.keys.path, 'utf8')) as JSONWebKeySet);
  const verified = new Map<string, { identity: Identity; until: number }>();

  return async (authorization) => {
    const token = bearerToken(authorization);
    const remembered = verified.get(token);
    if (remembered && remembered.until > now()) return remembered.identity;
    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(token, keySet, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: allowedAlgorithms,
        requiredClaims: ['exp', 'iat', 'sub'],
        clockTolerance: clockToleranceSeconds,
        currentDate: new Date(now() * 1000),
      }));
    } catch (error) {
      throw unauthenticated(reasonFor(error), 'The token was not accepted: ' + describe(error));
    }
    // jose has checked that both are numbers (required claims).
    const lifetime = tokenLifetimeProblem({ iat: Number(claims['iat']), exp: Number(claims['exp']) }, now(), config.maxTokenLifetimeSeconds);
    if (lifetime) throw unauthenticated(lifetime.reason, lifetime.message);
    const identity = identityFromClaims(claims);
    if (isClaimProblem(identity)) {
      throw unauthenticated('TOKEN_CLAIMS_INVALID', `The token's claim "${identity.claim}" is ${identity.problem}.`);
    }
    if (verified.size >= maximumRemembered) verified.clear();
    verified.set(token, { identity, until: Math.min(Number(claims['exp']), now() + rememberSeconds) });
    return identity;
  };
}

function bearerToken(authorization: string | null | undefined): string {
  if (!authorization) throw unauthenticated('TOKEN_MISSING', 'A bearer token is required: send "Authorization: Bearer <token>".');
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw unauthenticated('TOKEN_MISSING', 'The Authorization header must be "Bearer <token>".');
  return match[1]!;
}

export function unauthenticated(reason: string, message: string): GraphQLError {
  return requestError('UNAUTHENTICATED', message, { reason });
}

function reasonFor(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'TOKEN_EXPIRED';
  if (error instanceof errors.JWTClaimValidationFailed) return 'TOKEN_CLAIMS_INVALID';
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) return 'TOKEN_SIGNATURE_INVALID';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'TOKEN_ALGORITHM_NOT_ALLOWED';
  return 'TOKEN_INVALID';
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'it has expired.';
  if (error instanceof errors.JWTClaimValidationFailed) return `its "${error.claim}" claim is not valid here.`;
  if (error instanceof errors.JOSEAlgNotAllowed) return `its algorithm is not one of ${allowedAlgorithms.join(', ')}.`;
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return 'its signature does not match a trusted key.';
  }
  return 'it is not a well-formed signed JWT.';
}
