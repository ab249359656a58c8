import { mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureDevelopmentIssuer } from '../../platform/auth/developmentIssuer.js';
import { freePort } from '../../test/support/freePort.js';
import { startWebServer, type RunningWebServer } from './startWebServer.js';
import { readWebConfig } from './webConfig.js';

function builtApplication(): string {
  const dist = mkdtempSync(join(tmpdir(), 'samsyn-web-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Samsyn</title>');
  return dist;
}

interface Answer {
  status: number;
  body: string;
}

/** An HTTP request with exactly these headers (fetch would set Host and may set Origin itself). */
function send(port: number, method: string, path: string, headers: OutgoingHttpHeaders, body = ''): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: '127.0.0.1', port, method, path, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (incoming) => {
      let text = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => (text += chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: text }));
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function errorCode(answer: Answer): string {
  return (JSON.parse(answer.body) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code;
}

describe('the web server on its own', () => {
  let server: RunningWebServer;
  let base: string;

  beforeAll(async () => {
    // Nothing listens on the gateway's port: the forwarder must say so.
    const nowhere = await freePort();
    server = await startWebServer({ ...readWebConfig({}), port: 0, distDirectory: builtApplication(), gatewayUrl: `http://127.0.0.1:${nowhere}/graphql` });
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

describe('the development login on loopback', () => {
  let server: RunningWebServer;
  let own: { host: string; origin: string };
  const login = JSON.stringify({ roll: 'vardpersonal', huvudman: '1480' });

  beforeAll(async () => {
    const issuer = mkdtempSync(join(tmpdir(), 'samsyn-web-issuer-'));
    await ensureDevelopmentIssuer(issuer);
    const config = readWebConfig({ SAMSYN_DEV_ISSUER_DIR: issuer });
    server = await startWebServer({ ...config, port: 0, distDirectory: builtApplication(), gatewayUrl: `http://127.0.0.1:${await freePort()}/graphql` });
    own = { host: `127.0.0.1:${server.port}`, origin: `http://127.0.0.1:${server.port}` };
  });

  afterAll(async () => {
    await server?.stop();
  });

  function expectNothingSigned(answer: Answer): void {
    expect(answer.body).not.toMatch(/token|eyJ/);
  }

  it("signs a token for the page's own JSON request, living a working day", async () => {
    const answer = await send(server.port, 'POST', '/api/utvecklingsinloggning', { ...own, 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' }, login);
    expect(answer.status).toBe(200);
    const claims = decodeJwt((JSON.parse(answer.body) as { token: string }).token);
    expect(claims).toMatchObject({ roles: ['vardpersonal'], huvudman: '1480' });
    expect(claims.exp! - claims.iat!).toBe(8 * 3600);
  });

  it('refuses a cross-site text/plain POST from evil.example and signs nothing', async () => {
    const answer = await send(server.port, 'POST', '/api/utvecklingsinloggning', { host: own.host, origin: 'http://evil.example', 'content-type': 'text/plain' }, login);
    expect(answer.status).toBe(403);
    expect(errorCode(answer)).toBe('FORBIDDEN');
    expectNothingSigned(answer);
  });

  it('refuses JSON without Origin, from another origin, or marked cross-site by the browser', async () => {
    const refusals = [
      { host: own.host, 'content-type': 'application/json' },
      { host: own.host, origin: 'http://evil.example', 'content-type': 'application/json' },
      { ...own, 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      { ...own, 'content-type': 'text/plain' },
    ];
    for (const headers of refusals) {
      const answer = await send(server.port, 'POST', '/api/utvecklingsinloggning', headers, login);
      expect(answer.status, JSON.stringify(headers)).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ message: expect.stringMatching(/^Inloggningen tar bara emot/), extensions: { code: 'FORBIDDEN' } }] });
      expectNothingSigned(answer);
    }
  });

  it('answers nothing to a request whose Host is not this server (DNS rebinding), before anything else', async () => {
    // A rebound page is same-origin with itself: its Origin matches its Host, so only the Host check stops it.
    const rebound = await send(server.port, 'POST', '/api/utvecklingsinloggning', { host: `evil.example:${server.port}`, origin: `http://evil.example:${server.port}`, 'content-type': 'application/json' }, login);
    expect(rebound.status).toBe(421);
    expect(errorCode(rebound)).toBe('HOST_NOT_ALLOWED');
    expectNothingSigned(rebound);
    for (const path of ['/', '/api/konfiguration', '/graphql', '/health/live']) {
      const answer = await send(server.port, 'GET', path, { host: 'evil.example' });
      expect(answer.status, path).toBe(421);
      expect(errorCode(answer)).toBe('HOST_NOT_ALLOWED');
    }
    expect((await send(server.port, 'GET', '/', { host: `localhost:${server.port}` })).status).toBe(200);
  });
});

describe('the web server listening on every interface', () => {
  let server: RunningWebServer;
  const lines: string[] = [];

  beforeAll(async () => {
    const issuer = mkdtempSync(join(tmpdir(), 'samsyn-web-issuer-'));
    await ensureDevelopmentIssuer(issuer);
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      const config = readWebConfig({ SAMSYN_DEV_ISSUER_DIR: issuer, HOST: '0.0.0.0' });
      server = await startWebServer({ ...config, port: 0, distDirectory: builtApplication(), gatewayUrl: `http://127.0.0.1:${await freePort()}/graphql` });
    } finally {
      write.mockRestore();
    }
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('offers no development login, and says why when it starts', async () => {
    const configuration = await send(server.port, 'GET', '/api/konfiguration', { host: `127.0.0.1:${server.port}` });
    expect(JSON.parse(configuration.body)).toMatchObject({ inloggning: 'idp' });
    const own = `127.0.0.1:${server.port}`;
    const answer = await send(server.port, 'POST', '/api/utvecklingsinloggning', { host: own, origin: `http://${own}`, 'content-type': 'application/json' }, '{"roll":"nosam","huvudman":"1480"}');
    expect(answer.status).toBe(404);
    expect(answer.body).not.toMatch(/token|eyJ/);
    const warning = lines.map((line) => JSON.parse(line) as { level: string; message: string; reason?: string }).find((line) => line.level === 'warn');
    expect(warning).toMatchObject({ message: 'development login not offered', reason: expect.stringMatching(/HOST=0\.0\.0\.0 is not a loopback address/) });
  });

  it('serves an IP address but no other name', async () => {
    expect((await send(server.port, 'GET', '/', { host: `192.0.2.10:${server.port}` })).status).toBe(200);
    expect((await send(server.port, 'GET', '/', { host: `evil.example:${server.port}` })).status).toBe(421);
  });
});
