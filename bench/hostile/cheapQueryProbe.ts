// The innocent user of the hostile benchmark: `{ kommuner { kod } }` through the gateway every 50 ms, whatever
// else is going on, each send timed from the moment it was due (so a stalled gateway shows as long waits, and the
// sends due meanwhile queue behind it as a browser's would).
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';

export interface ProbeSample {
  /** When the request was due and sent, ms on performance.now()'s clock. */
  sentAt: number;
  /** Until its whole answer arrived (or it failed). */
  milliseconds: number;
  ok: boolean;
}

export interface CheapQueryProbe {
  samples: ProbeSample[];
  stop(): Promise<void>;
}

export const probeIntervalMs = 50;

export function startCheapQueryProbe(gatewayUrl: string, token: string): CheapQueryProbe {
  const dispatcher = new Agent({ connections: 64, keepAliveTimeout: 30_000 });
  const samples: ProbeSample[] = [];
  const inFlight = new Set<Promise<void>>();
  const send = () => {
    const sentAt = performance.now();
    const done = request(gatewayUrl, {
      method: 'POST',
      dispatcher,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ kommuner { kod } }' }),
      headersTimeout: 60_000,
      bodyTimeout: 60_000,
    })
      .then(async (answer) => {
        const body = await answer.body.text();
        samples.push({ sentAt, milliseconds: performance.now() - sentAt, ok: answer.statusCode === 200 && body.includes('"1480"') });
      })
      .catch(() => {
        samples.push({ sentAt, milliseconds: performance.now() - sentAt, ok: false });
      })
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
  };
  const timer = setInterval(send, probeIntervalMs);
  return {
    samples,
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
      await dispatcher.close();
    },
  };
}
