// `npm run build`: the services as JavaScript in dist/ with their run-time
// files and the web application, as the image runs them (`node dist/gateway/main.js`).
import { buildServices } from './buildServices.js';

try {
  const started = Date.now();
  const out = await buildServices();
  console.log(`built the services and the web application into ${out} in ${Date.now() - started} ms`);
} catch (error) {
  console.error(`The build failed:\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
