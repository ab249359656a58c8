// The entry subgraph as its own HTTP service, at the routing URL the
// supergraph names, for gateways and routers other than Samsyn's (which runs
// it in-process): Apollo Router, Hive Gateway, the benchmark's comparisons.
// Stateless: it verifies the token and answers Query.patient,
// Patient.sparradInformationFinns and Query.loggutdrag from what the request carries.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { AuthConfig } from '../../subgraphs/common/auth/authConfig.js';
import { createTokenVerifier } from '../../subgraphs/common/auth/tokenVerifier.js';
import { createLogger, type Logger } from '../../subgraphs/common/logging/logger.js';
import { errorAndSchemaOptions } from '../../subgraphs/common/server/formatError.js';
import { createGraphqlHttpServer, headerValue, listen } from '../../subgraphs/common/server/graphqlHttpServer.js';
import type { EntryContext } from './context.js';
import { buildEntrySchema } from './entrySchema.js';

export interface EntrySubgraphConfig {
  port: number;
  host: string;
  production: boolean;
  auth: AuthConfig;
}

export interface RunningEntrySubgraph {
  port: number;
  log: Logger;
  stop(): Promise<void>;
}

export async function startEntrySubgraph(config: EntrySubgraphConfig): Promise<RunningEntrySubgraph> {
  const log = createLogger({ service: 'entry' });
  const verifyToken = createTokenVerifier(config.auth);
  const apollo = new ApolloServer<EntryContext>({
    schema: buildEntrySchema(),
    ...errorAndSchemaOptions(log, config.production),
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  const server = createGraphqlHttpServer<EntryContext>({
    apollo,
    log,
    createContext: async (request) => ({ identity: await verifyToken(headerValue(request, 'authorization')) }),
    routes: { '/health': () => ({ status: 200, contentType: 'application/json', body: JSON.stringify({ status: 'ok' }) }) },
  });
  const running = await listen(server, config.port, config.host);
  log.info('entry subgraph listening', { port: running.port });
  return {
    port: running.port,
    log,
    async stop() {
      await running.close();
      await apollo.stop();
    },
  };
}
