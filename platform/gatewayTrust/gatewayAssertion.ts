// The gateway's proof to a subgraph that a request comes from it: a short-lived JWT (EdDSA) that the gateway
// signs over the request (the ids of the client requests it answers, its body and the headers the subgraph
// judges), verified with `jose` against the
// gateway's public key. A caller without the gateway's private key cannot make one, and one made for another
// request, subgraph or moment does not fit.
import { createHash } from 'node:crypto';
import { createLocalJWKSet, importJWK, jwtVerify, SignJWT, type JSONWebKeySet, type JWK } from 'jose';
import { requestError } from '../errors/samsynError.js';

/** The request header that carries the assertion (outside `x-samsyn-*`, which clients send and the gateway forwards). */
export const gatewayAssertionHeader = 'samsyn-gateway-assertion';
export const gatewayAssertionIssuer = 'samsyn-gateway';
export const gatewayAssertionAlgorithm = 'EdDSA';
/** Long enough for a fetch queued behind others; short enough that a copied assertion is soon useless. */
export const gatewayAssertionLifetimeSeconds = 60;
/** The request headers a subgraph judges a request by; the gateway forwards exactly these and signs over them. */
export const assertedHeaders = ['authorization', 'x-samsyn-atkomstgrund', 'x-samsyn-nodatkomst-anledning'] as const;

export type AssertedHeaders = Partial<Record<(typeof assertedHeaders)[number], string>>;

/** What the gateway signs about one subgraph request. */
export interface AssertedRequest {
  /** The subgraph's name (`vgr`, `kommun`, `samverkan`, `entry`): an assertion for one is refused by the others. */
  audience: string;
  /**
   * The gateway's ids of the client requests this subgraph request answers: one, or several identical ones sent
   * as one (gateway/coalescedFetches.ts). The subgraph logs its reads under each.
   */
  requestIds: readonly string[];
  body: string;
  headers: AssertedHeaders;
}

/**
 * A digest of everything the subgraph acts on: the request ids, the judged headers and the body. The ids and
 * headers go first as a JSON array, which cannot contain a newline, so no two requests share the text hashed.
 */
export function requestDigest(request: Omit<AssertedRequest, 'audience'>): string {
  const headers = JSON.stringify([request.requestIds, ...assertedHeaders.map((name) => request.headers[name] ?? null)]);
  return createHash('sha256').update(headers).update('\n').update(request.body).digest('base64url');
}

export type GatewayAssertionSigner = (request: AssertedRequest) => Promise<string>;

export async function createGatewayAssertionSigner(privateJwk: JWK, now: () => number = () => Date.now() / 1000): Promise<GatewayAssertionSigner> {
  const key = await importJWK(privateJwk, gatewayAssertionAlgorithm);
  const keyId = privateJwk.kid;
  return (request) => {
    const issuedAt = Math.floor(now());
    return new SignJWT({ rids: [...request.requestIds], rh: requestDigest(request) })
      .setProtectedHeader({ alg: gatewayAssertionAlgorithm, ...(keyId ? { kid: keyId } : {}) })
      .setIssuer(gatewayAssertionIssuer)
      .setAudience(request.audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + gatewayAssertionLifetimeSeconds)
      .sign(key);
  };
}

/** Request ids the gateway makes are UUIDs; anything else in a verified assertion is refused all the same. */
const requestIdPattern = /^[A-Za-z0-9-]{1,64}$/;
/** Client requests one subgraph request may answer at most. */
export const maximumAssertedRequests = 100;
/** Clocks of the gateway's and the subgraph's machines may differ by this much. */
const clockToleranceSeconds = 5;

export type GatewayAssertionVerifier = (assertion: string, request: Pick<AssertedRequest, 'body' | 'headers'>) => Promise<{ requestIds: string[] }>;

/**
 * Verifies an assertion for `audience` (this subgraph): signature with the gateway's public keys, issuer,
 * audience, expiry and lifetime, and that it was made for exactly this request. Any failure is UNAUTHENTICATED.
 */
export function createGatewayAssertionVerifier(
  publicKeys: JSONWebKeySet,
  audience: string,
  now: () => number = () => Date.now() / 1000,
): GatewayAssertionVerifier {
  const keySet = createLocalJWKSet(publicKeys);
  return async (assertion, request) => {
    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(assertion, keySet, {
        issuer: gatewayAssertionIssuer,
        audience,
        algorithms: [gatewayAssertionAlgorithm],
        requiredClaims: ['iat', 'exp', 'rids', 'rh'],
        clockTolerance: clockToleranceSeconds,
        currentDate: new Date(now() * 1000),
      }));
    } catch {
      throw gatewayAssertionRefused('GATEWAY_ASSERTION_INVALID', 'The gateway assertion is not valid here (signature, issuer, audience or time).');
    }
    const { iat, exp, rids, rh } = claims;
    if (typeof iat !== 'number' || typeof exp !== 'number' || exp - iat > gatewayAssertionLifetimeSeconds || iat > now() + clockToleranceSeconds) {
      throw gatewayAssertionRefused('GATEWAY_ASSERTION_INVALID', `A gateway assertion lives at most ${gatewayAssertionLifetimeSeconds} s from its issue.`);
    }
    if (!isRequestIdList(rids)) {
      throw gatewayAssertionRefused('GATEWAY_ASSERTION_INVALID', `The gateway assertion names no valid request ids (1 to ${maximumAssertedRequests} distinct).`);
    }
    if (rh !== requestDigest({ ...request, requestIds: rids })) {
      throw gatewayAssertionRefused('GATEWAY_ASSERTION_MISMATCH', 'The gateway assertion was made for another request.');
    }
    return { requestIds: rids };
  };
}

function isRequestIdList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length >= 1 &&
    value.length <= maximumAssertedRequests &&
    value.every((id) => typeof id === 'string' && requestIdPattern.test(id)) &&
    new Set(value).size === value.length
  );
}

function gatewayAssertionRefused(reason: string, message: string) {
  return requestError('UNAUTHENTICATED', message, { reason });
}
