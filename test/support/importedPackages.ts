// The npm packages a source file (TypeScript or compiled JavaScript) loads, read with TypeScript's own pre-processor:
// static, type-only, re-exports, side-effect and dynamic imports, plus `require` through createRequire.
import { builtinModules } from 'node:module';
import ts from 'typescript';

const requireCall = /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)|createRequire\(import\.meta\.url\)\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The package a module specifier names (`@scope/name` or `name`), or null for a relative path or Node's own module. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
  return builtinModules.includes(name) ? null : name;
}

/** The packages `source` imports, sorted. */
export function importedPackages(source: string): string[] {
  const { importedFiles } = ts.preProcessFile(source, true, true);
  const specifiers = [...importedFiles.map((file) => file.fileName), ...[...source.matchAll(requireCall)].map((match) => match[1] ?? match[2]!)];
  return [...new Set(specifiers.map(packageOf).filter((name): name is string => name !== null))].sort();
}
