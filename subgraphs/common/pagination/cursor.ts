// Opaque cursors for connections: the sort key of the last item, base64url
// JSON. Page sizes have a hard maximum so no client can ask for everything.
import { badUserInput } from '../../../platform/errors/samsynError.js';

export const maxPageSize = 100;

export function parsePageSize(first: number | null | undefined, field = 'first', fallback = 20, max = maxPageSize): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw badUserInput('PAGE_SIZE_INVALID', field, `"${field}" must be a whole number from 1 to ${max}.`);
  }
  return size;
}

export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** Decodes a cursor made by `encodeCursor` with `arity` values of the given kinds. */
export function decodeCursor(cursor: string, kinds: readonly ('string' | 'number')[], field = 'after'): (string | number)[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  if (!Array.isArray(values) || values.length !== kinds.length || values.some((value, index) => typeof value !== kinds[index])) {
    throw badUserInput('CURSOR_INVALID', field, `"${field}" is not a cursor this list returned; use pageInfo.endCursor from the previous page.`);
  }
  return values as (string | number)[];
}
