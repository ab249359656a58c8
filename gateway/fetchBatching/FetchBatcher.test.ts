import { describe, expect, it } from 'vitest';
import { FetchBatcher, type BatchableFetch } from './FetchBatcher.js';
import type { QueryAnswer } from './mergedQuery.js';

const entityQuery = (type: string) => ({
  query: `query Q__${type}($representations:[_Any!]!){_entities(representations:$representations){...on ${type}{namn}}}`,
  variables: { representations: [{ __typename: type, id: type }] },
});

/** A subgraph that names every representation it gets, recording each request it is sent. */
function fakeSubgraph() {
  const sent: BatchableFetch[] = [];
  const send = async (options: BatchableFetch): Promise<QueryAnswer> => {
    sent.push(options);
    const data: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(options.request.variables ?? {})) {
      const root = name.replace(/representations$/, '_entities');
      data[root] = (value as { id: string }[]).map((representation) => ({ namn: `namn of ${representation.id}` }));
    }
    return { data };
  };
  return { sent, send };
}

describe('FetchBatcher', () => {
  it('sends the fetches of one context in one tick as one query, each answered with its own part', async () => {
    const batcher = new FetchBatcher<BatchableFetch, QueryAnswer>();
    const subgraph = fakeSubgraph();
    const context = {};
    const answers = await Promise.all(['Vardcentral', 'Lakare', 'Boende'].map((type) => batcher.process({ context, request: entityQuery(type) }, subgraph.send)));
    expect(subgraph.sent).toHaveLength(1);
    expect(answers).toEqual([
      { data: { _entities: [{ namn: 'namn of Vardcentral' }] } },
      { data: { _entities: [{ namn: 'namn of Lakare' }] } },
      { data: { _entities: [{ namn: 'namn of Boende' }] } },
    ]);
    expect(batcher.mergedFetches).toBe(3);
    expect(batcher.mergedRequests).toBe(1);
  });

  it('never merges the fetches of different request contexts (other identities), even in the same tick', async () => {
    const batcher = new FetchBatcher<BatchableFetch, QueryAnswer>();
    const subgraph = fakeSubgraph();
    const anna = { identity: 'anna' };
    const bo = { identity: 'bo' };
    const answers = await Promise.all([
      batcher.process({ context: anna, request: entityQuery('Vardcentral') }, subgraph.send),
      batcher.process({ context: bo, request: entityQuery('Lakare') }, subgraph.send),
    ]);
    expect(subgraph.sent.map((options) => options.context)).toEqual([anna, bo]);
    expect(subgraph.sent.map((options) => options.request.query)).toEqual([entityQuery('Vardcentral').query, entityQuery('Lakare').query]);
    expect(answers[1]).toEqual({ data: { _entities: [{ namn: 'namn of Lakare' }] } });
    expect(batcher.mergedFetches).toBe(0);
  });

  it('sends fetches of later ticks (a later plan step) on their own', async () => {
    const batcher = new FetchBatcher<BatchableFetch, QueryAnswer>();
    const subgraph = fakeSubgraph();
    const context = {};
    await batcher.process({ context, request: entityQuery('Vardcentral') }, subgraph.send);
    await batcher.process({ context, request: entityQuery('Lakare') }, subgraph.send);
    expect(subgraph.sent.map((options) => options.request.query)).toEqual([entityQuery('Vardcentral').query, entityQuery('Lakare').query]);
  });

  it('fails every fetch of a merged query the subgraph did not answer', async () => {
    const batcher = new FetchBatcher<BatchableFetch, QueryAnswer>();
    const context = {};
    const unavailable = new Error('SUBGRAPH_UNAVAILABLE');
    const send = async (): Promise<QueryAnswer> => {
      throw unavailable;
    };
    const results = await Promise.allSettled([batcher.process({ context, request: entityQuery('Vardcentral') }, send), batcher.process({ context, request: entityQuery('Lakare') }, send)]);
    expect(results).toEqual([
      { status: 'rejected', reason: unavailable },
      { status: 'rejected', reason: unavailable },
    ]);
  });

  it('sends a mutation as it came, beside a query of the same tick', async () => {
    const batcher = new FetchBatcher<BatchableFetch, QueryAnswer>();
    const sent: string[] = [];
    const send = async (options: BatchableFetch): Promise<QueryAnswer> => {
      sent.push(options.request.query!);
      return { data: {} };
    };
    const context = {};
    await Promise.all([batcher.process({ context, request: { query: 'mutation M { a }' } }, send), batcher.process({ context, request: entityQuery('Lakare') }, send)]);
    expect(sent).toEqual(['mutation M { a }', entityQuery('Lakare').query]);
  });
});
