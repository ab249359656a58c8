// Free-text fields of närområdesplaner and NOSAM meetings: trimmed (NFC), non-empty, bounded,
// and, where the text may describe events, without personnummer.
import { badUserInput } from '../../common/errors/samsynError.js';
import { containsPersonnummer } from '../../common/identifiers/containsPersonnummer.js';

export function parseText(value: string, field: string, options: { maxLength: number; refusePersonnummer?: boolean }): string {
  const text = value.normalize('NFC').trim();
  if (text.length === 0) throw badUserInput('TEXT_EMPTY', field, `"${field}" must not be empty.`);
  if ([...text].length > options.maxLength) throw badUserInput('TEXT_TOO_LONG', field, `"${field}" can be at most ${options.maxLength} characters.`);
  if (options.refusePersonnummer && containsPersonnummer(text)) {
    throw badUserInput(
      'TEXT_CONTAINS_PERSONNUMMER',
      field,
      `"${field}" seems to contain a personnummer or samordningsnummer. NOSAM records are about the collaboration, not about patients: remove it.`,
    );
  }
  return text;
}

/** The ISO date one day before `date` (both `YYYY-MM-DD`). */
export function dayBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}
