// `npm run start:gateway`: the gateway as its own process.
import { createLogger } from '../subgraphs/common/logging/logger.js';
import { readGatewayConfig } from './config.js';
import { limitHeapGrowth } from './heapGrowth.js';
import { startGateway } from './startGateway.js';

try {
  const config = readGatewayConfig();
  // In the gateway's own process only: tests start gateways inside the test runner.
  limitHeapGrowth(config.heapGrowingPercent);
  const running = await startGateway(config);
  const shutdown = () => {
    running.stop().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  createLogger({ service: 'gateway' }).error('could not start', { error });
  process.exit(1);
}
