// Asks the OS for free TCP ports on 127.0.0.1 for test services.
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Ports that the Fetch standard blocks (Node's fetch refuses them); Samsyn must work on them all the same. */
export const fetchBlockedPorts: readonly number[] = [6000, 6665, 6666, 6667, 6668, 6669, 6697, 10080];

/** The first port of `fetchBlockedPorts` free on 127.0.0.1 now, or undefined. */
export async function freeFetchBlockedPort(): Promise<number | undefined> {
  for (const port of fetchBlockedPorts) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  return undefined;
}
