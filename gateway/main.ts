// `npm run start:gateway`: the gateway as its own process.
import { createLogger } from '../subgraphs/common/logging/logger.js';
import { stopOnSignals, supervisingParent } from '../subgraphs/common/server/stopOnSignals.js';
import { readGatewayConfig } from './config.js';
import { limitHeapGrowth } from './heapGrowth.js';
import { startGateway } from './startGateway.js';

try {
  const config = readGatewayConfig(process.env);
  // In the gateway's own process only: tests start gateways inside the test runner.
  limitHeapGrowth(config.heapGrowingPercent);
  const running = await startGateway(config);
  stopOnSignals({ log: running.log, stop: () => running.stop(), parentPid: supervisingParent(process.env) });
} catch (error) {
  createLogger({ service: 'gateway' }).error('could not start', { error });
  process.exit(1);
}
