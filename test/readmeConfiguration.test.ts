// The README's table of environment variables is what operators read: every variable of a service's configuration,
// and every one `npm start` or a script reads by name, must have its row there, and every row must name a variable
// something reads. Services read their environment only at start: no module reads `process.env` when it loads.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatewayVariables } from '../gateway/config.js';
import { entryVariables } from '../gateway/entry/entryConfig.js';
import { subgraphVariables } from '../subgraphs/common/server/subgraphConfig.js';
import { webVariables } from '../web/server/webConfig.js';

/** Each service's configuration: the variables it reads, in one place per service. */
const serviceVariables: Record<string, readonly string[]> = {
  gateway: Object.keys(gatewayVariables),
  vgr: Object.keys(subgraphVariables('vgr')),
  kommun: Object.keys(subgraphVariables('kommun')),
  samverkan: Object.keys(subgraphVariables('samverkan')),
  entry: Object.keys(entryVariables),
  web: Object.keys(webVariables),
};
import { variablesDocumented } from './support/readmeVariables.js';

const root = new URL('..', import.meta.url).pathname;
const sourceFolders = ['subgraphs', 'gateway', 'platform', 'web/server', 'scripts'];

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(join(root, path)).isDirectory()) return entry === 'generated' || entry === 'node_modules' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** Names read literally: `env['X']`, `process.env['X']`, and `readSomething(env, 'X', …)`. */
export function variablesRead(source: string): string[] {
  const patterns = [/\benv\[['"]([A-Z][A-Z0-9_]+)['"]\]/g, /\bread\w*\((?:process\.)?env, ['"]([A-Z][A-Z0-9_]+)['"]/g];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!));
}

describe('the README’s table of environment variables', () => {
  const readByName = sourceFolders.flatMap(sourceFiles).flatMap((path) => variablesRead(readFileSync(join(root, path), 'utf8')));
  const read = new Set([...Object.values(serviceVariables).flat(), ...readByName]);
  const documented = variablesDocumented(readFileSync(join(root, 'README.md'), 'utf8'));

  it('finds the variables in the code as they are read', () => {
    expect(variablesRead(`readPort(env, 'GATEWAY_PORT', 4000); env['LOG_LEVEL']; process.env['HOST']; readWholeNumber(process.env, 'SAMSYN_MIN_ANTAL', 5)`)).toEqual([
      'LOG_LEVEL',
      'HOST',
      'GATEWAY_PORT',
      'SAMSYN_MIN_ANTAL',
    ]);
    expect(read.size).toBeGreaterThan(40);
  });

  it('knows each service’s variables from its configuration', () => {
    expect(serviceVariables['gateway']).toEqual(expect.arrayContaining(['LOG_LEVEL', 'GATEWAY_PORT', 'VGR_URL', 'KOMMUN_TIMEOUT_MS', 'SAMSYN_MAX_COST']));
    expect(serviceVariables['vgr']).toEqual(expect.arrayContaining(['LOG_LEVEL', 'VGR_PORT', 'VGR_DATABASE_URL', 'SAMSYN_PSEUDONYM_KEY', 'SAMSYN_MIN_ANTAL']));
    expect(serviceVariables['samverkan']).not.toContain('SAMSYN_PSEUDONYM_KEY');
  });

  it('has a row for every variable a service or npm start reads', () => {
    expect([...read].filter((name) => !documented.has(name)).sort()).toEqual([]);
  });

  it('names no variable that nothing reads (the test tools’ own excepted)', () => {
    // Read by the test harness only.
    const readElsewhere = new Set(['SAMSYN_CHROMIUM']);
    expect([...documented].filter((name) => !read.has(name) && !readElsewhere.has(name)).sort()).toEqual([]);
  });
});

describe('reading the environment', () => {
  /** Where `process.env` may be read: the entry points, which hand it to a service's configuration at start, and the scripts. */
  const entryPoints = /(^|\/)main\.ts$|^scripts\/|^(subgraphs\/common|platform)\/testing\//;

  it('happens at start only: no other module reads process.env', () => {
    const readers = sourceFolders
      .flatMap(sourceFiles)
      .filter((path) => !entryPoints.test(path))
      .filter((path) => /process\.env\b/.test(readFileSync(join(root, path), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')));
    expect(readers).toEqual([]);
  });
});
