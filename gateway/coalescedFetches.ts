// Sends identical subgraph requests of different client requests as one. Identical means the same subgraph, the
// same body, token and access ground (so the same access decisions), and a query: never a mutation. One is sent as
// it comes; those that arrive while it is in flight wait for it, then go together as one request whose signed
// assertion names every client request it answers, so the subgraph executes once and logs the reads under each
// request's own id itself. No answer is handed to a request it was not fetched for, and nothing writes log rows
// afterwards (the cross-request sharing this replaces needed a route that let callers add rows).
import { assertedHeaders, maximumAssertedRequests } from '../platform/gatewayTrust/gatewayAssertion.js';
import type { SignedSend } from './assertingFetcher.js';
import { ReadOnlyRequests } from './readOnlyRequests.js';
import type { Fetcher } from './subgraphFetcher.js';

type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

interface Member {
  requestId: string;
  resolve(response: FetcherResponse): void;
  reject(error: unknown): void;
}

/** The requests of one key that wait for the one in flight, to go next as one. */
interface Waiting {
  url: string;
  init: FetcherRequestInit;
  members: Member[];
}

export class CoalescedFetches {
  /** Keys with a request in flight, and what waits to go after it. */
  private readonly inFlight = new Map<string, { waiting: Waiting | null }>();
  private readonly readOnly = new ReadOnlyRequests();
  private coalescedCount = 0;

  constructor(private readonly send: SignedSend) {}

  /** Client requests answered by a subgraph request sent for another one as well. */
  get coalesced(): number {
    return this.coalescedCount;
  }

  readonly fetcher: Fetcher = async (url, init = {}) => {
    const headers = (init.headers ?? {}) as Record<string, string>;
    const requestId = headers['x-request-id'];
    // SubgraphDataSource sets it on every request of a client operation; nothing else is sent through here.
    if (requestId === undefined) throw new Error('invariant: a subgraph request of the gateway carries its request id');
    const body = init.body;
    if ((init.method ?? 'GET').toUpperCase() !== 'POST' || typeof body !== 'string' || !this.readOnly.body(body)) return this.send(url, init, [requestId]);
    const key = coalescingKey(url, body, headers);
    const state = this.inFlight.get(key);
    if (!state) {
      const slot: { waiting: Waiting | null } = { waiting: null };
      this.inFlight.set(key, slot);
      return this.sendThenNext(key, slot, url, init, [requestId]);
    }
    const waiting = (state.waiting ??= { url, init, members: [] });
    // A request that sends the same fetch twice is answered twice; a full group lets the next one go on its own.
    if (waiting.members.some((member) => member.requestId === requestId) || waiting.members.length >= maximumAssertedRequests) {
      return this.send(url, init, [requestId]);
    }
    return new Promise<FetcherResponse>((resolve, reject) => waiting.members.push({ requestId, resolve, reject }));
  };

  private async sendThenNext(key: string, slot: { waiting: Waiting | null }, url: string, init: FetcherRequestInit, requestIds: string[]): Promise<FetcherResponse> {
    try {
      return await this.send(url, init, requestIds);
    } finally {
      this.next(key, slot);
    }
  }

  /** Sends what waited behind the request that just settled, as one, or forgets the key. */
  private next(key: string, slot: { waiting: Waiting | null }): void {
    const waiting = slot.waiting;
    if (!waiting) {
      this.inFlight.delete(key);
      return;
    }
    slot.waiting = null;
    const { members } = waiting;
    this.coalescedCount += members.length - 1;
    this.sendThenNext(
      key,
      slot,
      waiting.url,
      waiting.init,
      members.map((member) => member.requestId),
    ).then(
      (response) => members.forEach((member, index) => member.resolve(index === 0 ? response : response.clone())),
      (error: unknown) => members.forEach((member) => member.reject(error)),
    );
  }
}

/**
 * What must be equal for client requests to share one subgraph request: the subgraph URL, the exact body and
 * the exact token and access-ground headers; nothing else (not x-request-id). The JSON part cannot contain a
 * newline, so the key is unambiguous.
 */
export function coalescingKey(url: string, body: string, headers: Record<string, string>): string {
  return `${JSON.stringify([url, ...assertedHeaders.map((name) => headers[name] ?? null)])}\n${body}`;
}
