// Bounds each fetch to one subgraph in time: it waits at most the subgraph's timeout and never past its request's
// deadline (requestDeadline.ts), tells the subgraph how long that is, and is aborted when the time is up, which
// destroys its connection rather than leave it queued on a subgraph that does not answer. A subgraph whose
// fetches keep timing out is failed fast for a while (subgraphCircuit.ts).
import { GraphQLError } from 'graphql';
import { deadlineFrom, deadlineHeader, fetchBudgetMs, timeBudgetHeader } from './requestDeadline.js';
import type { SubgraphCircuit } from './subgraphCircuit.js';
import type { Fetcher } from './subgraphFetcher.js';

/** The subgraph did not answer within the fetch's time (or the request had no time left to send it). */
export class SubgraphTimeout extends Error {
  override name = 'SubgraphTimeout';

  constructor(
    readonly subgraph: string,
    /** What the fetch waited: 0 when it was not sent. */
    readonly waitedMs: number,
    options?: ErrorOptions,
  ) {
    super(waitedMs === 0 ? `no time left to ask ${subgraph}` : `${subgraph} did not answer within ${waitedMs} ms`, options);
  }
}

/** Not sent: the subgraph's last fetches timed out, and it is left alone for a while. */
export class SubgraphCircuitOpen extends Error {
  override name = 'SubgraphCircuitOpen';

  constructor(readonly subgraph: string) {
    super(`${subgraph} did not answer its last requests in time; not asked again for a short while`);
  }
}

export interface TimeBoundOptions {
  subgraph: string;
  /** The longest any fetch to this subgraph waits. */
  timeoutMs: number;
  circuit?: SubgraphCircuit | undefined;
  now?: () => number;
}

export function timeBoundFetcher(fetcher: Fetcher, options: TimeBoundOptions): Fetcher {
  const { subgraph, timeoutMs, circuit, now = Date.now } = options;
  return async (url, init = {}) => {
    const { [deadlineHeader]: _deadline, ...headers } = init.headers ?? {};
    const budget = fetchBudgetMs(now(), deadlineFrom(init.headers ?? {}), timeoutMs);
    if (budget === 0) throw new SubgraphTimeout(subgraph, 0);
    if (circuit && !circuit.admit()) throw new SubgraphCircuitOpen(subgraph);
    // A timer cleared on the answer, not AbortSignal.timeout: that one's timer lives its whole time, and at
    // thousands of fetches a second they would pile up by the ten thousand.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new SubgraphTimeout(subgraph, budget)), budget);
    try {
      const response = await fetcher(url, { ...init, headers: { ...headers, [timeBudgetHeader]: String(budget) }, signal: controller.signal });
      circuit?.answered();
      return response;
    } catch (error) {
      if (controller.signal.aborted) {
        circuit?.timedOut();
        throw new SubgraphTimeout(subgraph, budget, { cause: error });
      }
      // An answer refused for its size (ANSWER_TOO_LARGE) is an answer all the same.
      if (error instanceof GraphQLError) circuit?.answered();
      else circuit?.failed();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
}
