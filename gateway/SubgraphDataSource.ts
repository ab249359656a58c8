// How the gateway talks to one subgraph: forwards the caller's credentials and
// access ground (the gateway forwards nothing by itself), proves with a signed
// assertion that the request is the gateway's, and turns a
// subgraph that does not answer into an error naming the huvudman whose part
// is missing, so the rest of the answer still reaches the user.
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GatewayAssertionSigner } from '../platform/gatewayTrust/gatewayAssertion.js';
import { assertingFetcher } from './assertingFetcher.js';
import type { CoalescedFetches } from './coalescedFetches.js';
import type { FetchBatcher } from './fetchBatching/FetchBatcher.js';
import type { Fetcher } from './subgraphFetcher.js';
import { GraphQLError } from 'graphql';
import { isSamsynError, samsynError } from '../platform/errors/samsynError.js';
import type { GatewayContext } from './gatewayContext.js';
import { unparsedAnswer } from './resultShaping/singleFetchPassThrough.js';
import { deadlineHeader } from './requestDeadline.js';
import { SubgraphCircuitOpen, SubgraphTimeout } from './timeBoundFetcher.js';

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  huvudman: string;
  /**
   * The HTTP client for this subgraph: the gateway's one pool (subgraphFetcher.ts) with this subgraph's time
   * bound (timeBoundFetcher.ts), which reads the deadline this data source writes on each request.
   */
  fetcher: Fetcher;
  /** Signs each request for the subgraph (gatewayAssertion.ts); absent when the gateway proves itself by mutual TLS. */
  sign?: GatewayAssertionSigner | undefined;
  /**
   * Sends identical requests of different client requests as one (coalescedFetches.ts); needs `sign`, since only
   * the assertion can name every client request the subgraph answers.
   */
  coalescing?: CoalescedFetches | undefined;
  /**
   * Sends the fetches of one request context that arrive in the same tick as one merged query
   * (fetchBatching/); each data source (each subgraph) needs one of its own.
   */
  batching?: SubgraphFetchBatcher | undefined;
}

export type SubgraphFetchBatcher = FetchBatcher<GraphQLDataSourceProcessOptions<GatewayContext>, GatewayGraphQLResponse>;

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraph: SubgraphDataSourceOptions;

  constructor(subgraph: SubgraphDataSourceOptions) {
    // Subgraph answers carry no cache-control (Samsyn never caches patient data), so none is parsed.
    const fetcher = subgraph.coalescing?.fetcher ?? (subgraph.sign ? assertingFetcher(subgraph.fetcher, subgraph.name, subgraph.sign) : subgraph.fetcher);
    super({ url: subgraph.url, fetcher, honorSubgraphCacheControlHeader: false });
    this.subgraph = subgraph;
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { batching } = this.subgraph;
    if (options.kind !== 'incoming operation' || !batching) return super.process(options);
    return batching.process(options, (merged) => super.process(merged));
  }

  override async parseBody(...[response, request, context]: Parameters<RemoteGraphQLDataSource<GatewayContext>['parseBody']>): Promise<object | string> {
    return (await unparsedAnswer(response, context)) ?? super.parseBody(response, request, context);
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (options.kind !== 'incoming operation') return;
    const { context, request } = options;
    for (const [name, value] of Object.entries(context.forwardedHeaders)) request.http?.headers.set(name, value);
    request.http?.headers.set('x-request-id', context.requestId);
    request.http?.headers.set(deadlineHeader, String(context.deadlineAt));
  }

  override didEncounterError(error: Error, _fetchRequest: unknown, fetchResponse?: { status?: number }, context?: GatewayContext): never {
    // The subgraph answered, but more than the gateway takes (subgraphFetcher.ts): that part is missing, and why.
    if (isSamsynError(error)) throw error;
    const { name, huvudman } = this.subgraph;
    const missing = `The data of ${huvudman} (subgraph "${name}")`;
    if (error instanceof SubgraphTimeout) {
      context?.log.warn('subgraph timed out', { subgraph: name, waitedMs: error.waitedMs });
      throw samsynError('SUBGRAPH_UNAVAILABLE', `${missing} did not come in time; that part of the answer is missing.`, {
        subgraph: name,
        huvudman,
        reason: 'TIMEOUT',
        waitedMs: error.waitedMs,
      });
    }
    if (error instanceof SubgraphCircuitOpen) {
      throw samsynError('SUBGRAPH_UNAVAILABLE', `${missing} is unavailable right now (it did not answer recent requests in time); that part of the answer is missing.`, {
        subgraph: name,
        huvudman,
        reason: 'NOT_ANSWERING',
      });
    }
    if (fetchResponse === undefined || isGatewayHttpError(error)) {
      context?.log.warn('subgraph unavailable', { subgraph: name, error: error.message });
      throw samsynError('SUBGRAPH_UNAVAILABLE', `${missing} is unavailable right now; that part of the answer is missing.`, { subgraph: name, huvudman, reason: 'UNREACHABLE' });
    }
    throw error;
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    // A subgraph answers a request it refuses (bad variables, failed validation) with
    // 400 and GraphQL errors; pass its first error on instead of a bare "400: Bad Request".
    const body: unknown = await response.clone().json().catch(() => undefined);
    const first = (body as { errors?: { message?: string; extensions?: Record<string, unknown> }[] } | undefined)?.errors?.[0];
    if (first?.message && response.status < 500) {
      return samsynErrorFromSubgraph(first.message, first.extensions ?? {}, this.subgraph.name);
    }
    return super.errorFromResponse(response);
  }
}

function samsynErrorFromSubgraph(message: string, extensions: Record<string, unknown>, subgraph: string): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, subgraph } });
}

/** 5xx answers (a proxy in front of a stopped subgraph) count as unavailable too. */
function isGatewayHttpError(error: Error): boolean {
  return /^5\d\d: /.test(error.message);
}
