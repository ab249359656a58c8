// `npm run start:entry`: the entry subgraph as its own process (ENTRY_PORT, default 4004; metrics on ENTRY_ADMIN_PORT, 9404),
// for a router or gateway other than Samsyn's.
import { readAuthConfig } from '../../subgraphs/common/auth/authConfig.js';
import { readPort } from '../../subgraphs/common/config/environment.js';
import { readSubgraphTrustConfig } from '../../subgraphs/common/gatewayTrust/gatewayTrustConfig.js';
import { readSubgraphOperationLimits } from '../../subgraphs/common/limits/operationLimits.js';
import { readLogLevel } from '../../subgraphs/common/logging/logLevel.js';
import { defaultAdminPorts } from '../../subgraphs/common/metrics/adminServer.js';
import { createLogger } from '../../subgraphs/common/logging/logger.js';
import { readShutdownGraceMs } from '../../subgraphs/common/server/gracefulShutdown.js';
import { stopOnSignals, supervisingParent } from '../../subgraphs/common/server/stopOnSignals.js';
import { startEntrySubgraph } from './startEntrySubgraph.js';

try {
  const running = await startEntrySubgraph({
    logLevel: readLogLevel(process.env),
    port: readPort(process.env, 'ENTRY_PORT', 4004),
    host: process.env['HOST'] ?? '127.0.0.1',
    adminPort: readPort(process.env, 'ENTRY_ADMIN_PORT', defaultAdminPorts.entry),
    adminHost: process.env['ADMIN_HOST'] ?? '127.0.0.1',
    production: process.env['NODE_ENV'] === 'production',
    auth: readAuthConfig(process.env),
    trust: readSubgraphTrustConfig(process.env),
    limits: readSubgraphOperationLimits(process.env),
    shutdownGraceMs: readShutdownGraceMs(process.env),
  });
  stopOnSignals({ log: running.log, stop: () => running.stop(), parentPid: supervisingParent(process.env) });
} catch (error) {
  createLogger({ service: 'entry' }).error('could not start', { error });
  process.exit(1);
}
