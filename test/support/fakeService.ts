// A stand-in for a Samsyn service in supervisor tests: the same HTTP edge
// (graceful listen, health routes, stop on signals or on its parent's end)
// without a database. PORT; START_DELAY_MS delays listening (a slow start).
// Any path but the health routes answers the process id.
import { createServer } from 'node:http';
import { createLogger } from '../../platform/logging/logger.js';
import { listen, type RunningHttpServer } from '../../platform/server/graphqlHttpServer.js';
import { healthRoutes } from '../../platform/server/healthRoutes.js';
import { stopOnSignals, supervisingParent } from '../../platform/server/stopOnSignals.js';

const log = createLogger({ service: 'fake' });
let running: RunningHttpServer | undefined;
const health = healthRoutes({ draining: () => running?.draining ?? false });
const server = createServer((request, response) => {
  const route = health[request.url as keyof typeof health];
  if (!route) {
    response.end(String(process.pid));
    return;
  }
  void Promise.resolve(route(request)).then((result) => {
    response.writeHead(result.status, { 'content-type': result.contentType });
    response.end(result.body);
  });
});
stopOnSignals({ log, stop: async () => running?.close(), parentPid: supervisingParent(process.env) });
await new Promise((resolve) => setTimeout(resolve, Number(process.env['START_DELAY_MS'] ?? 0)));
running = await listen(server, Number(process.env['PORT']), '127.0.0.1', { log });
