// Free text of närområdesplaner and NOSAM meetings (freeText.ts), and the plans' date arithmetic.
import type { FreeTextRule } from '../../../platform/input/freeText.js';

/** The rule for text about the collaboration: never a patient's number. */
export function naromradeText(maxLength: number): FreeTextRule {
  return { maxLength, refusePersonnummer: true, personnummerAdvice: '. NOSAM records are about the collaboration, not about patients: remove it.' };
}

/** The ISO date one day before `date` (both `YYYY-MM-DD`). */
export function dayBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}
