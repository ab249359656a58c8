// Starts one huvudman's subgraph: open its own database, migrate, seed when
// empty, build the federated schema from its SDL and serve it over HTTP with
// `/health`, `/health/live` and `/health/ready`, and `/metrics` on its admin port.
import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { GraphQLSchema } from 'graphql';
import { sql, type Kysely } from 'kysely';
import { openDatabase, type Database } from '../database/openDatabase.js';
import { verifyReusableQueries } from '../database/reusableQuery.js';
import { parseTimeBudget, runWithTimeBudget, timeBudgetHeader } from '../database/timeBudget.js';
import { createLogger, type Logger } from '../../../platform/logging/logger.js';
import { startAdminServer } from '../../../platform/metrics/adminServer.js';
import { databasePoolGauge } from '../metrics/databasePoolGauge.js';
import { createRequestMetrics } from '../../../platform/metrics/requestMetricsPlugin.js';
import { inFlightGauge, scrapedCounter } from '../../../platform/metrics/scrapedMetrics.js';
import { createServiceRegistry } from '../../../platform/metrics/serviceRegistry.js';
import { seedIfEmpty, type SeedOutcome, type SliceWriter } from '../seed/seedIfEmpty.js';
import type { IsoDate, SeedScale } from '../seed/World.js';
import { createTokenVerifier } from '../../../platform/auth/tokenVerifier.js';
import { createGatewayProofCheck } from '../../../platform/gatewayTrust/gatewayProof.js';
import { buildOneByteSubgraphSchema } from '../../../platform/schema/buildOneByteSubgraphSchema.js';
import { compiledQueryGateway } from './compiledQueryGateway.js';
import { optimisationOn, turnOffOptimisations } from '../../../platform/optimisations/optimisations.js';
import { errorAndSchemaOptions } from '../../../platform/server/formatError.js';
import { migrateSubgraph } from './migrateSubgraph.js';
import { subgraphServerOptions } from './subgraphServerOptions.js';
import { createGraphqlHttpServer, listen, type RunningHttpServer } from '../../../platform/server/graphqlHttpServer.js';
import { healthRoutes } from '../../../platform/server/healthRoutes.js';
import { createReadinessProbe } from './readinessProbe.js';
import { readSubgraphConfig, type SubgraphConfig, type SubgraphName, type SubgraphSettings } from './subgraphConfig.js';
import { stopOnSignals, supervisingParent } from '../../../platform/server/stopOnSignals.js';
import { baseRequestContext, type BaseRequestContext } from './requestContext.js';
import { stopTracing } from '../../../platform/tracing/startTracing.js';

export { defaultSubgraphPorts, type SubgraphName } from './subgraphConfig.js';

export interface SubgraphDefinition<Schema, Context extends BaseRequestContext> {
  name: SubgraphName;
  /** Path of the subgraph SDL (`schema/<name>.graphql`). */
  schemaUrl: URL;
  migrationsUrl: URL;
  resolvers: GraphQLResolverMap<Context>;
  writeSeed: SliceWriter;
  /** Upserts reference data (e.g. the 49 kommuner) on every start, before seeding; must be idempotent. */
  syncReferenceData?(db: Kysely<Schema>): Promise<void>;
  /** Adds the subgraph's per-request parts (DataLoaders, repositories) to the base context. */
  createContext(base: BaseRequestContext, database: Database<Schema>): Context;
}

export interface RunningSubgraph<Schema> {
  name: SubgraphName;
  port: number;
  /** The admin port's (GET /metrics). */
  adminPort: number;
  database: Database<Schema>;
  log: Logger;
  stop(): Promise<void>;
}

/** `config` is the subgraph's whole configuration, read at start (readSubgraphConfig). */
export async function startSubgraph<Schema, Context extends BaseRequestContext>(
  definition: SubgraphDefinition<Schema, Context>,
  config: SubgraphConfig,
): Promise<RunningSubgraph<Schema>> {
  const { name } = definition;
  const { port, seedScale, seedDate, location, trust, limits, shutdownGraceMs, adminPort, adminHost } = config;
  const log = createLogger({ service: name }, { level: config.logLevel });
  verifyReusableQueries(!config.production);
  turnOffOptimisations(config.optimisationsOff);

  const verifyToken = createTokenVerifier(config.auth);
  const checkGatewayProof = createGatewayProofCheck(trust, name);
  const database = await openDatabase<Schema>(location, { timeouts: config.databaseTimeouts, log });
  await prepareDatabase(definition, database, seedScale, log, seedDate);

  const registry = createServiceRegistry(name);
  const requestMetrics = createRequestMetrics(registry);
  const apollo = new ApolloServer<Context>({
    ...executableSchema(buildOneByteSubgraphSchema(definition.schemaUrl, definition.resolvers as GraphQLResolverMap<unknown>)),
    ...errorAndSchemaOptions(log, config.production),
    ...subgraphServerOptions<Context>(definition.schemaUrl, () => database.db as Kysely<any>, limits, requestMetrics),
  });
  await apollo.start();

  let requests = 0;
  const { readinessTimeoutMs } = config;
  const databaseAnswers = createReadinessProbe(() => sql`SELECT 1`.execute(database.db), readinessTimeoutMs);
  let running: RunningHttpServer | undefined;
  const server = createGraphqlHttpServer<Context>({
    apollo,
    log,
    tls: trust.tls,
    limits,
    countRefusal: requestMetrics.countError,
    operationScope: (request, work) => runWithTimeBudget(parseTimeBudget(request.headers[timeBudgetHeader]), work),
    createContext: async (request: IncomingMessage, body: string) => {
      requests += 1;
      return definition.createContext(await baseRequestContext(request, body, log, verifyToken, checkGatewayProof), database);
    },
    routes: {
      ...healthRoutes({
        draining: () => running?.draining ?? false,
        ready: async () => {
          const outcome = await databaseAnswers();
          if (outcome.ready) return true;
          log.warn('not ready: the database did not answer', { reason: outcome.reason, error: outcome.error, timeoutMs: readinessTimeoutMs });
          return false;
        },
        details: () => ({ subgraph: name, database: location.kind }),
      }),
    },
  });
  const labels = { subgraph: name };
  scrapedCounter(registry, { name: 'samsyn_sql_statements_total', help: "SQL statements sent to this subgraph's database.", labels, value: () => database.statementCount() });
  scrapedCounter(registry, { name: 'samsyn_graphql_requests_total', help: 'GraphQL requests received.', labels, value: () => requests });
  inFlightGauge(registry, labels, () => running?.inFlight ?? 0);
  databasePoolGauge(registry, labels, () => database.connections());
  const admin = await startAdminServer(registry, adminPort, adminHost, log);
  try {
    running = await listen(server, port, config.host, { shutdownGraceMs, log });
  } catch (error) {
    await admin.close();
    throw error;
  }
  const listening = running;
  log.info('subgraph listening', {
    port: listening.port,
    adminPort: admin.port,
    graphql: `${trust.tls ? 'https' : 'http'}://127.0.0.1:${listening.port}/graphql`,
    metrics: `http://${adminHost}:${admin.port}/metrics`,
  });

  return {
    name,
    port: listening.port,
    adminPort: admin.port,
    database,
    log,
    async stop() {
      await listening.close();
      await apollo.stop();
      await database.close();
      // Last: the drain can still be watched from the outside.
      await admin.close();
    },
  };
}

/** What preparing a subgraph's database needs of its definition: none of its settings (`npm run seed` has none). */
export type SubgraphDatabaseDefinition<Schema> = Pick<SubgraphDefinition<Schema, BaseRequestContext>, 'migrationsUrl' | 'writeSeed' | 'syncReferenceData'>;

/** Migrates, syncs reference data and seeds an empty database: what every start does first. */
export async function prepareDatabase<Schema>(
  definition: SubgraphDatabaseDefinition<Schema>,
  database: Database<Schema>,
  seedScale: SeedScale | 'none',
  log: Logger,
  seedDate: IsoDate,
): Promise<SeedOutcome> {
  const migrations = await migrateSubgraph(database as Database<unknown>, definition.migrationsUrl);
  log.info('database ready', { database: database.location.kind, appliedMigrations: migrations.applied });
  await definition.syncReferenceData?.(database.db);
  const seed = await seedIfEmpty(database as Database<unknown>, seedScale, definition.writeSeed, seedDate);
  log.info('seed', { outcome: seed.kind, scale: 'scale' in seed ? seed.scale : null, ...(seed.kind === 'seeded' ? { referenceDate: seed.referenceDate } : {}) });
  return seed;
}

/**
 * Runs a subgraph as the main module: read its configuration, start, and stop gracefully on SIGINT/SIGTERM or when
 * its supervisor is gone. An invalid setting stops the start as "could not start", naming the variable.
 */
export async function runSubgraphMain<Schema, Context extends BaseRequestContext>(
  name: SubgraphName,
  env: NodeJS.ProcessEnv,
  load: (settings: SubgraphSettings) => Promise<SubgraphDefinition<Schema, Context>>,
): Promise<void> {
  try {
    const config = readSubgraphConfig(name, env);
    const running = await startSubgraph(await load(config), config);
    const stop = async () => {
      await running.stop();
      // The last requests' spans, sent before the exit.
      await stopTracing();
    };
    stopOnSignals({ log: running.log, stop, parentPid: supervisingParent(env) });
  } catch (error) {
    createLogger({ service: name }).error('could not start', { error });
    process.exit(1);
  }
}

/** The schema as Apollo Server runs it: as graphql-jit compiled queries, or (the `compiled-queries` switch) graphql-js's. */
function executableSchema(schema: GraphQLSchema): { gateway: ReturnType<typeof compiledQueryGateway> } | { schema: GraphQLSchema } {
  return optimisationOn('compiled-queries') ? { gateway: compiledQueryGateway(schema) } : { schema };
}
