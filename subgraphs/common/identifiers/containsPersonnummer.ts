// Finds personnummer and samordningsnummer in free text, so that a text meant
// for what happened (not who) can be refused before it is stored. A candidate
// is a run of 10 or 12 digits standing on its own (no digit or letter right
// before or after it, so HSA-ids and longer numbers are left alone), written
// with `-`, `+`, a space or nothing before the last four digits; it counts
// only when its date and check digit are valid. Dates (2026-11-23) and phone
// numbers written as such (010-123 45 67) never match the shape.
import { isPersonnummerInAnyForm } from './patientId.js';

const candidatePattern = /(?<![0-9A-Za-zÅÄÖåäö])(\d{8}|\d{6})([-+ ]?)(\d{4})(?![0-9A-Za-zÅÄÖåäö])/g;

/** True when `text` holds at least one valid personnummer or samordningsnummer. Never returns the number. */
export function containsPersonnummer(text: string): boolean {
  for (const match of text.matchAll(candidatePattern)) {
    const [, datePart, separator, lastFour] = match as unknown as [string, string, string, string];
    // The library reads `-` and `+` (100 years or older) itself; a space is written as `-`.
    const candidate = `${datePart}${separator === ' ' ? '-' : separator}${lastFour}`;
    if (isPersonnummerInAnyForm(candidate)) return true;
  }
  return false;
}
