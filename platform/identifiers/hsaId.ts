// HSA-id: `SE` + a 10-digit organisationsnummer + `-` + an opaque suffix of
// letters and digits, at most 31 characters in all.
import { badUserInput } from '../errors/samsynError.js';

const hsaIdPattern = /^SE\d{10}-[A-Za-z0-9]+$/;

export function isHsaId(value: string): boolean {
  return value.length <= 31 && hsaIdPattern.test(value);
}

export function parseHsaId(value: string, field: string): string {
  if (!isHsaId(value)) {
    throw badUserInput('HSA_ID_INVALID', field, `"${field}" must be an HSA-id: SE, a 10-digit organisationsnummer, "-" and letters or digits, at most 31 characters.`);
  }
  return value;
}
