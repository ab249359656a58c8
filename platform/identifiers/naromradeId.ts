// Närområde ids are `<kommunkod>-<slug>` (e.g. `1480-angered`, samverkan's
// contract); the kommun reads the kommunkod from the id to know whose
// patients a närområde's counts are about.
import { isVastraGotalandKommunkod } from './kommunkod.js';

const naromradeIdPattern = /^(\d{4})-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const maxLength = 100;

/** The kommunkod of a well-formed närområde id, or null when the id is not one. */
export function kommunkodOfNaromrade(id: string): string | null {
  if (id.length > maxLength) return null;
  const match = naromradeIdPattern.exec(id);
  if (!match || !isVastraGotalandKommunkod(match[1]!)) return null;
  return match[1]!;
}

export function isNaromradeId(id: string): boolean {
  return kommunkodOfNaromrade(id) !== null;
}
