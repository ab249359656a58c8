import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { GatewayContext } from './gatewayContext.js';
import { deadlineHeader } from './requestDeadline.js';
import type { Fetcher } from './subgraphFetcher.js';
import { SubgraphDataSource } from './SubgraphDataSource.js';
import { SubgraphCircuitOpen, SubgraphTimeout } from './timeBoundFetcher.js';

const context = {
  requestId: 'r-1',
  correlationId: null,
  log: { warn: () => undefined },
  forwardedHeaders: {},
  deadlineAt: 1_700_000_000_000,
} as unknown as GatewayContext;

function send(fetcher: Fetcher) {
  const source = new SubgraphDataSource({ name: 'kommun', url: 'http://127.0.0.1:9/graphql', huvudman: 'kommunerna', fetcher });
  return source.process({ kind: 'incoming operation', request: { query: '{ a }' }, context } as unknown as Parameters<SubgraphDataSource['process']>[0]);
}

async function failureOf(fetcher: Fetcher): Promise<GraphQLError> {
  const failure: unknown = await send(fetcher).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(GraphQLError);
  return failure as GraphQLError;
}

describe('SubgraphDataSource', () => {
  it("writes the request's deadline on every subgraph request, for the fetcher to bound it by", async () => {
    let headers: Record<string, string> = {};
    await send(async (_url, init) => {
      headers = init?.headers ?? {};
      throw new SubgraphTimeout('kommun', 0);
    }).catch(() => undefined);
    expect(headers[deadlineHeader]).toBe('1700000000000');
  });

  it('turns a fetch that timed out into a missing part naming the subgraph and its huvudman', async () => {
    const error = await failureOf(async () => {
      throw new SubgraphTimeout('kommun', 1_500);
    });
    expect(error.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'kommun', huvudman: 'kommunerna', reason: 'TIMEOUT', waitedMs: 1_500 });
    expect(error.message).toContain('kommun');
  });

  it('says why when the subgraph is not asked at all for a while', async () => {
    const error = await failureOf(async () => {
      throw new SubgraphCircuitOpen('kommun');
    });
    expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'kommun', reason: 'NOT_ANSWERING' });
  });

  it('names a subgraph that cannot be reached as unavailable', async () => {
    const error = await failureOf(async () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    });
    expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'kommun', huvudman: 'kommunerna', reason: 'UNREACHABLE' });
  });
});
