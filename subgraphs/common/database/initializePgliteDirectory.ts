// Creates an empty PGlite data directory (PostgreSQL's initdb) in a short-lived child process: PGlite's WebAssembly
// memory never shrinks, and initdb's would stay behind in the service that ran it.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Plain JavaScript, so the child needs no TypeScript loader: open (which runs initdb) and close. */
const initializeInChild = `
const { PGlite } = await import(process.argv[1]);
const client = await PGlite.create({ dataDir: process.argv[2] });
await client.close();
`;

export class PgliteInitializationError extends Error {
  override name = 'PgliteInitializationError';
}

/** Does nothing when the directory already holds a database (`PG_VERSION` is initdb's first file). */
export async function initializePgliteDirectory(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  const pglite = pathToFileURL(createRequire(import.meta.url).resolve('@electric-sql/pglite')).href;
  try {
    await run(process.execPath, ['--input-type=module', '--eval', initializeInChild, pglite, dataDir], { timeout: 120_000 });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new PgliteInitializationError(`Could not create the PGlite database in ${dataDir}${stderr ? `: ${stderr.slice(-500)}` : ''}`, { cause: error });
  }
}
