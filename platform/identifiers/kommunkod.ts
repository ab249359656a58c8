// Kommunkod (SCB): four digits; Västra Götaland's run from 1401 to 1499.
import { badUserInput } from '../errors/samsynError.js';

export function isVastraGotalandKommunkod(value: string): boolean {
  if (!/^\d{4}$/.test(value)) return false;
  const code = Number(value);
  return code >= 1401 && code <= 1499;
}

export function parseKommunkod(value: string, field: string): string {
  if (!isVastraGotalandKommunkod(value)) {
    throw badUserInput('KOMMUNKOD_INVALID', field, `"${field}" must be a Västra Götaland kommunkod: four digits from 1401 to 1499.`);
  }
  return value;
}
