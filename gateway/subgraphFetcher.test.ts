import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlainFetcher, createSubgraphFetcher, isResetBeforeAnswer } from './subgraphFetcher.js';

describe('createSubgraphFetcher', () => {
  let server: Server;
  let url: string;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    server = createServer((request, response) => {
      sockets.add(request.socket);
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        if (request.url === '/large') {
          // Chunked, without a content-length: only counting the bytes as they come finds it too large.
          response.writeHead(200, { 'content-type': 'application/json' });
          for (let chunk = 0; chunk < 10; chunk += 1) response.write(' '.repeat(1_000));
          response.end('{}');
          return;
        }
        response.writeHead(request.url === '/graphql' ? 200 : 400, { 'content-type': 'application/json', 'x-echo-auth': request.headers['authorization'] ?? '' });
        response.end(JSON.stringify({ data: { echo: body } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('posts the body with the headers and answers a response that can be read twice', async () => {
    const fetcher = createSubgraphFetcher();
    const response = await fetcher(`${url}/graphql`, { method: 'POST', headers: { authorization: 'Bearer x', 'content-type': 'application/json' }, body: '{"query":"{a}"}' });
    expect(response.ok).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-echo-auth')).toBe('Bearer x');
    expect(await response.clone().json()).toEqual({ data: { echo: '{"query":"{a}"}' } });
    expect(await response.text()).toBe(JSON.stringify({ data: { echo: '{"query":"{a}"}' } }));
  });

  it('keeps the body as the bytes the subgraph sent, characters outside ASCII included', async () => {
    const fetcher = createSubgraphFetcher();
    const body = '{"query":"{ kommun(namn: \\"Öckerö\\") }"}';
    const response = await fetcher(`${url}/graphql`, { method: 'POST', body });
    const sent = Buffer.from(JSON.stringify({ data: { echo: body } }), 'utf8');
    const bytes = await (response as unknown as { bytes(): Promise<Buffer> }).bytes();
    expect(Buffer.compare(bytes, sent)).toBe(0);
    expect(Buffer.compare(Buffer.from(await response.clone().arrayBuffer()), sent)).toBe(0);
    expect(await response.json()).toEqual({ data: { echo: body } });
  });

  it('keeps the connection open between requests', async () => {
    const fetcher = createSubgraphFetcher();
    sockets.clear();
    for (let index = 0; index < 20; index += 1) await fetcher(`${url}/graphql`, { method: 'POST', body: '{}' });
    // undici may open a second connection while the first is being handed back; never one per request.
    expect(sockets.size).toBeLessThanOrEqual(2);
  });

  it.each([
    ['the pool', createSubgraphFetcher],
    ['Node’s own fetch (undici-pool off)', createPlainFetcher],
  ])('with %s, refuses an answer past the byte limit while it arrives, and answers one within it alike', async (_name, create) => {
    const fetcher = create({ maxAnswerBytes: 5_000 });
    await expect(fetcher(`${url}/large`, { method: 'POST', body: '{}' })).rejects.toMatchObject({ extensions: { code: 'ANSWER_TOO_LARGE' } });
    const response = await fetcher(`${url}/graphql`, { method: 'POST', headers: { authorization: 'Bearer y' }, body: '{"query":"{b}"}' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-echo-auth')).toBe('Bearer y');
    expect(await response.clone().json()).toEqual({ data: { echo: '{"query":"{b}"}' } });
    expect(await response.text()).toBe(JSON.stringify({ data: { echo: '{"query":"{b}"}' } }));
  });

  it('reports an error status as not ok, and fails for a subgraph that does not listen', async () => {
    const fetcher = createSubgraphFetcher();
    const refused = await fetcher(`${url}/other`, { method: 'POST', body: '{}' });
    expect(refused.ok).toBe(false);
    expect(refused.status).toBe(400);
    await expect(fetcher('http://127.0.0.1:9/graphql', { method: 'POST', body: '{}' })).rejects.toThrow();
  });
});

/**
 * A subgraph that closes a kept-alive connection once it has been idle `idleMs`, and sends no `Keep-Alive: timeout=`
 * hint: a request that comes on such a connection is dropped unanswered, as when the subgraph's keep-alive timer
 * fires just before it reads the request (a subgraph resuming after a freeze does exactly that).
 */
async function subgraphClosingIdleConnections(idleMs: number, close: 'end' | 'reset') {
  const lastAnswerAt = new WeakMap<Socket, number>();
  const sockets = new Set<Socket>();
  const received: string[] = [];
  const server = createServer((request, response) => {
    const socket = request.socket;
    sockets.add(socket);
    const last = lastAnswerAt.get(socket);
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push(body);
      if (last !== undefined && Date.now() - last > idleMs) {
        if (close === 'reset') socket.resetAndDestroy();
        else socket.destroy();
        return;
      }
      response.end(JSON.stringify({ data: { ok: true } }), () => lastAnswerAt.set(socket, Date.now()));
    });
  });
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    received,
    sockets,
    close() {
      server.closeAllConnections();
      server.close();
    },
  };
}

const aQuery = JSON.stringify({ query: 'query Listning__vgr__0 { a }' });
const aMutation = JSON.stringify({ query: 'mutation Rapportera__samverkan__0 { b }' });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createSubgraphFetcher with a subgraph that closes idle connections', () => {
  it("keeps no connection longer than the subgraph's keep-alive, so a mutation after a pause is answered", async () => {
    const subgraph = await subgraphClosingIdleConnections(300, 'end');
    try {
      const fetcher = createSubgraphFetcher({ keepAliveTimeoutMs: 200 });
      expect((await fetcher(subgraph.url, { method: 'POST', body: aMutation })).ok).toBe(true);
      await pause(400);
      expect((await fetcher(subgraph.url, { method: 'POST', body: aMutation })).ok).toBe(true);
      expect(subgraph.sockets.size).toBe(2);
    } finally {
      subgraph.close();
    }
  });

  for (const close of ['end', 'reset'] as const) {
    it(`sends a query once more, on a fresh connection, when a kept connection is dropped before any answer (${close})`, async () => {
      const subgraph = await subgraphClosingIdleConnections(300, close);
      try {
        const fetcher = createSubgraphFetcher({ keepAliveTimeoutMs: 10_000 });
        await fetcher(subgraph.url, { method: 'POST', body: aQuery });
        await pause(400);
        const response = await fetcher(subgraph.url, { method: 'POST', body: aQuery });
        expect(await response.json()).toEqual({ data: { ok: true } });
        expect(subgraph.received).toEqual([aQuery, aQuery, aQuery]);
        expect(subgraph.sockets.size).toBe(2);
      } finally {
        subgraph.close();
      }
    });
  }

  it('never sends a mutation twice: it fails when its connection is dropped', async () => {
    const subgraph = await subgraphClosingIdleConnections(300, 'reset');
    try {
      const fetcher = createSubgraphFetcher({ keepAliveTimeoutMs: 10_000 });
      await fetcher(subgraph.url, { method: 'POST', body: aMutation });
      await pause(400);
      await expect(fetcher(subgraph.url, { method: 'POST', body: aMutation })).rejects.toThrow();
      expect(subgraph.received).toEqual([aMutation, aMutation]);
    } finally {
      subgraph.close();
    }
  });

  it('sends a query at most twice', async () => {
    const server = createServer((request) => request.on('data', () => undefined).on('end', () => request.socket.resetAndDestroy()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    let attempts = 0;
    server.on('request', () => (attempts += 1));
    try {
      const fetcher = createSubgraphFetcher();
      await expect(fetcher(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, { method: 'POST', body: aQuery })).rejects.toThrow();
      expect(attempts).toBe(2);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('isResetBeforeAnswer', () => {
  it('knows the resets and closes of a connection, and nothing else', () => {
    expect(isResetBeforeAnswer(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isResetBeforeAnswer(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }))).toBe(true);
    expect(isResetBeforeAnswer(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(false);
    expect(isResetBeforeAnswer(new Error('aborted'))).toBe(false);
  });
});
