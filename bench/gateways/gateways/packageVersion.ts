// The installed version of a package, for the gateways' names in the report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from './repositoryRoot.js';

export function packageVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** Where a package's command-line entry (`bin` in its package.json) is, to run it with node directly. */
export function packageBin(name: string, command: string): string {
  const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'node_modules', name, 'package.json'), 'utf8')) as {
    bin?: string | Record<string, string>;
  };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[command];
  if (!bin) throw new Error(`${name} has no bin "${command}".`);
  return join(repositoryRoot, 'node_modules', name, bin);
}
