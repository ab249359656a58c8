// A stop lets the requests in flight finish and refuses new connections; only past the grace period is anything cut.
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { Agent, request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../config/environment.js';
import { readShutdownGraceMs, trackForGracefulShutdown } from './gracefulShutdown.js';

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.closeAllConnections();
});

/** A server whose answers take `delayMs`. */
async function slowServer(delayMs: number, graceMs: number) {
  const server = createServer((_request, response) => {
    setTimeout(() => response.end('done'), delayMs);
  });
  servers.push(server);
  const shutdown = trackForGracefulShutdown(server, graceMs);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, shutdown, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('graceful shutdown', () => {
  it('lets every request in flight finish, says Connection: close, then refuses new connections', async () => {
    const { shutdown, url } = await slowServer(300, 5000);
    const dispatcher = new Agent({ connections: 20 });
    const answers = Array.from({ length: 10 }, () => request(url, { dispatcher }).then(async (answer) => ({ status: answer.statusCode, connection: answer.headers['connection'], body: await answer.body.text() })));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shutdown.draining).toBe(false);
    expect(shutdown.inFlight).toBe(10);
    const drained = shutdown.drain();
    expect(shutdown.draining).toBe(true);
    const results = await Promise.all(answers);
    expect(results).toEqual(Array.from({ length: 10 }, () => ({ status: 200, connection: 'close', body: 'done' })));
    expect(await drained).toEqual({ inFlight: 10, cut: 0 });
    expect(await refused(Number(new URL(url).port))).toBe(true);
    await dispatcher.close();
  });

  it('closes idle keep-alive connections at once', async () => {
    const { shutdown, url } = await slowServer(0, 5000);
    const dispatcher = new Agent();
    const answer = await request(url, { dispatcher });
    await answer.body.text();
    expect(answer.headers['connection']).toBe('keep-alive');
    expect(await shutdown.drain()).toEqual({ inFlight: 0, cut: 0 });
    await dispatcher.close();
  });

  it('cuts what is still unanswered when the grace period runs out, and says how many', async () => {
    const { shutdown, url } = await slowServer(10_000, 100);
    const answer = request(url).then(
      () => 'answered',
      () => 'cut',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await shutdown.drain()).toEqual({ inFlight: 1, cut: 1 });
    expect(await answer).toBe('cut');
  });

  it('reads SAMSYN_SHUTDOWN_GRACE_MS, 10 s by default', () => {
    expect(readShutdownGraceMs({})).toBe(10_000);
    expect(readShutdownGraceMs({ SAMSYN_SHUTDOWN_GRACE_MS: '0' })).toBe(0);
    expect(() => readShutdownGraceMs({ SAMSYN_SHUTDOWN_GRACE_MS: '-1' })).toThrow(ConfigurationError);
  });
});
