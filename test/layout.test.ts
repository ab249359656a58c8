// The layout: platform/ is what every Samsyn service stands on (the HTTP edge, authentication, configuration, errors,
// logging, metrics, tracing, operation limits, identifiers); subgraphs/ is what only the subgraphs use (their databases,
// migrations, the access log's readers, the seed world). The gateway and the web server import nothing from
// subgraphs/, and platform/ imports from none of the services. Imports are read by TypeScript's pre-processor
// (static, type-only, re-exports, side-effect and dynamic imports), plus vi.mock.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const skipped = new Set(['node_modules', 'dist', '.data', '.tmp']);
const mocked = /\bvi\.(?:mock|doMock|importActual)\(\s*['"]([^'"]+)['"]/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(posix.join(root, folder)).flatMap((entry) => {
    const path = posix.join(folder, entry);
    if (statSync(posix.join(root, path)).isDirectory()) return skipped.has(entry) ? [] : sourceFiles(path);
    return /\.([cm]?[jt]s|[jt]sx)$/.test(entry) ? [path] : [];
  });
}

/** The project paths `source` (the file at `path`) imports through relative specifiers. */
export function importedPaths(path: string, source: string): string[] {
  const { importedFiles } = ts.preProcessFile(source, true, true);
  const specifiers = [...importedFiles.map((file) => file.fileName), ...[...source.matchAll(mocked)].map((match) => match[1]!)];
  return specifiers.filter((specifier) => specifier.startsWith('.')).map((specifier) => posix.normalize(posix.join(posix.dirname(path), specifier)));
}

/** `file imports path` for every import of a file under `folders` that reaches into one of `forbidden`. */
function importsInto(folders: readonly string[], forbidden: readonly string[]): string[] {
  return folders
    .flatMap(sourceFiles)
    .flatMap((file) => importedPaths(file, readFileSync(posix.join(root, file), 'utf8')).map((path) => ({ file, path })))
    .filter(({ path }) => forbidden.some((folder) => path === folder || path.startsWith(`${folder}/`)))
    .map(({ file, path }) => `${file} imports ${path}`);
}

describe('the layout', () => {
  it('reads every kind of import', () => {
    const source = [
      "import { a } from '../subgraphs/x.js';",
      "import type { B } from '../subgraphs/y.js';",
      "export { c } from '../subgraphs/z.js';",
      "const d = await import('../subgraphs/w.js');",
      "vi.mock('../subgraphs/v.js');",
      "import ts from 'typescript';",
    ].join('\n');
    expect(importedPaths('gateway/file.ts', source)).toEqual(['subgraphs/x.js', 'subgraphs/y.js', 'subgraphs/z.js', 'subgraphs/w.js', 'subgraphs/v.js']);
  });

  it('finds the files it checks', () => {
    expect(sourceFiles('gateway').length).toBeGreaterThan(50);
    expect(sourceFiles('web').length).toBeGreaterThan(20);
    expect(sourceFiles('platform').length).toBeGreaterThan(50);
  });

  it('keeps the gateway and the web server out of subgraphs/', () => {
    expect(importsInto(['gateway', 'web'], ['subgraphs'])).toEqual([]);
  });

  it('keeps platform/ free of the services that stand on it', () => {
    expect(importsInto(['platform'], ['subgraphs', 'gateway', 'web'])).toEqual([]);
  });
});
