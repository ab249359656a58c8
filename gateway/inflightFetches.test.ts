// Merging identical subgraph fetches in flight, with a fake subgraph: what makes two fetches identical, that
// an entry lives only while its fetch is in flight, that mutations are never merged, and that a request gets a
// shared answer only after the subgraph has logged its reads (otherwise it fetches for itself).
import { describe, expect, it } from 'vitest';
import { InflightFetches, MergeableQueries, mergeKey, queryOf } from './inflightFetches.js';
import type { Fetcher } from './subgraphFetcher.js';

type FetcherResponse = Awaited<ReturnType<Fetcher>>;

const url = 'http://127.0.0.1:4002/graphql';
const repeatUrl = 'http://127.0.0.1:4002/atkomstlogg/upprepa';
const patientQuery = JSON.stringify({ query: 'query P__kommun__0($id:ID!){patient(id:$id){id}}', variables: { id: '191212121212' }, operationName: 'P__kommun__0' });
const mutation = JSON.stringify({ query: 'mutation M__kommun__0{registreraKommunensSparr(input:{patientId:"199006022397"}){sparrad}}', variables: {}, operationName: 'M__kommun__0' });

function headers(requestId: string, extra: Record<string, string> = {}): Record<string, string> {
  return { 'content-type': 'application/json', authorization: 'Bearer token-a', 'x-samsyn-atkomstgrund': 'samtycke', 'x-request-id': requestId, ...extra };
}

interface Call {
  url: string;
  headers: Record<string, string>;
  body: string;
  answer(status: number, body: string, headers?: Record<string, string>): void;
  fail(error: Error): void;
}

/** A subgraph whose GraphQL answers the test gives by hand; the repeat route answers `repeatStatus` at once. */
function fakeSubgraph(repeatStatus: number | 'network error' = 200) {
  const calls: Call[] = [];
  const fetcher: Fetcher = (callUrl, init = {}) =>
    new Promise<FetcherResponse>((resolve, reject) => {
      const call: Call = {
        url: callUrl,
        headers: init.headers ?? {},
        body: String(init.body),
        answer: (status, body, extra = {}) => resolve(new Response(body, { status, headers: { 'content-type': 'application/json', ...extra } }) as unknown as FetcherResponse),
        fail: reject,
      };
      calls.push(call);
      if (callUrl === repeatUrl) {
        if (repeatStatus === 'network error') reject(new Error('connection refused'));
        else call.answer(repeatStatus, JSON.stringify({ rader: 3 }));
      }
    });
  return {
    fetcher,
    calls,
    graphqlCalls: () => calls.filter((call) => call.url === url),
    repeatCalls: () => calls.filter((call) => call.url === repeatUrl),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const send = (merging: InflightFetches, fetcher: Fetcher, requestId: string, body = patientQuery, extra: Record<string, string> = {}) =>
  merging.fetch(fetcher, url, { method: 'POST', headers: headers(requestId, extra), body });

describe('the merge key', () => {
  const key = (extra: Record<string, string>, body = patientQuery, at = url) => mergeKey(at, body, { ...headers('r1'), ...extra });

  it('holds the URL, the exact body, authorization and every x-samsyn-* header', () => {
    expect(key({})).toBe(key({}));
    expect(key({ authorization: 'Bearer token-b' })).not.toBe(key({}));
    expect(key({ 'x-samsyn-atkomstgrund': 'nodatkomst' })).not.toBe(key({}));
    expect(key({ 'x-samsyn-nodatkomst-anledning': 'akut' })).not.toBe(key({}));
    expect(key({}, patientQuery.replace('191212121212', '199006022397'))).not.toBe(key({}));
    expect(key({}, patientQuery, 'http://127.0.0.1:4001/graphql')).not.toBe(key({}));
    const withoutGround = headers('r1');
    delete withoutGround['x-samsyn-atkomstgrund'];
    expect(mergeKey(url, patientQuery, withoutGround)).not.toBe(key({}));
  });

  it('leaves out x-request-id and every other header, and does not depend on header order or case', () => {
    expect(key({ 'x-request-id': 'r2' })).toBe(key({}));
    expect(key({ 'content-type': 'application/graphql-response+json', 'user-agent': 'x' })).toBe(key({}));
    const reversed = Object.fromEntries(Object.entries(headers('r1')).reverse().map(([name, value]) => [name.toUpperCase(), value]));
    expect(mergeKey(url, patientQuery, reversed)).toBe(key({}));
  });
});

describe('which bodies may be merged', () => {
  const mergeable = new MergeableQueries();

  it('queries only: never a mutation, a subscription, a document with a mutation in it, or a body that cannot be read', () => {
    expect(mergeable.body(patientQuery)).toBe(true);
    expect(mergeable.body(JSON.stringify({ query: '{ kommuner { kod } }' }))).toBe(true);
    expect(mergeable.body(mutation)).toBe(false);
    expect(mergeable.body(JSON.stringify({ query: 'subscription S { x }' }))).toBe(false);
    expect(mergeable.body(JSON.stringify({ query: 'query A { a } mutation B { b }', operationName: 'A' }))).toBe(false);
    expect(mergeable.body(JSON.stringify({ query: 'query {' }))).toBe(false);
    expect(mergeable.body('{"query": not json')).toBe(false);
    expect(mergeable.body(JSON.stringify({ variables: {} }))).toBe(false);
  });

  it('reads the query string of a body, escapes included, without the variables', () => {
    const query = 'query Q($s: String = "a \\"quoted\\" \\\\ text") {\n  x(s: $s)\n}';
    expect(queryOf(JSON.stringify({ query, variables: { big: 'x'.repeat(1000) } }))).toBe(query);
    expect(queryOf(JSON.stringify({ operationName: 'Q', query }))).toBe(query);
    expect(queryOf('{"query":"unterminated')).toBeUndefined();
  });
});

describe('merging fetches in flight', () => {
  it('sends one fetch for identical ones in flight, repeats its log rows for the others in one call, then hands every request the answer', async () => {
    const subgraph = fakeSubgraph();
    const merging = new InflightFetches();
    const answers = ['r1', 'r2', 'r3'].map((id) => send(merging, subgraph.fetcher, id));
    await settle();
    expect(subgraph.graphqlCalls()).toHaveLength(1);
    expect(merging.inFlight).toBe(1);
    subgraph.graphqlCalls()[0]!.answer(200, '{"data":{"patient":{"id":"191212121212"}}}', { 'x-samsyn-atkomstlogg-rader': '3' });
    const bodies = await Promise.all(answers.map(async (answer) => (await answer).text()));
    expect(bodies).toEqual(Array(3).fill('{"data":{"patient":{"id":"191212121212"}}}'));
    expect(subgraph.repeatCalls()).toHaveLength(1);
    const [repeat] = subgraph.repeatCalls();
    expect(JSON.parse(repeat!.body)).toEqual({ fran: 'r1', for: ['r2', 'r3'] });
    expect(repeat!.headers['authorization']).toBe('Bearer token-a');
    expect(merging.merged).toBe(2);
    expect(merging.inFlight).toBe(0);
  });

  it('asks for no repeat when the subgraph says the fetch logged no rows', async () => {
    const subgraph = fakeSubgraph();
    const merging = new InflightFetches();
    const answers = ['r1', 'r2'].map((id) => send(merging, subgraph.fetcher, id));
    await settle();
    subgraph.graphqlCalls()[0]!.answer(200, '{"data":{"kommuner":[]}}', { 'x-samsyn-atkomstlogg-rader': '0' });
    expect(await Promise.all(answers.map(async (answer) => (await answer).text()))).toEqual(Array(2).fill('{"data":{"kommuner":[]}}'));
    expect(subgraph.repeatCalls()).toHaveLength(0);
    expect(merging.merged).toBe(1);
  });

  it('never merges across tokens or access grounds, mutations, or a request id with itself', async () => {
    const subgraph = fakeSubgraph();
    const merging = new InflightFetches();
    const answers = [
      send(merging, subgraph.fetcher, 'r1'),
      send(merging, subgraph.fetcher, 'r2', patientQuery, { authorization: 'Bearer token-b' }),
      send(merging, subgraph.fetcher, 'r3', patientQuery, { 'x-samsyn-atkomstgrund': 'nodatkomst', 'x-samsyn-nodatkomst-anledning': 'akut' }),
      send(merging, subgraph.fetcher, 'r1'),
      send(merging, subgraph.fetcher, 'm1', mutation),
      send(merging, subgraph.fetcher, 'm2', mutation),
    ];
    await settle();
    expect(subgraph.graphqlCalls()).toHaveLength(6);
    subgraph.graphqlCalls().forEach((call, index) => call.answer(200, `{"data":{"n":${index}}}`));
    expect(await Promise.all(answers.map(async (answer) => (await answer).text()))).toEqual([0, 1, 2, 3, 4, 5].map((n) => `{"data":{"n":${n}}}`));
    expect(subgraph.repeatCalls()).toHaveLength(0);
    expect(merging.merged).toBe(0);
  });

  it('forgets a fetch as soon as it settles: a fetch that starts after the answer sends its own', async () => {
    const subgraph = fakeSubgraph();
    const merging = new InflightFetches();
    const first = send(merging, subgraph.fetcher, 'r1');
    await settle();
    subgraph.graphqlCalls()[0]!.answer(200, '{"data":{"n":1}}');
    await first;
    expect(merging.inFlight).toBe(0);
    const second = send(merging, subgraph.fetcher, 'r2');
    await settle();
    expect(subgraph.graphqlCalls()).toHaveLength(2);
    subgraph.graphqlCalls()[1]!.answer(200, '{"data":{"n":2}}');
    expect(await (await second).text()).toBe('{"data":{"n":2}}');
    expect(subgraph.repeatCalls()).toHaveLength(0);
    expect(merging.merged).toBe(0);
  });

  it('gives the joiners the same failure when the first fetch fails', async () => {
    const subgraph = fakeSubgraph();
    const merging = new InflightFetches();
    const answers = ['r1', 'r2', 'r3'].map((id) => send(merging, subgraph.fetcher, id));
    await settle();
    const failure = new Error('socket hang up');
    subgraph.graphqlCalls()[0]!.fail(failure);
    const outcomes = await Promise.allSettled(answers);
    expect(outcomes.map((outcome) => (outcome.status === 'rejected' ? outcome.reason : outcome.status))).toEqual([failure, failure, failure]);
    expect(subgraph.graphqlCalls()).toHaveLength(1);
    expect(merging.inFlight).toBe(0);
    expect(merging.merged).toBe(0);
  });

  for (const repeatStatus of [403, 401, 500, 'network error'] as const) {
    it(`does not hand the shared answer to a joiner whose rows were not repeated (${repeatStatus}): it fetches its own`, async () => {
      const subgraph = fakeSubgraph(repeatStatus);
      const merging = new InflightFetches();
      const answers = ['r1', 'r2', 'r3'].map((id) => send(merging, subgraph.fetcher, id));
      await settle();
      subgraph.graphqlCalls()[0]!.answer(200, '{"data":{"shared":true}}', { 'x-samsyn-atkomstlogg-rader': '1' });
      expect(await (await answers[0]!).text()).toBe('{"data":{"shared":true}}');
      await settle();
      await settle();
      const own = subgraph.graphqlCalls().slice(1);
      expect(own.map((call) => call.headers['x-request-id'])).toEqual(['r2', 'r3']);
      own.forEach((call) => call.answer(200, `{"data":{"own":"${call.headers['x-request-id']}"}}`));
      expect(await Promise.all(answers.slice(1).map(async (answer) => (await answer).text()))).toEqual(['{"data":{"own":"r2"}}', '{"data":{"own":"r3"}}']);
      expect(subgraph.repeatCalls()).toHaveLength(1);
      expect(merging.merged).toBe(0);
      expect(merging.repeatFailures).toBe(1);
    });
  }

  it('passes anything but a POST with a body and a request id straight through', async () => {
    const subgraph = fakeSubgraph();
    const merging = new InflightFetches();
    const noId = headers('r1');
    delete noId['x-request-id'];
    const answers = [
      merging.fetch(subgraph.fetcher, url, { method: 'POST', headers: noId, body: patientQuery }),
      merging.fetch(subgraph.fetcher, url, { method: 'POST', headers: noId, body: patientQuery }),
      merging.fetch(subgraph.fetcher, url, { method: 'GET', headers: headers('r2') }),
    ];
    await settle();
    expect(subgraph.graphqlCalls()).toHaveLength(3);
    expect(merging.inFlight).toBe(0);
    subgraph.graphqlCalls().forEach((call) => call.answer(200, '{}'));
    await Promise.all(answers);
  });
});
