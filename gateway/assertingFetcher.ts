// Adds the gateway's signed assertion (gatewayAssertion.ts) to every GraphQL request the gateway sends a
// subgraph. It signs the exact body and headers that go out, so it wraps the fetcher, after Apollo's data
// source has serialized the request.
import { assertedHeaders, gatewayAssertionHeader, type AssertedHeaders, type GatewayAssertionSigner } from '../platform/gatewayTrust/gatewayAssertion.js';
import type { Fetcher } from './subgraphFetcher.js';

type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;

/** Sends one subgraph request that answers the client requests `requestIds` (the first is its own). */
export type SignedSend = (url: string, init: FetcherRequestInit, requestIds: readonly string[]) => ReturnType<Fetcher>;

/** `audience` is the subgraph's name. */
export function signedSend(fetcher: Fetcher, audience: string, sign: GatewayAssertionSigner): SignedSend {
  return async (url, init, requestIds) => {
    const headers: Record<string, string> = { ...((init.headers ?? {}) as Record<string, string>), 'x-request-id': requestIds[0]! };
    const asserted: AssertedHeaders = {};
    for (const name of assertedHeaders) if (headers[name] !== undefined) asserted[name] = headers[name];
    headers[gatewayAssertionHeader] = await sign({ audience, requestIds, body: typeof init.body === 'string' ? init.body : '', headers: asserted });
    return fetcher(url, { ...init, headers });
  };
}

/** Each subgraph request answers its own client request, the one whose `x-request-id` the data source set. */
export function assertingFetcher(fetcher: Fetcher, audience: string, sign: GatewayAssertionSigner): Fetcher {
  const send = signedSend(fetcher, audience, sign);
  return async (url, init = {}) => {
    const requestId = ((init.headers ?? {}) as Record<string, string>)['x-request-id'];
    return requestId === undefined ? fetcher(url, init) : send(url, init, [requestId]);
  };
}
