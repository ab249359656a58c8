// `npm run build:web`: builds the web application into web/dist (`npm start` does it too).
import { buildWeb } from '../web/build/buildWeb.js';

try {
  const result = await buildWeb();
  const sizes = Object.entries(result.outputs).map(([file, bytes]) => `${file} ${(bytes / 1024).toFixed(0)} kB`);
  console.log(`built the web application in ${result.milliseconds} ms: ${sizes.join(', ')}`);
} catch (error) {
  console.error(`The web application did not build:\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
