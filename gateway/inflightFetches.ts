// Merges a subgraph fetch with an identical one already in flight, so a busy integration that sends the
// same query over many connections costs the subgraph one execution instead of many. "Identical" includes
// the credentials (authorization and every x-samsyn-* header), so an answer is only ever shared within one
// authorization context; and before a request may use an answer fetched for another, the subgraph repeats
// the access-log rows of that fetch under its request id, so every request's reads are still logged.
import { parse, Kind } from 'graphql';
import { accessLogRowsHeader } from '../subgraphs/common/accessLog/accessLogPlugin.js';
import { accessLogRepeatPath } from '../subgraphs/common/accessLog/accessLogRepeatRoute.js';
import type { Logger } from '../subgraphs/common/logging/logger.js';
import type { Fetcher } from './subgraphFetcher.js';

type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

export interface InflightFetchesOptions {
  /** Told when a subgraph did not repeat the access-log rows (the joiners then fetch for themselves). */
  log?: Logger;
}

/** A request that arrived while an identical fetch was in flight and waits for its answer. */
interface Joiner {
  requestId: string;
  init: FetcherRequestInit;
  resolve(response: FetcherResponse): void;
  reject(error: unknown): void;
}

interface Inflight {
  leaderRequestId: string;
  joiners: Joiner[];
}

export class InflightFetches {
  private readonly inflight = new Map<string, Inflight>();
  private readonly mergeable = new MergeableQueries();
  private mergedCount = 0;
  private repeatFailureCount = 0;

  constructor(private readonly options: InflightFetchesOptions = {}) {}

  /** Fetches answered with the answer of an identical fetch of another request (after its rows were repeated). */
  get merged(): number {
    return this.mergedCount;
  }

  /** Merges whose access-log repeat failed, so that their joiners fetched for themselves. */
  get repeatFailures(): number {
    return this.repeatFailureCount;
  }

  /** Fetches in flight that identical ones could join now. */
  get inFlight(): number {
    return this.inflight.size;
  }

  /** The fetcher, with identical fetches in flight merged. */
  wrap(fetcher: Fetcher): Fetcher {
    return (url, init) => this.fetch(fetcher, url, init);
  }

  async fetch(fetcher: Fetcher, url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> {
    const { body } = init;
    const headers = init.headers ?? {};
    const requestId = headers['x-request-id'];
    // Without a request id the subgraph's log rows could not be repeated for a joiner.
    if ((init.method ?? 'GET').toUpperCase() !== 'POST' || typeof body !== 'string' || requestId === undefined) return fetcher(url, init);

    const key = mergeKey(url, body, headers);
    const existing = this.inflight.get(key);
    if (existing) {
      // The same request id twice (a client may set x-request-id) would need its rows twice under one id: fetch.
      if (requestId === existing.leaderRequestId) return fetcher(url, init);
      return new Promise<FetcherResponse>((resolve, reject) => existing.joiners.push({ requestId, init, resolve, reject }));
    }
    if (!this.mergeable.body(body)) return fetcher(url, init);

    const entry: Inflight = { leaderRequestId: requestId, joiners: [] };
    this.inflight.set(key, entry);
    let response: FetcherResponse;
    try {
      response = await fetcher(url, init);
    } catch (error) {
      this.inflight.delete(key);
      for (const joiner of entry.joiners) joiner.reject(error);
      throw error;
    }
    // Merging in flight only, never a cache: a fetch that starts from now on sends its own.
    this.inflight.delete(key);
    if (entry.joiners.length > 0) this.answerJoiners(fetcher, url, headers, requestId, response, entry.joiners);
    return response;
  }

  private answerJoiners(
    fetcher: Fetcher,
    url: string,
    headers: Record<string, string>,
    leaderRequestId: string,
    response: FetcherResponse,
    joiners: Joiner[],
  ): void {
    // Cloned now, before the first request reads its body.
    const copies = joiners.map(() => response.clone());
    // A subgraph says how many rows the fetch logged; with none there is nothing to repeat.
    const repeated =
      response.headers.get(accessLogRowsHeader) === '0'
        ? Promise.resolve()
        : repeatAccessLog(fetcher, url, headers['authorization'], leaderRequestId, joiners.map((joiner) => joiner.requestId));
    repeated.then(
      () => {
        this.mergedCount += joiners.length;
        joiners.forEach((joiner, index) => joiner.resolve(copies[index]!));
      },
      (error: unknown) => {
        // Their reads are not logged: they may not have the shared answer, and fetch their own (logged) one.
        this.repeatFailureCount += 1;
        this.options.log?.warn('access-log repeat failed; the merged requests fetch for themselves', {
          subgraph: url,
          requests: joiners.length,
          error: error instanceof Error ? error.message : String(error),
        });
        for (const joiner of joiners) Promise.resolve().then(() => fetcher(url, joiner.init)).then(joiner.resolve, joiner.reject);
      },
    );
  }
}

/**
 * What must be equal for two fetches to share an answer: the subgraph URL, the exact body (query, variables,
 * operation name) and the exact `authorization` and `x-samsyn-*` headers, sorted by name; nothing else (not
 * x-request-id). The JSON part cannot contain a newline, so the key is unambiguous.
 */
export function mergeKey(url: string, body: string, headers: Record<string, string>): string {
  const credentials = Object.entries(headers)
    .map(([name, value]) => [name.toLowerCase(), value] as const)
    .filter(([name]) => name === 'authorization' || name.startsWith('x-samsyn-'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify([url, credentials])}\n${body}`;
}

/** Asks the subgraph to log the reads of `fran` again for each of `joiners`; rejects unless it answers 200. */
async function repeatAccessLog(fetcher: Fetcher, url: string, authorization: string | undefined, fran: string, joiners: string[]): Promise<void> {
  const answer = await fetcher(new URL(accessLogRepeatPath, url).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
    body: JSON.stringify({ fran, for: joiners }),
  });
  if (answer.status !== 200) throw new Error(`the subgraph answered ${answer.status} to ${accessLogRepeatPath}`);
}

/**
 * Whether a request body holds only queries (never a mutation or a subscription, and never a body that cannot
 * be read): only those may be merged. Remembered per query text; the gateway sends few distinct ones.
 */
export class MergeableQueries {
  private readonly known = new Map<string, boolean>();

  constructor(private readonly maximumRemembered = 1000) {}

  body(body: string): boolean {
    const query = queryOf(body);
    return query !== undefined && this.query(query);
  }

  query(query: string): boolean {
    const known = this.known.get(query);
    if (known !== undefined) return known;
    const mergeable = onlyQueries(query);
    if (this.known.size >= this.maximumRemembered) this.known.clear();
    this.known.set(query, mergeable);
    return mergeable;
  }
}

/** Every operation in the document is a query (so whichever `operationName` picks, nothing is written). */
function onlyQueries(query: string): boolean {
  try {
    const operations = parse(query).definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    return operations.length > 0 && operations.every((operation) => operation.operation === 'query');
  } catch {
    return false;
  }
}

/**
 * The `query` of a GraphQL request body. RemoteGraphQLDataSource writes it first (JSON.stringify of
 * `{ query, ...rest }`), so only that string is read, not the (possibly large) variables; any other body is parsed whole.
 */
export function queryOf(body: string): string | undefined {
  const start = '{"query":"';
  if (body.startsWith(start)) {
    for (let quote = body.indexOf('"', start.length); quote !== -1; quote = body.indexOf('"', quote + 1)) {
      let backslashes = 0;
      while (body[quote - 1 - backslashes] === '\\') backslashes += 1;
      if (backslashes % 2 === 0) {
        try {
          return JSON.parse(body.slice(start.length - 1, quote + 1)) as string;
        } catch {
          return undefined;
        }
      }
    }
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(body);
    const query = typeof value === 'object' && value !== null ? (value as { query?: unknown }).query : undefined;
    return typeof query === 'string' ? query : undefined;
  } catch {
    return undefined;
  }
}
