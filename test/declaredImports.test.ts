// Every package the code imports is one package.json declares: a package that is only there because another one
// depends on it can vanish with that one's next release. Imports are read with TypeScript's own pre-processor
// (static, type-only, re-exports, dynamic), plus `require` through createRequire.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const sourceFolders = ['gateway', 'subgraphs', 'web', 'scripts', 'bench', 'test'];
const skipped = new Set(['node_modules', 'dist', 'generated', '.data', '.tmp']);
const requireCall = /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)|createRequire\(import\.meta\.url\)\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(join(root, path)).isDirectory()) return skipped.has(entry) ? [] : sourceFiles(path);
    return /\.(m?ts|tsx)$/.test(entry) && !entry.endsWith('.d.ts') ? [path] : [];
  });
}

/** The package a module specifier names (`@scope/name` or `name`), or null for a relative path or Node's own module. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
  return builtinModules.includes(name) ? null : name;
}

export function importedPackagesOf(source: string): string[] {
  const { importedFiles } = ts.preProcessFile(source, true, true);
  const specifiers = [...importedFiles.map((file) => file.fileName), ...[...source.matchAll(requireCall)].map((match) => match[1] ?? match[2]!)];
  return [...new Set(specifiers.map(packageOf).filter((name): name is string => name !== null))].sort();
}

describe('imported packages', () => {
  it('are read from every kind of import', () => {
    const source = [
      "import { ApolloServer } from '@apollo/server';",
      "import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';",
      "export { sql } from 'kysely';",
      "import 'dataloader';",
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'path';",
      "import { helper } from './helper.js';",
      "const pglite = await import('@electric-sql/pglite');",
      "const { printSchema } = createRequire(import.meta.url)('graphql');",
    ].join('\n');
    expect(importedPackagesOf(source)).toEqual(['@apollo/server', '@apollo/subgraph', '@electric-sql/pglite', 'dataloader', 'graphql', 'kysely']);
  });

  it('are all declared in package.json', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]);
    const files = [...sourceFolders.flatMap(sourceFiles), 'codegen.ts', 'vitest.config.ts'];
    expect(files.length).toBeGreaterThan(300);
    const undeclared = files.flatMap((file) =>
      importedPackagesOf(readFileSync(join(root, file), 'utf8'))
        .filter((name) => !declared.has(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(undeclared).toEqual([]);
  });
});
