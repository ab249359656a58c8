// `npm run start:gateway`: the gateway as its own process.
import { createLogger } from '../platform/logging/logger.js';
import { stopOnSignals, supervisingParent } from '../platform/server/stopOnSignals.js';
import { startTracing, stopTracing } from '../platform/tracing/startTracing.js';

try {
  // Before the gateway is imported: tracing's instrumentations patch http as it is loaded.
  await startTracing('samsyn-gateway', process.env);
  const [{ readGatewayConfig }, { limitHeapGrowth }, { startGateway }] = await Promise.all([
    import('./config.js'),
    import('./heapGrowth.js'),
    import('./startGateway.js'),
  ]);
  const config = readGatewayConfig(process.env);
  // In the gateway's own process only: tests start gateways inside the test runner.
  limitHeapGrowth(config.heapGrowingPercent);
  const running = await startGateway(config);
  const stop = async () => {
    await running.stop();
    // The last requests' spans, sent before the exit.
    await stopTracing();
  };
  stopOnSignals({ log: running.log, stop, parentPid: supervisingParent(process.env) });
} catch (error) {
  createLogger({ service: 'gateway' }).error('could not start', { error });
  process.exit(1);
}
