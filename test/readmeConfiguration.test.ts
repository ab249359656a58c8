// The README's table of environment variables is what operators read: every variable a service or `npm start`
// reads by name must have its row there, and every row must name a variable something reads.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { variablesDocumented } from './support/readmeVariables.js';

const root = new URL('..', import.meta.url).pathname;
const sourceFolders = ['subgraphs', 'gateway', 'web/server', 'scripts'];

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
  const read = new Set(sourceFolders.flatMap(sourceFiles).flatMap((path) => variablesRead(readFileSync(join(root, path), 'utf8'))));
  const documented = variablesDocumented(readFileSync(join(root, 'README.md'), 'utf8'));

  it('finds the variables in the code as they are read', () => {
    expect(variablesRead(`readPort(env, 'GATEWAY_PORT', 4000); env['LOG_LEVEL']; process.env['HOST']; readWholeNumber(process.env, 'SAMSYN_MIN_ANTAL', 5)`)).toEqual([
      'LOG_LEVEL',
      'HOST',
      'GATEWAY_PORT',
      'SAMSYN_MIN_ANTAL',
    ]);
    expect(read.size).toBeGreaterThan(30);
  });

  it('has a row for every variable a service or npm start reads', () => {
    expect([...read].filter((name) => !documented.has(name)).sort()).toEqual([]);
  });

  it('names no variable that nothing reads (the test tools’ own excepted)', () => {
    // Read by the test harness, or by name pattern (<NAME>_DATABASE_URL, <NAME>_URL, <NAME>_TIMEOUT_MS) in the code.
    const readElsewhere = new Set(['SAMSYN_CHROMIUM', 'VGR_DATABASE_URL', 'KOMMUN_DATABASE_URL', 'SAMVERKAN_DATABASE_URL', 'VGR_URL', 'KOMMUN_URL', 'SAMVERKAN_URL']);
    expect([...documented].filter((name) => !read.has(name) && !readElsewhere.has(name)).sort()).toEqual([]);
  });
});
