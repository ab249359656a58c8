// A subgraph in production mode: tokens are verified against a remote JWKS
// (the IdP's, here a local stand-in), introspection is off, and errors carry
// no stack traces or schema hints.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDevelopmentIssuer, signDevelopmentToken } from '../platform/auth/developmentIssuer.js';
import { ensureKeyPairFiles } from '../platform/auth/keyPairFiles.js';
import { startSubgraph, type RunningSubgraph } from '../subgraphs/common/server/startSubgraph.js';
import { readSubgraphConfig } from '../subgraphs/common/server/subgraphConfig.js';
import { createVgrSubgraph } from '../subgraphs/vgr/vgrSubgraph.js';

const issuer = 'https://idp.test.samsyn';
const issuerDirectory = mkdtempSync(join(tmpdir(), 'samsyn-prod-issuer-'));
const dataDirectory = mkdtempSync(join(tmpdir(), 'samsyn-prod-data-'));
let jwksServer: Server;
let jwksRequests = 0;
let subgraph: RunningSubgraph<unknown>;

beforeAll(async () => {
  const files = await ensureDevelopmentIssuer(issuerDirectory);
  const jwks = readFileSync(files.jwksPath, 'utf8');
  jwksServer = createServer((_request, response) => {
    jwksRequests += 1;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(jwks);
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const gatewayKey = await ensureKeyPairFiles(join(issuerDirectory, 'gateway-key'), 'EdDSA', 'test-gateway');
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: 'production',
    SAMSYN_JWKS_URL: `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks`,
    SAMSYN_JWT_ISSUER: issuer,
    SAMSYN_PSEUDONYM_KEY: 'a-production-like-shared-secret-of-32-chars',
    SAMSYN_GATEWAY_JWKS_FILE: gatewayKey.jwksPath,
    SAMSYN_DATA_DIR: dataDirectory,
    SAMSYN_SEED: 'small',
    VGR_PORT: '0',
    VGR_ADMIN_PORT: '0',
    LOG_LEVEL: 'error',
  };
  const config = readSubgraphConfig('vgr', env);
  subgraph = (await startSubgraph(createVgrSubgraph(config), config)) as RunningSubgraph<unknown>;
}, 120_000);

afterAll(async () => {
  await subgraph?.stop();
  await new Promise((resolve) => jwksServer?.close(resolve));
  rmSync(issuerDirectory, { recursive: true, force: true });
  rmSync(dataDirectory, { recursive: true, force: true });
});

async function post(query: string, token: string | null) {
  const response = await fetch(`http://127.0.0.1:${subgraph.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

describe('a subgraph in production mode', () => {
  it('verifies tokens against the IdP key set and refuses tokens of another issuer', async () => {
    const request = { roles: ['nosam' as const], huvudman: 'VGR', organisationHsaId: 'SE2321000131-E000000000001', employeeHsaId: 'SE2321000131-P000000000001' };
    const valid = await post('{ vardcentraler(kommunkod: "1480") { namn } }', await signDevelopmentToken(issuerDirectory, { ...request, issuer }));
    expect(valid.status).toBe(200);
    expect(valid.body.data.vardcentraler.length).toBeGreaterThan(0);
    expect(jwksRequests).toBeGreaterThan(0);
    const developmentToken = await post('{ __typename }', await signDevelopmentToken(issuerDirectory, request));
    expect(developmentToken.status).toBe(401);
  });

  it('turns introspection off and gives errors without stack traces or schema hints', async () => {
    const token = await signDevelopmentToken(issuerDirectory, { roles: ['vardpersonal'], huvudman: 'VGR', organisationHsaId: 'SE2321000131-E000000000001', employeeHsaId: 'SE2321000131-P000000000001', issuer });
    const introspection = await post('{ __schema { types { name } } }', token);
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await post('{ vardcentrale(hsaId: "x") { namn } }', token);
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const invalid = await post('{ vardcentral(hsaId: "not-an-hsa-id") { namn } }', token);
    expect(invalid.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'HSA_ID_INVALID', field: 'hsaId' });
  });
});
