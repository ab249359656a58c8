// The paced load's HTTP side in the load generator process: one undici Client
// (one keep-alive connection) per simulated user. An idle connection is closed
// as the gateway's Keep-Alive hint says (or after undici's 4 s without one) and
// opened again for the user's next request, as a browser's would be once the
// server dropped it; the connections opened are counted.
import { Client } from 'undici';
import type { BenchRequest } from '../types.js';
import type { PacedResponse } from './pacedLoad.js';

export interface PacedClients {
  send(user: number, request: BenchRequest): Promise<PacedResponse>;
  /** Connections opened so far, over all users. */
  connectionsOpened(): number;
  close(): Promise<void>;
}

export function createPacedClients(url: string, users: number, timeoutMs: number): PacedClients {
  const { origin, pathname } = new URL(url);
  let opened = 0;
  const clients = Array.from({ length: users }, () => {
    const client = new Client(origin, { pipelining: 1, headersTimeout: timeoutMs, bodyTimeout: timeoutMs, connectTimeout: timeoutMs });
    client.on('connect', () => {
      opened += 1;
    });
    return client;
  });
  return {
    async send(user, request) {
      const response = await clients[user]!.request({
        path: pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...request.headers },
        body: request.body,
      });
      return { status: response.statusCode, body: await response.body.text() };
    },
    connectionsOpened: () => opened,
    async close() {
      await Promise.all(clients.map((client) => client.destroy()));
    },
  };
}
