// A service's admin HTTP server: Prometheus scrapes /metrics here, on a port and interface of its own
// (<SERVICE>_ADMIN_PORT, ADMIN_HOST), so that the public port, which clients reach, never shows them.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { Logger } from '../logging/logger.js';
import { bind } from '../server/graphqlHttpServer.js';
import { sendError } from '../server/httpMessages.js';

/** The admin ports by default, one per service, beside the public 4000–4004. */
export const defaultAdminPorts = { gateway: 9400, vgr: 9401, kommun: 9402, samverkan: 9403, entry: 9404 } as const;

export interface AdminServer {
  port: number;
  close(): Promise<void>;
}

/** Listens on `port` (0: any free one) at `host`; answers GET /metrics with the registry's text, anything else 404. */
export async function startAdminServer(registry: Registry, port: number, host: string, log?: Logger): Promise<AdminServer> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method !== 'GET' || path !== '/metrics') {
      sendError(response, 404, 'NOT_FOUND', `No such path: ${path}. The admin port serves GET /metrics.`);
      return;
    }
    registry.metrics().then(
      (text) => {
        response.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
        response.end(text);
      },
      (error: unknown) => {
        log?.error('metrics could not be collected', { error });
        sendError(response, 500, 'INTERNAL_SERVER_ERROR', 'The metrics could not be collected.');
      },
    );
  });
  await bind(server, port, host);
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A scraper's kept-alive connection would otherwise hold the server open.
        server.closeAllConnections();
      }),
  };
}
