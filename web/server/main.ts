// `npm run start:web`: the web application's server as its own process.
import { createLogger } from '../../platform/logging/logger.js';
import { stopOnSignals, supervisingParent } from '../../platform/server/stopOnSignals.js';
import { readWebConfig } from './webConfig.js';
import { startWebServer } from './startWebServer.js';

try {
  const running = await startWebServer(readWebConfig(process.env));
  stopOnSignals({ log: running.log, stop: () => running.stop(), parentPid: supervisingParent(process.env) });
} catch (error) {
  createLogger({ service: 'web' }).error('could not start', { error });
  process.exit(1);
}
