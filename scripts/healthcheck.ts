// The image's HEALTHCHECK: exits 0 when the service in this container answers
// /health/ready with 200 within 3 s, else 1 (`node dist/scripts/healthcheck.js [port]`).
import { get as httpGet } from 'node:http';
import { get as httpsGet } from 'node:https';
import { healthcheckUrl } from './healthcheckTarget.js';

try {
  const url = healthcheckUrl(process.env, process.argv[2]);
  const get = url.startsWith('https:') ? httpsGet : httpGet;
  // The service's own certificate names its public host, not 127.0.0.1; this asks the process beside it.
  const request = get(url, { timeout: 3000, rejectUnauthorized: false }, (response) => {
    response.resume();
    process.exit(response.statusCode === 200 ? 0 : 1);
  });
  request.on('timeout', () => request.destroy(new Error('no answer within 3 s')));
  request.on('error', (error) => {
    console.error(`health check: ${url}: ${error.message}`);
    process.exit(1);
  });
} catch (error) {
  console.error(`health check: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
