import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPair, exportJWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGatewayAssertionSigner, createGatewayAssertionVerifier, gatewayAssertionHeader } from '../platform/gatewayTrust/gatewayAssertion.js';
import { signedSend } from './assertingFetcher.js';
import { deadlineHeader, timeBudgetHeader } from './requestDeadline.js';
import { SubgraphCircuit } from './subgraphCircuit.js';
import { createSubgraphFetcher } from './subgraphFetcher.js';
import { SubgraphCircuitOpen, SubgraphTimeout, timeBoundFetcher } from './timeBoundFetcher.js';

/** A subgraph that answers at once on /graphql (echoing the headers it got) and never on /frozen. */
let server: Server;
let base: string;
const received: IncomingMessage[] = [];
const closedSockets: number[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    received.push(request);
    request.socket.once('close', () => closedSockets.push(received.length));
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.url === '/frozen') return;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ headers: request.headers, body }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const pool = createSubgraphFetcher();
const query = JSON.stringify({ query: '{ a }' });

describe('timeBoundFetcher', () => {
  it("gives up on a subgraph that does not answer after the subgraph's timeout, naming it, and closes the connection", async () => {
    const fetcher = timeBoundFetcher(pool, { subgraph: 'kommun', timeoutMs: 300 });
    const before = received.length;
    const started = Date.now();
    const failure = await fetcher(`${base}/frozen`, { method: 'POST', body: query }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SubgraphTimeout);
    expect((failure as SubgraphTimeout).subgraph).toBe('kommun');
    expect((failure as SubgraphTimeout).waitedMs).toBe(300);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(received.length).toBe(before + 1);
    // The abandoned request leaves no connection behind to be answered (or reset) later.
    await expect.poll(() => closedSockets.includes(received.length), { timeout: 2_000 }).toBe(true);
  });

  it("waits no longer than what is left of the request's deadline", async () => {
    const fetcher = timeBoundFetcher(pool, { subgraph: 'vgr', timeoutMs: 10_000 });
    const failure = await fetcher(`${base}/frozen`, { method: 'POST', body: query, headers: { [deadlineHeader]: String(Date.now() + 300) } }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SubgraphTimeout);
    expect((failure as SubgraphTimeout).waitedMs).toBeLessThanOrEqual(300);
    expect((failure as SubgraphTimeout).waitedMs).toBeGreaterThan(0);
  });

  it('does not send a fetch once the deadline has passed', async () => {
    const fetcher = timeBoundFetcher(pool, { subgraph: 'vgr', timeoutMs: 10_000 });
    const before = received.length;
    await expect(fetcher(`${base}/graphql`, { method: 'POST', body: query, headers: { [deadlineHeader]: String(Date.now() - 1) } })).rejects.toBeInstanceOf(SubgraphTimeout);
    expect(received.length).toBe(before);
  });

  it('tells the subgraph the whole milliseconds it waits, and keeps the deadline to itself', async () => {
    const fetcher = timeBoundFetcher(pool, { subgraph: 'vgr', timeoutMs: 4_000 });
    const soon = await fetcher(`${base}/graphql`, { method: 'POST', body: query, headers: { [deadlineHeader]: String(Date.now() + 2_500) } });
    const seen = ((await soon.json()) as { headers: Record<string, string> }).headers;
    expect(seen[timeBudgetHeader]).toMatch(/^\d+$/);
    expect(Number(seen[timeBudgetHeader])).toBeGreaterThan(2_000);
    expect(Number(seen[timeBudgetHeader])).toBeLessThanOrEqual(2_500);
    expect(seen[deadlineHeader]).toBeUndefined();
    const later = await fetcher(`${base}/graphql`, { method: 'POST', body: query, headers: { [deadlineHeader]: String(Date.now() + 60_000) } });
    expect(((await later.json()) as { headers: Record<string, string> }).headers[timeBudgetHeader]).toBe('4000');
  });

  it("keeps the gateway's signed assertion valid for the request the subgraph receives", async () => {
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { extractable: true });
    const sign = await createGatewayAssertionSigner({ ...(await exportJWK(privateKey)), kid: 'k' });
    const verify = createGatewayAssertionVerifier({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k', alg: 'EdDSA' }] }, 'kommun');
    const send = signedSend(timeBoundFetcher(pool, { subgraph: 'kommun', timeoutMs: 4_000 }), 'kommun', sign);
    const headers = { authorization: 'Bearer t', 'x-samsyn-atkomstgrund': 'samtycke', [deadlineHeader]: String(Date.now() + 3_000) };
    const response = await send(`${base}/graphql`, { method: 'POST', body: query, headers }, ['r-1']);
    const seen = (await response.json()) as { headers: Record<string, string>; body: string };
    expect(seen.headers[timeBudgetHeader]).toBeDefined();
    await expect(verify(seen.headers[gatewayAssertionHeader]!, { body: seen.body, headers: seen.headers })).resolves.toEqual({ requestIds: ['r-1'] });
  });

  it('fails fast, without asking, a subgraph whose fetches timed out in a row, until a probe is answered', async () => {
    const clock = { now: Date.now() };
    const circuit = new SubgraphCircuit({ failureThreshold: 2, openMs: 1_000, now: () => clock.now });
    const fetcher = timeBoundFetcher(pool, { subgraph: 'kommun', timeoutMs: 100, circuit });
    for (let index = 0; index < 2; index += 1) await expect(fetcher(`${base}/frozen`, { method: 'POST', body: query })).rejects.toBeInstanceOf(SubgraphTimeout);
    const before = received.length;
    await expect(fetcher(`${base}/graphql`, { method: 'POST', body: query })).rejects.toBeInstanceOf(SubgraphCircuitOpen);
    expect(received.length).toBe(before);
    clock.now += 1_000;
    expect((await fetcher(`${base}/graphql`, { method: 'POST', body: query })).ok).toBe(true);
    expect((await fetcher(`${base}/graphql`, { method: 'POST', body: query })).ok).toBe(true);
  });
});
