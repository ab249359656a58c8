// Starts one huvudman's subgraph: open its own database, migrate, seed when
// empty, build the federated schema from its SDL and serve it over HTTP with
// `/health`, `/health/live`, `/health/ready` and `/metrics`.
import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { sql, type Kysely } from 'kysely';
import { readChoice, readPort } from '../config/environment.js';
import { readDatabaseTimeouts } from '../database/databaseTimeouts.js';
import { databaseLocation, openDatabase, type Database } from '../database/openDatabase.js';
import { parseTimeBudget, runWithTimeBudget, timeBudgetHeader } from '../database/timeBudget.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { seedIfEmpty, type SeedOutcome, type SliceWriter } from '../seed/seedIfEmpty.js';
import { seedReferenceDate } from '../seed/referenceDate.js';
import { readLogLevel } from '../logging/logLevel.js';
import type { IsoDate, SeedScale } from '../seed/World.js';
import { readAuthConfig } from '../auth/authConfig.js';
import { createTokenVerifier } from '../auth/tokenVerifier.js';
import { createGatewayProofCheck } from '../gatewayTrust/gatewayProof.js';
import { readSubgraphTrustConfig } from '../gatewayTrust/gatewayTrustConfig.js';
import { readSubgraphOperationLimits } from '../limits/operationLimits.js';
import { buildOneByteSubgraphSchema } from '../schema/buildOneByteSubgraphSchema.js';
import { compiledQueryGateway } from './compiledQueryGateway.js';
import { errorAndSchemaOptions } from './formatError.js';
import { inFlightGauge, metricsRoute } from './metricsRoute.js';
import { migrateSubgraph } from './migrateSubgraph.js';
import { subgraphServerOptions } from './subgraphServerOptions.js';
import { createGraphqlHttpServer, listen, type RunningHttpServer } from './graphqlHttpServer.js';
import { readShutdownGraceMs } from './gracefulShutdown.js';
import { healthRoutes } from './healthRoutes.js';
import { createReadinessProbe, readReadinessTimeoutMs } from './readinessProbe.js';
import { stopOnSignals, supervisingParent } from './stopOnSignals.js';
import { baseRequestContext, type BaseRequestContext } from './requestContext.js';
import { stopTracing } from '../tracing/startTracing.js';

export type SubgraphName = 'vgr' | 'kommun' | 'samverkan';

export const defaultSubgraphPorts: Record<SubgraphName, number> = { vgr: 4001, kommun: 4002, samverkan: 4003 };

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
  database: Database<Schema>;
  log: Logger;
  stop(): Promise<void>;
}

export async function startSubgraph<Schema, Context extends BaseRequestContext>(
  definition: SubgraphDefinition<Schema, Context>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunningSubgraph<Schema>> {
  const { name } = definition;
  const log = createLogger({ service: name }, { level: readLogLevel(env) });
  const port = readPort(env, `${name.toUpperCase()}_PORT`, defaultSubgraphPorts[name]);
  const seedScale = readChoice(env, 'SAMSYN_SEED', ['small', 'vg', 'none'] as const, 'small');
  const seedDate = seedReferenceDate(env);
  const url = env[`${name.toUpperCase()}_DATABASE_URL`] || env['DATABASE_URL'];
  const location = databaseLocation(url, name, env['SAMSYN_DATA_DIR'] ?? '.data');

  const verifyToken = createTokenVerifier(readAuthConfig(env));
  const trust = readSubgraphTrustConfig(env);
  const limits = readSubgraphOperationLimits(env);
  const checkGatewayProof = createGatewayProofCheck(trust, name);
  const shutdownGraceMs = readShutdownGraceMs(env);
  const database = await openDatabase<Schema>(location, { timeouts: readDatabaseTimeouts(env), log });
  await prepareDatabase(definition, database, seedScale, log, seedDate);

  const apollo = new ApolloServer<Context>({
    gateway: compiledQueryGateway(buildOneByteSubgraphSchema(definition.schemaUrl, definition.resolvers as GraphQLResolverMap<unknown>)),
    ...errorAndSchemaOptions(log, env['NODE_ENV'] === 'production'),
    ...subgraphServerOptions<Context>(definition.schemaUrl, () => database.db as Kysely<any>, limits),
  });
  await apollo.start();

  let requests = 0;
  const readinessTimeoutMs = readReadinessTimeoutMs(env);
  const databaseAnswers = createReadinessProbe(() => sql`SELECT 1`.execute(database.db), readinessTimeoutMs);
  let running: RunningHttpServer | undefined;
  const server = createGraphqlHttpServer<Context>({
    apollo,
    log,
    tls: trust.tls,
    limits,
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
      '/metrics': metricsRoute([
        { name: 'samsyn_sql_statements_total', help: "SQL statements sent to this subgraph's database.", labels: { subgraph: name }, value: () => database.statementCount() },
        { name: 'samsyn_graphql_requests_total', help: 'GraphQL requests received.', labels: { subgraph: name }, value: () => requests },
        inFlightGauge({ subgraph: name }, () => running?.inFlight ?? 0),
      ]),
    },
  });
  running = await listen(server, port, env['HOST'] ?? '127.0.0.1', { shutdownGraceMs, log });
  const listening = running;
  log.info('subgraph listening', { port: listening.port, graphql: `${trust.tls ? 'https' : 'http'}://127.0.0.1:${listening.port}/graphql` });

  return {
    name,
    port: listening.port,
    database,
    log,
    async stop() {
      await listening.close();
      await apollo.stop();
      await database.close();
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
 * Runs a subgraph as the main module: start, and stop gracefully on SIGINT/SIGTERM or when its supervisor is gone. `load` imports the definition, so
 * a setting its modules read when they load (SAMSYN_MIN_ANTAL) fails as "could not start" like every other setting,
 * not as an uncaught import error.
 */
export async function runSubgraphMain<Schema, Context extends BaseRequestContext>(
  name: string,
  load: () => Promise<SubgraphDefinition<Schema, Context>>,
): Promise<void> {
  try {
    const running = await startSubgraph(await load());
    const stop = async () => {
      await running.stop();
      // The last requests' spans, sent before the exit.
      await stopTracing();
    };
    stopOnSignals({ log: running.log, stop, parentPid: supervisingParent(process.env) });
  } catch (error) {
    createLogger({ service: name }).error('could not start', { error });
    process.exit(1);
  }
}
