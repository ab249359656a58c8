// The repository's root folder, where the launchers start gateways (so `--import tsx`
// and relative paths resolve as with `npm run`).
import { fileURLToPath } from 'node:url';

export const repositoryRoot: string = fileURLToPath(new URL('../../../', import.meta.url));
