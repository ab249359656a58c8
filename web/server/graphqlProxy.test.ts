// The forwarder reaches a gateway on any valid port, "bad ports" of the Fetch standard included (GATEWAY_PORT=6000).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeFetchBlockedPort } from '../../test/support/freePort.js';
import { forwardToGateway } from './graphqlProxy.js';

let gateway: Server;
let proxy: Server;
let gatewayPort: number;
let proxyUrl: string;

beforeAll(async () => {
  gateway = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/graphql-response+json', 'x-request-id': 'r-1' });
      response.end(JSON.stringify({ data: { echo: body, authorization: request.headers['authorization'] ?? null } }));
    });
  });
  const port = await freeFetchBlockedPort();
  if (port === undefined) throw new Error('no port that fetch refuses is free here');
  gatewayPort = port;
  await new Promise<void>((resolve) => gateway.listen(gatewayPort, '127.0.0.1', resolve));
  proxy = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => void forwardToGateway(`http://127.0.0.1:${gatewayPort}/graphql`, request, body, response));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await new Promise((resolve) => proxy?.close(resolve));
  await new Promise((resolve) => gateway?.close(resolve));
});

describe('the GraphQL forwarder', () => {
  it('reaches a gateway on a port that fetch refuses, with the answer, its type and request id', async () => {
    await expect(fetch(`http://127.0.0.1:${gatewayPort}/graphql`)).rejects.toThrow();
    const response = await fetch(proxyUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer x' }, body: '{"query":"{ a }"}' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/graphql-response+json');
    expect(response.headers.get('x-request-id')).toBe('r-1');
    expect(await response.json()).toEqual({ data: { echo: '{"query":"{ a }"}', authorization: 'Bearer x' } });
  });
});
