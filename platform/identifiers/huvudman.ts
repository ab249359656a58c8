// A huvudman is the region (`VGR`) or one kommun (its kommunkod): the unit of
// data ownership and of the access rules.
import { badUserInput } from '../errors/samsynError.js';
import { isVastraGotalandKommunkod } from './kommunkod.js';

export const regionHuvudman = 'VGR';

export function isHuvudmanId(value: string): boolean {
  return value === regionHuvudman || isVastraGotalandKommunkod(value);
}

export function parseHuvudmanId(value: string, field: string): string {
  if (!isHuvudmanId(value)) {
    throw badUserInput('HUVUDMAN_INVALID', field, `"${field}" must be "VGR" or a Västra Götaland kommunkod (1401–1499).`);
  }
  return value;
}
