// `npm run start:entry`: the entry subgraph as its own process (ENTRY_PORT, default 4004; metrics on ENTRY_ADMIN_PORT, 9404),
// for a router or gateway other than Samsyn's.
import { createLogger } from '../../platform/logging/logger.js';
import { stopOnSignals, supervisingParent } from '../../platform/server/stopOnSignals.js';
import { startTracing, stopTracing } from '../../platform/tracing/startTracing.js';

try {
  // Before the subgraph is imported: tracing's instrumentations patch http as it is loaded.
  await startTracing('samsyn-entry', process.env);
  const [{ readEntryConfig }, { startEntrySubgraph }] = await Promise.all([import('./entryConfig.js'), import('./startEntrySubgraph.js')]);
  const running = await startEntrySubgraph(readEntryConfig(process.env));
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
