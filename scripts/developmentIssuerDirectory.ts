// Where the development issuer keeps its key pair: beside the PGlite data.
import { join } from 'node:path';

export function developmentIssuerDirectory(env: NodeJS.ProcessEnv): string {
  return join(env['SAMSYN_DATA_DIR'] ?? '.data', 'dev-issuer');
}
