// `npm run start:web`: the web application's server as its own process.
import { createLogger } from '../../subgraphs/common/logging/logger.js';
import { readWebConfig } from './webConfig.js';
import { startWebServer } from './startWebServer.js';

try {
  const running = await startWebServer(readWebConfig());
  const shutdown = () => {
    running.stop().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  createLogger({ service: 'web' }).error('could not start', { error });
  process.exit(1);
}
