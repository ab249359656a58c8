// The rules a new avvikelse report must meet, checked before anything is read
// or written: each failure is a BAD_USER_INPUT with a stable reason and the
// path of the input field. `checkHuvudmanInNaromrade` runs once the närområde is known.
import { badUserInput } from '../../../platform/errors/samsynError.js';
import { parseHsaId } from '../../../platform/identifiers/hsaId.js';
import { parseHuvudmanId, regionHuvudman } from '../../../platform/identifiers/huvudman.js';
import { parsePatientId } from '../../../platform/identifiers/patientId.js';
import { parseFreeText } from '../../../platform/input/freeText.js';
import { isIsoDate, parseIsoDate } from '../../../platform/scalars/isoDate.js';
import type { AvvikelseKategori, RapporteraAvvikelseInput } from '../generated/resolvers.js';

export const maxBeskrivningLength = 4000;
/** How far back an event may lie; older ones belong in the yearly follow-up, not a new report. */
export const maxYearsBack = 5;

export const klientnyckelPattern = /^[A-Za-z0-9_-]{8,100}$/;

/** A report that passed validation, normalised (trimmed, NFC) so equal content compares equal. */
export interface ValidAvvikelseRapport {
  klientnyckel: string;
  kategori: AvvikelseKategori;
  handelsedatum: string;
  rapporterandeHuvudman: string;
  rapporterandeEnhetHsaId: string;
  mottagandeHuvudman: string;
  /** The receiving unit, when the reporter knew it. */
  mottagandeEnhetHsaId: string | null;
  naromradeId: string;
  beskrivning: string;
  personnummer: string | null;
}

export function validateRapporteraAvvikelse(input: RapporteraAvvikelseInput, today: string): ValidAvvikelseRapport {
  if (!klientnyckelPattern.test(input.klientnyckel)) {
    throw badUserInput('CLIENT_KEY_INVALID', 'input.klientnyckel', '"input.klientnyckel" must be 8–100 letters, digits, "-" or "_" (a UUID will do).');
  }

  const handelsedatum = parseIsoDate(input.handelsedatum, 'input.handelsedatum');
  if (handelsedatum > today) {
    throw badUserInput('DATE_IN_FUTURE', 'input.handelsedatum', '"input.handelsedatum" cannot be in the future.');
  }
  if (handelsedatum < yearsBefore(today, maxYearsBack)) {
    throw badUserInput('DATE_INVALID', 'input.handelsedatum', `"input.handelsedatum" cannot be more than ${maxYearsBack} years back.`);
  }

  const rapporterandeHuvudman = parseHuvudmanId(input.rapporterandeHuvudman, 'input.rapporterandeHuvudman');
  const mottagandeHuvudman = parseHuvudmanId(input.mottagandeHuvudman, 'input.mottagandeHuvudman');
  if (rapporterandeHuvudman === mottagandeHuvudman) {
    throw badUserInput('SAME_HUVUDMAN', 'input.mottagandeHuvudman', 'An avvikelse i samverkan concerns another huvudman: "input.mottagandeHuvudman" must differ from "input.rapporterandeHuvudman".');
  }

  const rapporterandeEnhetHsaId = parseHsaId(input.rapporterandeEnhetHsaId, 'input.rapporterandeEnhetHsaId');
  const mottagandeEnhetHsaId = input.mottagandeEnhetHsaId == null ? null : parseHsaId(input.mottagandeEnhetHsaId, 'input.mottagandeEnhetHsaId');

  const beskrivning = parseFreeText(input.beskrivning, 'input.beskrivning', {
    maxLength: maxBeskrivningLength,
    refusePersonnummer: true,
    emptyMessage: '"input.beskrivning" must say what happened.',
    personnummerAdvice: '. Describe what happened, not who: remove it and give the patient in "input.patientId" instead (access-controlled).',
  });

  const personnummer = input.patientId == null ? null : parsePatientId(input.patientId, 'input.patientId');

  return {
    klientnyckel: input.klientnyckel,
    kategori: input.kategori,
    handelsedatum,
    rapporterandeHuvudman,
    rapporterandeEnhetHsaId,
    mottagandeHuvudman,
    mottagandeEnhetHsaId,
    naromradeId: input.naromradeId,
    beskrivning,
    personnummer,
  };
}

/** A kommun named as either huvudman must be the kommun the närområde lies in. */
export function checkHuvudmanInNaromrade(rapport: ValidAvvikelseRapport, naromradeKommunkod: string): void {
  const fields = [
    ['rapporterandeHuvudman', rapport.rapporterandeHuvudman],
    ['mottagandeHuvudman', rapport.mottagandeHuvudman],
  ] as const;
  for (const [field, huvudman] of fields) {
    if (huvudman !== regionHuvudman && huvudman !== naromradeKommunkod) {
      throw badUserInput(
        'HUVUDMAN_NOT_IN_NAROMRADE',
        `input.${field}`,
        `"input.${field}" names kommun ${huvudman}, but närområde "${rapport.naromradeId}" lies in kommun ${naromradeKommunkod}.`,
      );
    }
  }
}

/** The same calendar day `years` earlier; 29 February becomes 28 February. */
export function yearsBefore(date: string, years: number): string {
  const earlier = `${String(Number(date.slice(0, 4)) - years).padStart(4, '0')}${date.slice(4)}`;
  return isIsoDate(earlier) ? earlier : `${earlier.slice(0, 8)}28`;
}
