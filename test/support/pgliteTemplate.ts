// An empty PGlite data directory (PostgreSQL's initdb, about 5 s of CPU) made once per PGlite version and copied
// for each subgraph of each end-to-end test, which then migrates and seeds it as on any first start.
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { initializePgliteDirectory } from '../../subgraphs/common/database/initializePgliteDirectory.js';

let template: Promise<string> | undefined;

function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = join(dirname(entry), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

async function makeTemplate(): Promise<string> {
  const path = join(tmpdir(), `samsyn-pglite-initdb-${pgliteVersion()}`);
  if (existsSync(join(path, 'PG_VERSION'))) return path;
  // Made aside and renamed into place, so a run stopped halfway never leaves a half-made template.
  const making = mkdtempSync(`${path}-making-`);
  try {
    await initializePgliteDirectory(join(making, 'data'));
    renameSync(join(making, 'data'), path);
  } catch (error) {
    if (!existsSync(join(path, 'PG_VERSION'))) throw error;
  } finally {
    rmSync(making, { recursive: true, force: true });
  }
  return path;
}

/** Copies the empty database into `dataDir`, which must not exist yet. */
export async function copyEmptyPgliteDirectory(dataDir: string): Promise<void> {
  template ??= makeTemplate();
  cpSync(await template, dataDir, { recursive: true });
}
