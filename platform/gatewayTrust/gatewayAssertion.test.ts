import { generateKeyPair, exportJWK, jwtVerify, createLocalJWKSet, SignJWT, type JSONWebKeySet, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createGatewayAssertionSigner,
  createGatewayAssertionVerifier,
  gatewayAssertionIssuer,
  requestDigest,
  type AssertedRequest,
} from './gatewayAssertion.js';

let privateJwk: JWK;
let publicKeys: JSONWebKeySet;
let otherPrivateJwk: JWK;

async function keyPair(kid: string) {
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return { privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'EdDSA' }, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' } };
}

beforeAll(async () => {
  const gateway = await keyPair('gateway');
  privateJwk = gateway.privateJwk;
  publicKeys = { keys: [gateway.publicJwk] };
  otherPrivateJwk = (await keyPair('gateway')).privateJwk;
});

const request: AssertedRequest = {
  audience: 'vgr',
  requestIds: ['3f0c9a52-6a4e-4b53-a8b8-2d0f1c3e9b11'],
  body: '{"query":"query($representations:[_Any!]!){_entities(representations:$representations){__typename}}","variables":{"representations":[]}}',
  headers: { authorization: 'Bearer user-token', 'x-samsyn-atkomstgrund': 'samtycke' },
};
const now = 1_800_000_000;

async function reason(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    return (error as { extensions?: Record<string, unknown> }).extensions?.['reason'];
  }
}

describe('the gateway assertion', () => {
  it('is accepted by the subgraph it was made for, for exactly the request signed, and names its request ids', async () => {
    const assertion = await (await createGatewayAssertionSigner(privateJwk, () => now))(request);
    const verify = createGatewayAssertionVerifier(publicKeys, 'vgr', () => now + 30);
    expect(await verify(assertion, request)).toEqual({ requestIds: request.requestIds });
  });

  it('is a standard JWT that jose verifies with the public key set alone', async () => {
    const assertion = await (await createGatewayAssertionSigner(privateJwk))(request);
    const { payload, protectedHeader } = await jwtVerify(assertion, createLocalJWKSet(publicKeys), { issuer: gatewayAssertionIssuer, audience: 'vgr' });
    expect(protectedHeader.alg).toBe('EdDSA');
    expect(payload['rids']).toEqual(request.requestIds);
    expect(payload['rh']).toBe(requestDigest(request));
    expect(payload.exp! - payload.iat!).toBe(60);
  });

  it('is refused for another body, another token, another access ground or another subgraph', async () => {
    const assertion = await (await createGatewayAssertionSigner(privateJwk, () => now))(request);
    const verify = createGatewayAssertionVerifier(publicKeys, 'vgr', () => now);
    expect(await reason(verify(assertion, { ...request, body: request.body.replace('[]', '[{"__typename":"Naromrade","id":"1480-angered"}]') }))).toBe('GATEWAY_ASSERTION_MISMATCH');
    expect(await reason(verify(assertion, { ...request, headers: { ...request.headers, authorization: 'Bearer another-token' } }))).toBe('GATEWAY_ASSERTION_MISMATCH');
    expect(await reason(verify(assertion, { ...request, headers: { authorization: 'Bearer user-token', 'x-samsyn-atkomstgrund': 'nodatkomst' } }))).toBe('GATEWAY_ASSERTION_MISMATCH');
    expect(await reason(createGatewayAssertionVerifier(publicKeys, 'kommun', () => now)(assertion, request))).toBe('GATEWAY_ASSERTION_INVALID');
  });

  it('is refused when it has expired, or was signed with another key', async () => {
    const assertion = await (await createGatewayAssertionSigner(privateJwk, () => now))(request);
    expect(await reason(createGatewayAssertionVerifier(publicKeys, 'vgr', () => now + 66)(assertion, request))).toBe('GATEWAY_ASSERTION_INVALID');
    const forged = await (await createGatewayAssertionSigner(otherPrivateJwk, () => now))(request);
    expect(await reason(createGatewayAssertionVerifier(publicKeys, 'vgr', () => now)(forged, request))).toBe('GATEWAY_ASSERTION_INVALID');
    expect(await reason(createGatewayAssertionVerifier(publicKeys, 'vgr', () => now)('not.a.jwt', request))).toBe('GATEWAY_ASSERTION_INVALID');
  });

  it('is refused when the gateway key signed one that lives longer than 60 s or names no usable request ids', async () => {
    const { importJWK } = await import('jose');
    const key = await importJWK(privateJwk, 'EdDSA');
    const sign = (claims: Record<string, unknown>, lifetime: number) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', kid: 'gateway' }).setIssuer(gatewayAssertionIssuer).setAudience('vgr').setIssuedAt(now).setExpirationTime(now + lifetime).sign(key);
    const verify = createGatewayAssertionVerifier(publicKeys, 'vgr', () => now);
    expect(await reason(verify(await sign({ rids: request.requestIds, rh: requestDigest(request) }, 3600), request))).toBe('GATEWAY_ASSERTION_INVALID');
    for (const rids of [['a b'], [], ['r1', 'r1'], Array.from({ length: 101 }, (_, index) => `r${index}`), 'r1']) {
      const odd = { ...request, requestIds: rids as string[] };
      expect(await reason(verify(await sign({ rids, rh: requestDigest(odd) }, 60), odd)), JSON.stringify(rids).slice(0, 20)).toBe('GATEWAY_ASSERTION_INVALID');
    }
    expect(await reason(verify(await sign({ rids: request.requestIds }, 60), request))).toBe('GATEWAY_ASSERTION_INVALID');
  });
});

describe('requestDigest', () => {
  it('differs when the request id, a judged header or the body differs, and not for other headers', () => {
    const base = requestDigest(request);
    expect(requestDigest({ ...request, requestIds: ['other'] })).not.toBe(base);
    expect(requestDigest({ ...request, requestIds: [...request.requestIds, 'another'] })).not.toBe(base);
    expect(requestDigest({ ...request, headers: { ...request.headers, 'x-samsyn-nodatkomst-anledning': 'x' } })).not.toBe(base);
    expect(requestDigest({ ...request, body: `${request.body} ` })).not.toBe(base);
    // A header value cannot be moved into the body or the other way round.
    expect(requestDigest({ requestIds: ['r'], body: 'b', headers: { authorization: 'a' } })).not.toBe(requestDigest({ requestIds: ['r'], body: '"a"', headers: {} }));
  });
});
