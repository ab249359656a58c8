// Personnummer and samordningsnummer, the `Patient.id` of the federation:
// twelve digits on the wire, date and check digit validated by the maintained
// `personnummer` library wherever one enters.
import personnummerModule from 'personnummer';
import { badUserInput } from '../errors/samsynError.js';

// The package is CommonJS (`module.exports = Personnummer`) while its types
// declare an ES default export; the default import is the class at run time
// (Node, and esbuild for the web app) but typed differently per module
// resolution, so it is typed here by the one method used.
const Personnummer = personnummerModule as unknown as {
  valid(value: string, options: { allowCoordinationNumber: boolean; allowInterimNumber: boolean }): boolean;
};

const twelveDigits = /^\d{12}$/;

export type PatientIdProblem = 'PERSONNUMMER_FORMAT' | 'PERSONNUMMER_INVALID';

/** Why `value` is not a valid personnummer/samordningsnummer, or null when it is. */
export function patientIdProblem(value: string): PatientIdProblem | null {
  if (!twelveDigits.test(value)) return 'PERSONNUMMER_FORMAT';
  // The library also accepts 10-digit and separated forms; the format check above
  // keeps the wire format to exactly twelve digits.
  return Personnummer.valid(value, { allowCoordinationNumber: true, allowInterimNumber: false })
    ? null
    : 'PERSONNUMMER_INVALID';
}

/**
 * True when `value` is a valid personnummer or samordningsnummer in any of its
 * written forms: 10 or 12 digits, with or without `-` or `+` before the last
 * four. For finding numbers in free text (containsPersonnummer.ts); an API
 * field still takes only the twelve-digit wire format (`patientIdProblem`).
 */
export function isPersonnummerInAnyForm(value: string): boolean {
  return Personnummer.valid(value, { allowCoordinationNumber: true, allowInterimNumber: false });
}

/** Returns the value when valid, else throws BAD_USER_INPUT. Never echoes the value. */
export function parsePatientId(value: string, field: string): string {
  const problem = patientIdProblem(value);
  if (problem === 'PERSONNUMMER_FORMAT') {
    throw badUserInput(problem, field, `"${field}" must be a personnummer or samordningsnummer of exactly 12 digits (YYYYMMDDNNNC), without separator.`);
  }
  if (problem === 'PERSONNUMMER_INVALID') {
    throw badUserInput(problem, field, `"${field}" is not a valid personnummer or samordningsnummer: the date or the check digit is wrong.`);
  }
  return value;
}
