import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../test/support/freePort.js';
import { createSubgraphHealth } from './health.js';

/** A subgraph whose /health answers `status`. */
let status = 200;
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('samsyn_gateway_subgraph_up', () => {
  it('asks each subgraph at every scrape: 1 while its /health answers 200, 0 when it is draining or unreachable', async () => {
    const health = createSubgraphHealth({ vgr: url, kommun: `http://127.0.0.1:${await freePort()}/graphql` }, null, 1000);
    const registry = new Registry();
    health.registerGauge(registry);
    try {
      let text = await registry.metrics();
      expect(text).toContain('samsyn_gateway_subgraph_up{subgraph="vgr"} 1\n');
      expect(text).toContain('samsyn_gateway_subgraph_up{subgraph="kommun"} 0\n');
      status = 503;
      text = await registry.metrics();
      expect(text).toContain('samsyn_gateway_subgraph_up{subgraph="vgr"} 0\n');
    } finally {
      status = 200;
      await health.close();
    }
  });
});
