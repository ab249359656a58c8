// `npm run start:entry`: the entry subgraph as its own process (ENTRY_PORT, default 4004; metrics on ENTRY_ADMIN_PORT, 9404),
// for a router or gateway other than Samsyn's.
import { createLogger } from '../../subgraphs/common/logging/logger.js';
import { stopOnSignals, supervisingParent } from '../../subgraphs/common/server/stopOnSignals.js';
import { readEntryConfig } from './entryConfig.js';
import { startEntrySubgraph } from './startEntrySubgraph.js';

try {
  const running = await startEntrySubgraph(readEntryConfig(process.env));
  stopOnSignals({ log: running.log, stop: () => running.stop(), parentPid: supervisingParent(process.env) });
} catch (error) {
  createLogger({ service: 'entry' }).error('could not start', { error });
  process.exit(1);
}
