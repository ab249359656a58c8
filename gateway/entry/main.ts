// `npm run start:entry`: the entry subgraph as its own process (ENTRY_PORT, default 4004),
// for a router or gateway other than Samsyn's.
import { readLogLevel } from '../../subgraphs/common/logging/logLevel.js';
import { createLogger } from '../../subgraphs/common/logging/logger.js';
import { stopOnSignals, supervisingParent } from '../../subgraphs/common/server/stopOnSignals.js';
import { startTracing, stopTracing } from '../../subgraphs/common/tracing/startTracing.js';

try {
  // Before the subgraph is imported: tracing's instrumentations patch http as it is loaded.
  await startTracing('samsyn-entry');
  const [{ readAuthConfig }, { readPort }, { readSubgraphTrustConfig }, { readSubgraphOperationLimits }, { readShutdownGraceMs }, { startEntrySubgraph }] =
    await Promise.all([
      import('../../subgraphs/common/auth/authConfig.js'),
      import('../../subgraphs/common/config/environment.js'),
      import('../../subgraphs/common/gatewayTrust/gatewayTrustConfig.js'),
      import('../../subgraphs/common/limits/operationLimits.js'),
      import('../../subgraphs/common/server/gracefulShutdown.js'),
      import('./startEntrySubgraph.js'),
    ]);
  const running = await startEntrySubgraph({
    logLevel: readLogLevel(process.env),
    port: readPort(process.env, 'ENTRY_PORT', 4004),
    host: process.env['HOST'] ?? '127.0.0.1',
    production: process.env['NODE_ENV'] === 'production',
    auth: readAuthConfig(process.env),
    trust: readSubgraphTrustConfig(process.env),
    limits: readSubgraphOperationLimits(process.env),
    shutdownGraceMs: readShutdownGraceMs(process.env),
  });
  const stop = async () => {
    await running.stop();
    // The last requests' spans, sent before the exit.
    await stopTracing();
  };
  stopOnSignals({ log: running.log, stop, parentPid: supervisingParent(process.env) });
} catch (error) {
  createLogger({ service: 'entry' }).error('could not start', { error });
  process.exit(1);
}
