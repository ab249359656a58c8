import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runtimeAssetDirectories } from './runtimeAssets.js';

const root = fileURLToPath(new URL('../', import.meta.url)).replace(/\/$/, '');

describe('runtimeAssetDirectories', () => {
  it('names the schemas, the reference data and the migrations of every subgraph and of the access log', () => {
    expect(runtimeAssetDirectories(root)).toEqual([
      'schema',
      'data',
      'subgraphs/common/atkomstlogg/migrations',
      'subgraphs/kommun/migrations',
      'subgraphs/samverkan/migrations',
      'subgraphs/vgr/migrations',
    ]);
  });

  it('names only folders that exist', () => {
    for (const directory of runtimeAssetDirectories(root)) expect(existsSync(`${root}/${directory}`), directory).toBe(true);
  });
});
