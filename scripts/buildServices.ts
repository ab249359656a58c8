// The production build: the services compiled by tsc (tsconfig.build.json)
// into one folder that keeps the source layout, the files they read at run
// time copied beside them, and the web application built into <out>/web/dist.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildWeb } from '../web/build/buildWeb.js';
import { runtimeAssetDirectories } from './runtimeAssets.js';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));

export interface BuildOptions {
  /** Where the build goes (emptied first); `dist` in the project by default. */
  outDirectory?: string;
  /** Build the web application too (the image needs it; a test of the services does not). */
  web?: boolean;
}

export async function buildServices(options: BuildOptions = {}): Promise<string> {
  const out = (options.outDirectory ?? `${projectRoot}dist`).replace(/\/$/, '');
  rmSync(out, { recursive: true, force: true });
  // The compiler's command-line entry, run by this Node rather than through a shell.
  const tsc = spawnSync(process.execPath, [`${projectRoot}node_modules/.bin/tsc`, '-p', `${projectRoot}tsconfig.build.json`, '--outDir', out], {
    encoding: 'utf8',
  });
  if (tsc.status !== 0) throw new Error(`tsc failed:\n${tsc.stdout}${tsc.stderr}`);
  for (const directory of runtimeAssetDirectories(projectRoot.replace(/\/$/, ''))) {
    cpSync(`${projectRoot}${directory}`, `${out}/${directory}`, { recursive: true });
  }
  if (options.web ?? true) await buildWeb({ distDirectory: `${out}/web/dist/` });
  return out;
}
