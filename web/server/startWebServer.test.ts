import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../test/support/freePort.js';
import { startWebServer, type RunningWebServer } from './startWebServer.js';
import { readWebConfig } from './webConfig.js';

describe('the web server on its own', () => {
  let server: RunningWebServer;
  let base: string;

  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'samsyn-web-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Samsyn</title>');
    // Nothing listens on the gateway's port: the forwarder must say so.
    const nowhere = await freePort();
    server = await startWebServer({ ...readWebConfig({}), port: 0, distDirectory: dist, gatewayUrl: `http://127.0.0.1:${nowhere}/graphql` });
    base = `http://127.0.0.1:${server.port}`;
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('answers GATEWAY_UNAVAILABLE (502) when the gateway does not answer', async () => {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(response.status).toBe(502);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('GATEWAY_UNAVAILABLE');
  });

  it('has no role-picker login without the development issuer', async () => {
    const response = await fetch(`${base}/api/utvecklingsinloggning`, { method: 'POST', body: '{"roll":"nosam","huvudman":"1480"}' });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/IdP/);
  });

  it('serves the page with security headers and answers unknown paths with NOT_FOUND', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const missing = await fetch(`${base}/assets/nothing.js`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('NOT_FOUND');
    expect((await fetch(`${base}/`, { method: 'DELETE' })).status).toBe(405);
  });
});
