// Stops an HTTP server without cutting the requests it is answering: every
// Samsyn service (subgraphs, gateway, web server) drains the same way.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Server as TlsServer } from 'node:https';
import { readConfiguration, wholeNumberVariable } from '../config/variables.js';

/** How long requests in flight may still take once a stop is asked for, before their connections are cut. */
export const defaultShutdownGraceMs = 10_000;

export const shutdownVariables = { SAMSYN_SHUTDOWN_GRACE_MS: wholeNumberVariable(defaultShutdownGraceMs, 0, 600_000) };

export function readShutdownGraceMs(env: NodeJS.ProcessEnv): number {
  return readConfiguration(shutdownVariables, env).SAMSYN_SHUTDOWN_GRACE_MS;
}

export interface DrainOutcome {
  /** Requests being answered when the drain began. */
  inFlight: number;
  /** Requests still unanswered when the grace period ran out: their connections were closed under them. */
  cut: number;
}

export interface GracefulShutdown {
  /** True from the moment a drain begins: readiness answers 503 from then on. */
  readonly draining: boolean;
  /** Requests received and not yet answered (the samsyn_http_requests_in_flight gauge). */
  readonly inFlight: number;
  /**
   * Stops accepting connections, closes idle keep-alive connections, lets requests in flight finish (their
   * answers say `Connection: close`) for up to the grace period, then closes whatever is left. Idempotent.
   */
  drain(): Promise<DrainOutcome>;
}

/** Must be called before the server answers its first request (the tracking listener goes first). */
export function trackForGracefulShutdown(server: Server | TlsServer, graceMs: number): GracefulShutdown {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let drained: Promise<DrainOutcome> | undefined;
  let allAnswered: (() => void) | undefined;

  server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) => {
    inFlight.add(response);
    // A request that still arrives on a kept-alive connection is answered, and its connection then closed.
    if (draining) response.setHeader('connection', 'close');
    response.once('close', () => {
      inFlight.delete(response);
      if (draining && inFlight.size === 0) allAnswered?.();
    });
  });

  return {
    get draining() {
      return draining;
    },
    get inFlight() {
      return inFlight.size;
    },
    drain() {
      drained ??= (async () => {
        draining = true;
        const atStart = inFlight.size;
        // Clients learn not to send more on these connections; Node closes each one after its answer.
        for (const response of inFlight) if (!response.headersSent) response.setHeader('connection', 'close');
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        if (inFlight.size > 0) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, graceMs);
            allAnswered = () => {
              clearTimeout(timer);
              resolve();
            };
          });
        }
        const cut = inFlight.size;
        // What remains is idle (an answer sent before the drain began kept its connection alive) or out of time.
        server.closeAllConnections();
        await closed;
        return { inFlight: atStart, cut };
      })();
      return drained;
    },
  };
}
