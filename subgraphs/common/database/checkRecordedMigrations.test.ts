import { describe, expect, it } from 'vitest';
import { checkRecordedMigrations } from './checkRecordedMigrations.js';
import { MigrationError } from './migrationError.js';
import { migrationFile } from './migrationFiles.js';

const shared = { dir: '/m/common', label: 'common/', legacyLabel: 'common/' };
const own = { dir: '/m/vgr', label: 'subgraph/', legacyLabel: '' };
const files = [
  migrationFile(shared, '001_atkomstlogg.sql', 'CREATE TABLE atkomstlogg ();'),
  migrationFile(own, '001_init.sql', 'CREATE TABLE patient ();'),
  migrationFile(own, '002_sparr.sql', 'CREATE TABLE sparr ();'),
];
const [atkomstlogg, init, sparr] = files as [(typeof files)[0], (typeof files)[0], (typeof files)[0]];

function failure(result: ReturnType<typeof checkRecordedMigrations>): MigrationError {
  if (!(result instanceof MigrationError)) throw new Error('expected a refusal');
  return result;
}

describe('checkRecordedMigrations', () => {
  it('accepts applied migrations whose files are unchanged', () => {
    expect(checkRecordedMigrations([{ name: init.name, sha256: init.sha256 }], [], files)).toEqual({ adopt: [] });
  });

  it('refuses an applied migration whose file changed, naming the file', () => {
    const error = failure(checkRecordedMigrations([{ name: init.name, sha256: sparr.sha256 }], [], files));
    expect(error.code).toBe('MIGRATION_CHANGED');
    expect(error.message).toContain('/m/vgr/001_init.sql');
  });

  it('refuses an applied migration without a recorded checksum', () => {
    expect(failure(checkRecordedMigrations([{ name: init.name, sha256: null }], [], files)).code).toBe('MIGRATION_CHANGED');
  });

  it('refuses an applied migration that has no file any more', () => {
    const error = failure(checkRecordedMigrations([{ name: 'subgraph/003_gone', sha256: 'x' }], [], files));
    expect(error.code).toBe('MIGRATION_MISSING');
    expect(error.message).toContain('applied migration missing: subgraph/003_gone');
  });

  it("adopts the old runner's migrations that Kysely's tables do not have yet", () => {
    const result = checkRecordedMigrations([{ name: atkomstlogg.name, sha256: atkomstlogg.sha256 }], ['common/001_atkomstlogg.sql', '001_init.sql'], files);
    expect(result).toEqual({ adopt: [init] });
  });

  it("refuses an old runner's migration that has no file any more", () => {
    const error = failure(checkRecordedMigrations([], ['003_gone.sql'], files));
    expect(error.code).toBe('MIGRATION_MISSING');
    expect(error.message).toContain('003_gone.sql');
  });
});
