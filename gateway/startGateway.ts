// Starts the gateway: serves the committed supergraph (no runtime
// introspection of subgraphs), with the entry subgraph in-process and the
// three huvudman subgraphs over HTTP.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { parse } from 'graphql';
import { controlCharacterPlugin } from '../platform/input/controlCharacterPlugin.js';
import { operationLimitsOptions } from '../platform/limits/operationLimitsOptions.js';
import { createLogger, type Logger } from '../platform/logging/logger.js';
import { requestLogPlugin } from '../platform/logging/requestLogPlugin.js';
import { csrfPrevention } from '../platform/server/csrfPrevention.js';
import { errorAndSchemaOptions } from '../platform/server/formatError.js';
import { startAdminServer } from '../platform/metrics/adminServer.js';
import { createRequestMetrics, requestMetricsPlugin } from '../platform/metrics/requestMetricsPlugin.js';
import { inFlightGauge, scrapedCounter } from '../platform/metrics/scrapedMetrics.js';
import { createServiceRegistry } from '../platform/metrics/serviceRegistry.js';
import { operationResolutionPlugin } from '../platform/server/operationResolutionPlugin.js';
import { requestErrorStatusPlugin } from '../platform/server/requestErrorStatusPlugin.js';
import { createTokenVerifier } from '../platform/auth/tokenVerifier.js';
import { createGraphqlHttpServer, headerValue, listen, type RunningHttpServer } from '../platform/server/graphqlHttpServer.js';
import { healthRoutes } from '../platform/server/healthRoutes.js';
import { createGatewayAssertionSigner } from '../platform/gatewayTrust/gatewayAssertion.js';
import { atkomstgrundFromHeaders } from '../platform/server/atkomstgrundHeaders.js';
import { internOneByteNames, oneByteSdl } from '../platform/schema/oneByteNames.js';
import { optimisationOn, turnOffOptimisations } from '../platform/optimisations/optimisations.js';
import type { GatewayConfig } from './config.js';
import { DocumentCachingLocalDataSource } from './entry/DocumentCachingLocalDataSource.js';
import { buildEntrySchema } from './entry/entrySchema.js';
import { correlationIdFrom, selectForwardedHeaders, type GatewayContext } from './gatewayContext.js';
import { createSubgraphHealth } from './health.js';
import { measuredFetcher, subgraphFetchHistogram } from './measuredFetcher.js';
import { signedSend } from './assertingFetcher.js';
import { CoalescedFetches } from './coalescedFetches.js';
import { FetchBatcher } from './fetchBatching/FetchBatcher.js';
import { installCompiledResponseShaper } from './resultShaping/compiledResponseShaper.js';
import { oneErrorPerUnavailableSubgraphPlugin } from './resultShaping/oneErrorPerUnavailableSubgraph.js';
import { installSingleFetchPassThrough, passedThroughCount, passThroughText } from './resultShaping/singleFetchPassThrough.js';
import { createPlainFetcher, createSubgraphFetcher } from './subgraphFetcher.js';
import { SubgraphCircuit } from './subgraphCircuit.js';
import { timeBoundFetcher } from './timeBoundFetcher.js';
import { SubgraphDataSource, type SubgraphFetchBatcher } from './SubgraphDataSource.js';
import { supergraphPath } from './supergraph/composeSupergraph.js';
import { subgraphList } from './supergraph/subgraphList.js';

export interface RunningGateway {
  port: number;
  /** The admin port's (GET /metrics). */
  adminPort: number;
  log: Logger;
  stop(): Promise<void>;
}

export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const log = createLogger({ service: 'gateway' }, { level: config.logLevel });
  turnOffOptimisations(config.optimisationsOff);
  // In this order: the pass-through wraps whichever shaper is in place. Each checks its switch and the version.
  installCompiledResponseShaper(log);
  installSingleFetchPassThrough(log);
  const verifyToken = createTokenVerifier(config.auth);
  const entrySchema = buildEntrySchema();
  // undici's own timeouts are only a backstop: each fetch is bounded by its subgraph's timeout and its request's deadline.
  const backstopMs = Math.max(config.requestDeadlineMs, ...Object.values(config.subgraphTimeoutsMs));
  const poolOptions = { tls: config.trust.tls, maxAnswerBytes: config.limits.maxAnswerBytes, timeoutMs: backstopMs };
  const pool = optimisationOn('undici-pool') ? createSubgraphFetcher(poolOptions) : createPlainFetcher(poolOptions);
  if (!optimisationOn('undici-pool') && config.trust.tls) log.warn('undici-pool stays on: mutual TLS to the subgraphs needs its TLS options');
  const sign = config.trust.signingKey ? await createGatewayAssertionSigner(config.trust.signingKey) : undefined;
  // The subgraphs the gateway sends requests to, as the supergraph names them (with the configured URLs), filled as
  // the gateway builds a data source for each: /health and its gauge ask exactly those.
  const servedSubgraphUrls: Record<string, string> = {};
  const subgraphHealth = createSubgraphHealth(servedSubgraphUrls, config.trust.tls);
  const registry = createServiceRegistry('gateway');
  const fetchDurations = subgraphFetchHistogram(registry);
  const requestMetrics = createRequestMetrics(registry);
  // A plan step's fetches for one subgraph go as one merged query, within one request context only.
  const batchers: SubgraphFetchBatcher[] = [];
  const coalescings: CoalescedFetches[] = [];
  // One-byte text and one-byte internalized names, so that the fetches and answers built with them are one-byte
  // JSON too (oneByteNames.ts); interned before the gateway builds its schemas from the text.
  const oneByte = optimisationOn('one-byte-names');
  const supergraphText = readFileSync(supergraphPath, 'utf8');
  const supergraphSdl = oneByte ? oneByteSdl(supergraphText) : supergraphText;
  const supergraphDocument = parse(supergraphSdl);
  if (oneByte) internOneByteNames(supergraphDocument);
  // Refused before the gateway plans them: depth, aliases and directives by validation rules, then the cost.
  const limiting = operationLimitsOptions<GatewayContext>(config.limits, supergraphDocument);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      if (name === 'entry') return new DocumentCachingLocalDataSource<GatewayContext>(entrySchema);
      const entry = subgraphList.find((subgraph) => subgraph.name === name);
      const timeoutMs = config.subgraphTimeoutsMs[name] ?? config.requestDeadlineMs;
      const circuit = config.subgraphCircuit ? new SubgraphCircuit() : undefined;
      const fetcher = timeBoundFetcher(measuredFetcher(pool, fetchDurations, name), { subgraph: name, timeoutMs, circuit });
      const batching: SubgraphFetchBatcher | undefined = optimisationOn('fetch-batching') ? new FetchBatcher() : undefined;
      if (batching) batchers.push(batching);
      const coalescing = config.coalesceFetches && sign ? new CoalescedFetches(signedSend(fetcher, name, sign)) : undefined;
      if (coalescing) coalescings.push(coalescing);
      const subgraphUrl = config.subgraphUrls[name] ?? url ?? '';
      servedSubgraphUrls[name] = subgraphUrl;
      const huvudman = entry?.huvudman ?? name;
      return new SubgraphDataSource({ name, url: subgraphUrl, huvudman, fetcher, sign, batching, coalescing });
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...errorAndSchemaOptions(log, config.production),
    csrfPrevention,
    // No HTTP caching of answers: cache-control hints would be computed per request for nothing. The status of a
    // refusal is settled before the request's log line is written.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      requestErrorStatusPlugin(),
      requestLogPlugin(),
      operationResolutionPlugin(),
      controlCharacterPlugin(),
      ...limiting.plugins,
      oneErrorPerUnavailableSubgraphPlugin(),
      // Last, so that it counts the errors as the client gets them (one per unavailable subgraph).
      requestMetricsPlugin(requestMetrics),
    ],
    validationRules: limiting.validationRules,
    stringifyResult: passThroughText,
  });
  await apollo.start();

  // Set once listening; the supergraph is loaded by then (apollo.start), so the gateway is ready until it drains.
  let running: RunningHttpServer | undefined;
  scrapedCounter(registry, {
    name: 'samsyn_gateway_batched_fetches_total',
    help: 'Subgraph fetches of one request sent together with others to the same subgraph as one merged query.',
    value: () => batchers.reduce((sum, batcher) => sum + batcher.mergedFetches, 0),
  });
  scrapedCounter(registry, {
    name: 'samsyn_gateway_coalesced_fetches_total',
    help: 'Client requests answered by a subgraph request sent for identical ones of other client requests as well (same token and access ground).',
    value: () => coalescings.reduce((sum, coalescing) => sum + coalescing.coalesced, 0),
  });
  scrapedCounter(registry, { name: 'samsyn_gateway_passed_through_total', help: "Answers handed on as their one subgraph fetch's text, without reshaping.", value: passedThroughCount });
  inFlightGauge(registry, {}, () => running?.inFlight ?? 0);
  subgraphHealth.registerGauge(registry);

  const server = createGraphqlHttpServer<GatewayContext>({
    apollo,
    log,
    limits: config.limits,
    // The gateway is the public GraphQL over HTTP endpoint: its refusals follow that specification's statuses.
    graphqlOverHttpStatuses: true,
    countRefusal: requestMetrics.countError,
    createContext: async (request) => {
      const deadlineAt = Date.now() + config.requestDeadlineMs;
      // Refuse early (401) what every subgraph would refuse; the subgraphs still verify for themselves.
      const identity = await verifyToken(headerValue(request, 'authorization'));
      atkomstgrundFromHeaders(request);
      // The gateway names every request itself: the id in the access log is never one a client chose.
      const requestId = randomUUID();
      const correlationId = correlationIdFrom(request.headers);
      return {
        requestId,
        correlationId,
        log: log.child({ requestId, ...(correlationId ? { correlationId } : {}) }),
        identity,
        forwardedHeaders: selectForwardedHeaders(request.headers),
        deadlineAt,
      };
    },
    routes: healthRoutes({ draining: () => running?.draining ?? false, details: async () => ({ subgraphs: await subgraphHealth.check() }) }),
  });
  const admin = await startAdminServer(registry, config.adminPort, config.adminHost, log);
  try {
    running = await listen(server, config.port, config.host, { shutdownGraceMs: config.shutdownGraceMs, log });
  } catch (error) {
    await admin.close();
    throw error;
  }
  const listening = running;
  log.info('gateway listening', {
    port: listening.port,
    adminPort: admin.port,
    graphql: `http://127.0.0.1:${listening.port}/graphql`,
    metrics: `http://${config.adminHost}:${admin.port}/metrics`,
    subgraphs: servedSubgraphUrls,
  });
  return {
    port: listening.port,
    adminPort: admin.port,
    log,
    async stop() {
      await listening.close();
      await apollo.stop();
      await subgraphHealth.close();
      // Last: the drain can still be watched from the outside.
      await admin.close();
    },
  };
}
