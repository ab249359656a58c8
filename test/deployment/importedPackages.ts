// The npm packages a compiled ES module loads: static imports (tsc writes each
// on a line of its own), dynamic imports, and require through createRequire.
const patterns = [
  /^(?:import|export)\b[^'"\n]*\bfrom\s*['"]([^'"]+)['"]/gm,
  /^import\s*['"]([^'"]+)['"]/gm,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /createRequire\(import\.meta\.url\)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** Package names (`@scope/name` or `name`), without relative paths and Node's own `node:` modules. */
export function importedPackages(source: string): Set<string> {
  const specifiers = patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!));
  return new Set(
    specifiers
      .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.startsWith('node:'))
      .map((specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')),
  );
}
