// Adds the gateway's signed assertion (gatewayAssertion.ts) to every GraphQL request the gateway sends a
// subgraph. It signs the exact body and headers that go out, so it wraps the fetcher, after Apollo's data
// source has serialized the request.
import { assertedHeaders, gatewayAssertionHeader, type AssertedHeaders, type GatewayAssertionSigner } from '../subgraphs/common/gatewayTrust/gatewayAssertion.js';
import type { Fetcher } from './subgraphFetcher.js';

/** `audience` is the subgraph's name; requests without the gateway's `x-request-id` (none are sent today) go unsigned. */
export function assertingFetcher(fetcher: Fetcher, audience: string, sign: GatewayAssertionSigner): Fetcher {
  return async (url, init = {}) => {
    const headers = { ...((init.headers ?? {}) as Record<string, string>) };
    const requestId = headers['x-request-id'];
    if (requestId === undefined) return fetcher(url, init);
    const asserted: AssertedHeaders = {};
    for (const name of assertedHeaders) if (headers[name] !== undefined) asserted[name] = headers[name];
    headers[gatewayAssertionHeader] = await sign({ audience, requestId, body: typeof init.body === 'string' ? init.body : '', headers: asserted });
    return fetcher(url, { ...init, headers });
  };
}
