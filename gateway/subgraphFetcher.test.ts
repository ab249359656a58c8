import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubgraphFetcher } from './subgraphFetcher.js';

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

  it('reports an error status as not ok, and fails for a subgraph that does not listen', async () => {
    const fetcher = createSubgraphFetcher();
    const refused = await fetcher(`${url}/other`, { method: 'POST', body: '{}' });
    expect(refused.ok).toBe(false);
    expect(refused.status).toBe(400);
    await expect(fetcher('http://127.0.0.1:9/graphql', { method: 'POST', body: '{}' })).rejects.toThrow();
  });
});
