// The entry subgraph as its own HTTP service, at the routing URL the
// supergraph names, for gateways and routers other than Samsyn's (which runs
// it in-process): Apollo Router, Hive Gateway, the benchmark's comparisons.
// Stateless: it verifies the token and answers Query.patient,
// Patient.sparradInformationFinns and Query.loggutdrag from what the request carries.
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { parse } from 'graphql';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { AuthConfig } from '../../platform/auth/authConfig.js';
import { createTokenVerifier } from '../../platform/auth/tokenVerifier.js';
import { gatewayOnlyPlugin, type GatewayProvenContext } from '../../platform/gatewayTrust/gatewayOnlyPlugin.js';
import { createGatewayProofCheck } from '../../platform/gatewayTrust/gatewayProof.js';
import type { SubgraphTrustConfig } from '../../platform/gatewayTrust/gatewayTrustConfig.js';
import type { OperationLimits } from '../../platform/limits/operationLimits.js';
import { operationLimitsOptions } from '../../platform/limits/operationLimitsOptions.js';
import type { LogLevel } from '../../platform/logging/logLevel.js';
import { createLogger, type Logger } from '../../platform/logging/logger.js';
import { errorAndSchemaOptions } from '../../platform/server/formatError.js';
import { operationResolutionPlugin } from '../../platform/server/operationResolutionPlugin.js';
import { createGraphqlHttpServer, headerValue, listen, type RunningHttpServer } from '../../platform/server/graphqlHttpServer.js';
import { healthRoutes } from '../../platform/server/healthRoutes.js';
import { startAdminServer } from '../../platform/metrics/adminServer.js';
import { createRequestMetrics, requestMetricsPlugin } from '../../platform/metrics/requestMetricsPlugin.js';
import { inFlightGauge } from '../../platform/metrics/scrapedMetrics.js';
import { createServiceRegistry } from '../../platform/metrics/serviceRegistry.js';
import type { EntryContext } from './context.js';
import { buildEntrySchema, entrySchemaUrl } from './entrySchema.js';

export interface EntrySubgraphConfig {
  /** LOG_LEVEL, checked at start (default info). */
  logLevel?: LogLevel;
  port: number;
  host: string;
  /** Where GET /metrics is served (ENTRY_ADMIN_PORT, ADMIN_HOST). */
  adminPort: number;
  adminHost: string;
  production: boolean;
  auth: AuthConfig;
  trust: SubgraphTrustConfig;
  limits: OperationLimits;
  /** How long requests in flight may take once asked to stop (SAMSYN_SHUTDOWN_GRACE_MS); 10 s when absent. */
  shutdownGraceMs?: number;
}

/** The standalone service's context: who asks, and (like every subgraph) whether the gateway sent it. */
type StandaloneEntryContext = EntryContext & GatewayProvenContext & { requestId: string };

export interface RunningEntrySubgraph {
  port: number;
  adminPort: number;
  log: Logger;
  stop(): Promise<void>;
}

export async function startEntrySubgraph(config: EntrySubgraphConfig): Promise<RunningEntrySubgraph> {
  const log = createLogger({ service: 'entry' }, config.logLevel ? { level: config.logLevel } : {});
  const verifyToken = createTokenVerifier(config.auth);
  const checkGatewayProof = createGatewayProofCheck(config.trust, 'entry');
  const sdl = parse(readFileSync(entrySchemaUrl, 'utf8'));
  const limiting = operationLimitsOptions<StandaloneEntryContext>(config.limits, sdl);
  const registry = createServiceRegistry('entry');
  const requestMetrics = createRequestMetrics(registry);
  const apollo = new ApolloServer<StandaloneEntryContext>({
    schema: buildEntrySchema(),
    ...errorAndSchemaOptions(log, config.production),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      operationResolutionPlugin<StandaloneEntryContext>(),
      gatewayOnlyPlugin<StandaloneEntryContext>(sdl),
      ...limiting.plugins,
      requestMetricsPlugin<StandaloneEntryContext>(requestMetrics),
    ],
    validationRules: limiting.validationRules,
  });
  await apollo.start();
  let running: RunningHttpServer | undefined;
  const server = createGraphqlHttpServer<StandaloneEntryContext>({
    apollo,
    log,
    tls: config.trust.tls,
    limits: config.limits,
    countRefusal: requestMetrics.countError,
    createContext: async (request, body) => {
      const identity = await verifyToken(headerValue(request, 'authorization'));
      return { identity, ...(await checkGatewayProof(request, body)) };
    },
    routes: healthRoutes({ draining: () => running?.draining ?? false }),
  });
  inFlightGauge(registry, { subgraph: 'entry' }, () => running?.inFlight ?? 0);
  const admin = await startAdminServer(registry, config.adminPort, config.adminHost, log);
  try {
    running = await listen(server, config.port, config.host, { ...(config.shutdownGraceMs === undefined ? {} : { shutdownGraceMs: config.shutdownGraceMs }), log });
  } catch (error) {
    await admin.close();
    throw error;
  }
  const listening = running;
  log.info('entry subgraph listening', { port: listening.port, adminPort: admin.port, metrics: `http://${config.adminHost}:${admin.port}/metrics` });
  return {
    port: listening.port,
    adminPort: admin.port,
    log,
    async stop() {
      await listening.close();
      await apollo.stop();
      await admin.close();
    },
  };
}
