// Serves the benchmark issuer's public key set over HTTP on 127.0.0.1, the way an IdP does, so the services
// and gateways run as in production (NODE_ENV=production requires SAMSYN_JWKS_URL): the libraries they use
// (graphql-js above all) take their production paths only then.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface JwksServer {
  url: string;
  close(): Promise<void>;
}

export async function startJwksServer(jwksPath: string): Promise<JwksServer> {
  const body = readFileSync(jwksPath, 'utf8');
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/jwks.json') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/jwks.json`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
