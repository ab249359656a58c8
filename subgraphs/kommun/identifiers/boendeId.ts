// Boende ids are opaque stable tokens (e.g. `boende-1480-0001`); anything
// else is refused before it reaches SQL.
import { badUserInput } from '../../../platform/errors/samsynError.js';

const boendeIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

export function isBoendeId(value: string): boolean {
  return boendeIdPattern.test(value);
}

export function parseBoendeId(value: string, field: string): string {
  if (!isBoendeId(value)) {
    throw badUserInput('ID_INVALID', field, `"${field}" must be a boende id: letters, digits, "-" or "_", at most 100 characters, e.g. "boende-1480-0001".`);
  }
  return value;
}
