// A TCP proxy between a subgraph and its PostgreSQL server that a test can break as a database fails: `stop()` drops
// every connection and refuses new ones (a server restart), `freeze()` keeps connections open but passes nothing
// (a hung host), `resume()` ends either.
import { createServer, connect, type Server, type Socket } from 'node:net';

export class FaultyTcpProxy {
  private server: Server | null = null;
  private readonly pairs = new Set<{ client: Socket; upstream: Socket }>();
  private frozen = false;
  private boundPort = 0;

  private constructor(private readonly target: { host: string; port: number }) {}

  static async start(target: { host: string; port: number }): Promise<FaultyTcpProxy> {
    const proxy = new FaultyTcpProxy(target);
    await proxy.listen(0);
    return proxy;
  }

  /** The port it listens on, the same after `stop()` and `resume()`. */
  get port(): number {
    return this.boundPort;
  }

  /** A connection URL like `url` but through the proxy. */
  urlFor(url: string): string {
    const through = new URL(url);
    through.hostname = '127.0.0.1';
    through.port = String(this.port);
    return through.toString();
  }

  /** Every connection dropped, new ones refused: what a subgraph sees of `pg_ctl stop -m immediate`. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const { client, upstream } of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    this.pairs.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Connections stay open and new ones are accepted, but no byte passes either way: a hung server. */
  freeze(): void {
    this.frozen = true;
    for (const { client, upstream } of this.pairs) {
      client.pause();
      upstream.pause();
    }
  }

  /** Back to passing bytes; after `stop()`, listening again on the same port. */
  async resume(): Promise<void> {
    this.frozen = false;
    for (const { client, upstream } of this.pairs) {
      client.resume();
      upstream.resume();
    }
    if (!this.server) await this.listen(this.port);
  }

  async close(): Promise<void> {
    await this.stop();
  }

  private listen(port: number): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      const pair = { client, upstream };
      this.pairs.add(pair);
      client.pipe(upstream);
      upstream.pipe(client);
      if (this.frozen) {
        client.pause();
        upstream.pause();
      }
      const end = () => {
        this.pairs.delete(pair);
        client.destroy();
        upstream.destroy();
      };
      client.on('error', end).on('close', end);
      upstream.on('error', end).on('close', end);
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        this.boundPort = (server.address() as { port: number }).port;
        resolve();
      });
    });
  }
}
