// Every package the code imports is one package.json declares: a package that is only there because another one
// depends on it can vanish with that one's next release (imports read by test/support/importedPackages.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedPackages } from './support/importedPackages.js';

const root = new URL('..', import.meta.url).pathname;
const sourceFolders = ['gateway', 'platform', 'subgraphs', 'web', 'scripts', 'bench', 'test'];
const skipped = new Set(['node_modules', 'dist', 'generated', '.data', '.tmp']);

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(join(root, path)).isDirectory()) return skipped.has(entry) ? [] : sourceFiles(path);
    return /\.(m?ts|tsx)$/.test(entry) && !entry.endsWith('.d.ts') ? [path] : [];
  });
}

describe('imported packages', () => {
  it('are all declared in package.json', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]);
    const files = [...sourceFolders.flatMap(sourceFiles), 'codegen.ts', 'vitest.config.ts'];
    expect(files.length).toBeGreaterThan(300);
    const undeclared = files.flatMap((file) =>
      importedPackages(readFileSync(join(root, file), 'utf8'))
        .filter((name) => !declared.has(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(undeclared).toEqual([]);
  });
});
