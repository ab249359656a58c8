import { describe, expect, it } from 'vitest';
import type { SignedSend } from './assertingFetcher.js';
import { CoalescedFetches, coalescingKey } from './coalescedFetches.js';
import type { Fetcher } from './subgraphFetcher.js';

type FetcherResponse = Awaited<ReturnType<Fetcher>>;

const url = 'http://127.0.0.1:4001/graphql';
const query = JSON.stringify({ query: 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', variables: { r: [] } });
const mutation = JSON.stringify({ query: 'mutation { havKommunensSparr(input: { patientId: "191212121212" }) { sparrad } }' });

function init(requestId: string, body = query, authorization = 'Bearer a', ground?: string) {
  return { method: 'POST', body, headers: { 'content-type': 'application/json', authorization, 'x-request-id': requestId, ...(ground ? { 'x-samsyn-atkomstgrund': ground } : {}) } };
}

/** A send whose answers the test releases by hand, recording the request ids each subgraph request answered. */
function controlledSend() {
  const sent: { requestIds: readonly string[]; release(): void; fail(error: Error): void }[] = [];
  const send: SignedSend = (_url, _init, requestIds) =>
    new Promise<FetcherResponse>((resolve, reject) => {
      const response = { status: 200, clone: () => response, text: async () => requestIds.join(',') } as unknown as FetcherResponse;
      sent.push({ requestIds, release: () => resolve(response), fail: reject });
    });
  return { send, sent };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('coalescing identical subgraph requests of different client requests', () => {
  it('sends the first at once, and those that arrive while it is in flight together as one that names them all', async () => {
    const { send, sent } = controlledSend();
    const coalescing = new CoalescedFetches(send);
    const first = coalescing.fetcher(url, init('r1'));
    await settle();
    const waiting = ['r2', 'r3', 'r4'].map((id) => coalescing.fetcher(url, init(id)));
    await settle();
    expect(sent.map((request) => request.requestIds)).toEqual([['r1']]);
    sent[0]!.release();
    expect(await (await first).text()).toBe('r1');
    await settle();
    expect(sent.map((request) => request.requestIds)).toEqual([['r1'], ['r2', 'r3', 'r4']]);
    sent[1]!.release();
    // Each client request gets the answer of the subgraph request that named it, and only that one.
    for (const answer of await Promise.all(waiting)) expect(await answer.text()).toBe('r2,r3,r4');
    expect(coalescing.coalesced).toBe(2);
    // Nothing in flight any more: the next one goes at once, on its own.
    const later = coalescing.fetcher(url, init('r5'));
    await settle();
    expect(sent.at(-1)!.requestIds).toEqual(['r5']);
    sent.at(-1)!.release();
    await later;
  });

  it('never joins across tokens, access grounds or bodies, nor a mutation, nor a client request with itself', async () => {
    const { send, sent } = controlledSend();
    const coalescing = new CoalescedFetches(send);
    const leader = coalescing.fetcher(url, init('r1'));
    await settle();
    const others = [
      coalescing.fetcher(url, init('r2', query, 'Bearer b')),
      coalescing.fetcher(url, init('r3', query, 'Bearer a', 'samtycke')),
      coalescing.fetcher(url, init('r4', query.replace('[]', '[{"__typename":"Patient","id":"191212121212"}]'))),
      coalescing.fetcher(url, init('r5', mutation)),
      coalescing.fetcher(url, init('r6', mutation)),
    ];
    await settle();
    // Each of these is first of its own key (or a mutation): all sent at once, none waiting.
    expect(sent.map((request) => request.requestIds)).toEqual([['r1'], ['r2'], ['r3'], ['r4'], ['r5'], ['r6']]);
    const same = coalescing.fetcher(url, init('r7'));
    const twice = coalescing.fetcher(url, init('r7'));
    await settle();
    expect(sent.at(-1)!.requestIds).toEqual(['r7']);
    for (const request of sent) request.release();
    await Promise.all([leader, ...others, twice]);
    await settle();
    expect(sent.at(-1)!.requestIds).toEqual(['r7']);
    sent.at(-1)!.release();
    await same;
  });

  it('gives the waiting requests the failure of their own subgraph request, and goes on with the next', async () => {
    const { send, sent } = controlledSend();
    const coalescing = new CoalescedFetches(send);
    const first = coalescing.fetcher(url, init('r1'));
    await settle();
    const waiting = [coalescing.fetcher(url, init('r2')), coalescing.fetcher(url, init('r3'))];
    await settle();
    sent[0]!.release();
    await first;
    await settle();
    sent[1]!.fail(new Error('socket hang up'));
    for (const result of await Promise.allSettled(waiting)) expect(result).toMatchObject({ status: 'rejected', reason: { message: 'socket hang up' } });
    const after = coalescing.fetcher(url, init('r4'));
    await settle();
    expect(sent.at(-1)!.requestIds).toEqual(['r4']);
    sent.at(-1)!.release();
    await after;
  });
});

describe('the coalescing key', () => {
  it('holds the URL, the exact body, the token and the access ground, and not the request id or other headers', () => {
    const base = coalescingKey(url, query, { authorization: 'Bearer a', 'x-request-id': 'r1' });
    expect(coalescingKey(url, query, { authorization: 'Bearer a', 'x-request-id': 'r2', 'content-type': 'application/json' })).toBe(base);
    expect(coalescingKey(url, query, { authorization: 'Bearer b' })).not.toBe(base);
    expect(coalescingKey(url, query, { authorization: 'Bearer a', 'x-samsyn-atkomstgrund': 'samtycke' })).not.toBe(base);
    expect(coalescingKey(url, `${query} `, { authorization: 'Bearer a' })).not.toBe(base);
    expect(coalescingKey('http://127.0.0.1:4002/graphql', query, { authorization: 'Bearer a' })).not.toBe(base);
  });
});
