// Why a migration run stopped a start. The code opens the message as well, because the start's failure is logged
// with the error's name and message only.

export const migrationErrorCodes = {
  /** An applied migration's file is no longer the text that was applied (sha256 differs). */
  MIGRATION_CHANGED: 'MIGRATION_CHANGED',
  /** The database records a migration as applied that has no file any more. */
  MIGRATION_MISSING: 'MIGRATION_MISSING',
  /** A pending migration failed; the whole run was rolled back. */
  MIGRATION_FAILED: 'MIGRATION_FAILED',
  /** Another process held the migration lock for longer than the runner waits. */
  MIGRATION_LOCK_TIMEOUT: 'MIGRATION_LOCK_TIMEOUT',
} as const;

export type MigrationErrorCode = keyof typeof migrationErrorCodes;

export class MigrationError extends Error {
  override name = 'MigrationError';

  constructor(
    readonly code: MigrationErrorCode,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${detail}`, options);
  }
}
