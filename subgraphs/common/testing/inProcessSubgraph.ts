// Runs one subgraph inside the test process, set up as startSubgraph sets it up
// (migrations, reference data, seed, schema, error formatting) but without HTTP.
import { ApolloServer } from '@apollo/server';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { Kysely } from 'kysely';
import type { Atkomstgrund } from '../../../platform/auth/atkomstgrund.js';
import type { Identity } from '../../../platform/auth/Identity.js';
import { buildOneByteSubgraphSchema } from '../../../platform/schema/buildOneByteSubgraphSchema.js';
import { compiledQueryGateway } from '../server/compiledQueryGateway.js';
import { openDatabase, type Database, type DatabaseLocation } from '../database/openDatabase.js';
import { createLogger, type Logger } from '../../../platform/logging/logger.js';
import type { World } from '../seed/World.js';
import { createFormatError } from '../../../platform/server/formatError.js';
import { migrateSubgraph } from '../server/migrateSubgraph.js';
import { createRequestContext, type BaseRequestContext } from '../server/requestContext.js';
import type { SubgraphDefinition } from '../server/startSubgraph.js';
import { subgraphServerOptions } from '../server/subgraphServerOptions.js';
import { readSubgraphOperationLimits } from '../../../platform/limits/operationLimits.js';
import { testIdentity } from '../../../platform/testing/testIdentity.js';

export interface InProcessSubgraphOptions {
  /** The world whose slice `writeSeed` writes, in one transaction. */
  world: World;
  /**
   * An environment variable that may hold the URL of an empty PostgreSQL
   * database to run against instead of an in-memory PGlite.
   */
  databaseUrlVariable?: string;
  env?: NodeJS.ProcessEnv;
}

export interface InProcessSubgraph<Schema, Context extends BaseRequestContext> {
  database: Database<Schema>;
  /** Started; run operations with `executeOperation` and a context of your own. */
  server: ApolloServer<Context>;
  stop(): Promise<void>;
}

/** Logs errors only, so tests stay quiet unless something unexpected happens. */
function quietLogger(): Logger {
  return createLogger({ service: 'test' }, { level: 'error' });
}

/**
 * A request context as the HTTP server builds it after verifying a token. By
 * default the identity is `testIdentity()` with nödåtkomst declared, so every
 * huvudman's data is readable; tests about access pass their own.
 */
export function testRequestContext(
  options: { identity?: Identity; atkomstgrund?: Atkomstgrund | null; requestId?: string; fromGateway?: boolean } = {},
): BaseRequestContext {
  return createRequestContext({
    requestId: options.requestId ?? 't',
    fromGateway: options.fromGateway ?? true,
    log: quietLogger(),
    identity: options.identity ?? testIdentity(),
    atkomstgrund: options.atkomstgrund === undefined ? { typ: 'NODATKOMST', anledning: 'Test: all data readable' } : options.atkomstgrund,
  });
}

export async function startInProcessSubgraph<Schema, Context extends BaseRequestContext>(
  definition: SubgraphDefinition<Schema, Context>,
  options: InProcessSubgraphOptions,
): Promise<InProcessSubgraph<Schema, Context>> {
  const env = options.env ?? process.env;
  const url = options.databaseUrlVariable ? env[options.databaseUrlVariable] : undefined;
  const location: DatabaseLocation = url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: 'memory://' };
  const database = await openDatabase<Schema>(location);
  let server: ApolloServer<Context> | undefined;
  try {
    await migrateSubgraph(database as Database<unknown>, definition.migrationsUrl);
    await definition.syncReferenceData?.(database.db);
    await database.db.transaction().execute((transaction) => definition.writeSeed(transaction, options.world));

    server = new ApolloServer<Context>({
      gateway: compiledQueryGateway(buildOneByteSubgraphSchema(definition.schemaUrl, definition.resolvers as GraphQLResolverMap<unknown>)),
      formatError: createFormatError(quietLogger()),
      includeStacktraceInErrorResponses: false,
      ...subgraphServerOptions<Context>(definition.schemaUrl, () => database.db as Kysely<any>, readSubgraphOperationLimits(env)),
    });
    await server.start();
  } catch (error) {
    await database.close();
    throw error;
  }

  const started = server;
  return {
    database,
    server: started,
    async stop() {
      await started.stop();
      await database.close();
    },
  };
}
