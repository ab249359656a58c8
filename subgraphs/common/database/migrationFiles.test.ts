import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readMigrationFiles, sha256 } from './migrationFiles.js';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function folder(name: string, files: Record<string, string>): string {
  root ??= mkdtempSync(join(tmpdir(), 'samsyn-migration-files-'));
  const dir = join(root, name);
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

describe('readMigrationFiles', () => {
  it('names the shared folder first, keeps file order and the old names, and ignores other files', () => {
    const shared = folder('common', { '001_log.sql': 'a' });
    const own = folder('vgr', { '002_b.sql': 'c', '001_a.sql': 'b', 'README.md': 'x', '3_bad.sql': 'x' });
    const files = readMigrationFiles([
      { dir: shared, label: 'common/', legacyLabel: 'common/' },
      { dir: own, label: 'subgraph/', legacyLabel: '' },
    ]);
    expect(files.map((file) => [file.name, file.legacyName])).toEqual([
      ['common/001_log', 'common/001_log.sql'],
      ['subgraph/001_a', '001_a.sql'],
      ['subgraph/002_b', '002_b.sql'],
    ]);
    expect(files[1]!.sha256).toBe(sha256('b'));
    expect(sha256('b')).toBe('3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d');
  });

  it('refuses labels that would make Kysely apply a later folder first', () => {
    const shared = folder('common', { '001_log.sql': 'a' });
    const own = folder('vgr', { '001_a.sql': 'b' });
    expect(() =>
      readMigrationFiles([
        { dir: shared, label: 'x/', legacyLabel: 'common/' },
        { dir: own, label: '', legacyLabel: '' },
      ]),
    ).toThrow(/must sort in folder order/);
  });
});
