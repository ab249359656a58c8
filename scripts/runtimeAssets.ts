// The files the services read at run time through URLs relative to their own
// modules (schemas, reference data, migrations): the build copies them beside
// the compiled JavaScript so that those relative URLs resolve in dist/ too.
import { readdirSync } from 'node:fs';

/** Folders (relative to `root`, with `/`) copied as they are: schema/, data/ and every subgraph's migrations/. */
export function runtimeAssetDirectories(root: string): string[] {
  const migrations = readdirSync(`${root}/subgraphs`, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name === 'migrations')
    .map((entry) => `${entry.parentPath.slice(root.length).replace(/^\/+/, '')}/migrations`)
    .sort();
  return ['schema', 'data', ...migrations];
}
