// Validates an avvikelseanalys request before any query: the level and its
// area, the period (händelsedatum, at most five years), the dimensions, and
// derives the previous period (the previous calendar half-year or year for one,
// otherwise as many days, ending the day before `fran`).
import { badUserInput } from '../../../../platform/errors/samsynError.js';
import type { BadUserInputReason } from '../../../../platform/errors/errorCodes.js';
import { isNaromradeId } from '../../../../platform/identifiers/naromradeId.js';
import { parseIsoDate } from '../../../../platform/scalars/isoDate.js';
import type { Analysniva, AvvikelseanalysInput, AvvikelseDimension } from '../../generated/resolvers.js';

export interface Period {
  /** First day, `YYYY-MM-DD`. */
  fran: string;
  /** Last day, inclusive. */
  till: string;
}

export interface Analysurval {
  niva: Analysniva;
  /** The närområde (LOKAL) or vårdsamverkansområde (DELREGIONAL); null for LANSGEMENSAM. */
  omradeId: string | null;
  period: Period;
  /** The period just before (see previousPeriod), when a comparison was asked for. */
  foregaendePeriod: Period | null;
  gruppera: readonly AvvikelseDimension[];
}

/** The longest period one analysis may cover. */
export const maxPeriodYears = 5;

/**
 * The reasons this validation answers with, in one place. A dimension listed
 * twice is a conflict within the input, like an area where the level takes none.
 */
export const analysReasons = {
  omradeMalformed: 'ID_INVALID',
  omradeConflict: 'FILTER_CONFLICT',
  dateRange: 'DATE_RANGE_INVALID',
  duplicateDimension: 'FILTER_CONFLICT',
} as const satisfies Record<string, BadUserInputReason>;

// The table's CHECK on vardsamverkansomrade.id, with the length every reference id has.
const vardsamverkansomradeIdPattern = /^[a-z0-9-]{1,100}$/;

export function parseAvvikelseanalysInput(input: AvvikelseanalysInput, field = 'input'): Analysurval {
  const omradeId = parseOmrade(input.niva, input.omradeId ?? null, field);

  const fran = parseIsoDate(input.fran, `${field}.fran`);
  const till = parseIsoDate(input.till, `${field}.till`);
  if (fran > till) {
    throw badUserInput(analysReasons.dateRange, `${field}.till`, `"${field}.till" must be on or after "${field}.fran".`);
  }
  if (dayNumber(till) >= dayNumber(addYears(fran, maxPeriodYears))) {
    throw badUserInput(
      analysReasons.dateRange,
      `${field}.till`,
      `The period may be at most ${maxPeriodYears} years: "${field}.till" must be before ${addYears(fran, maxPeriodYears)}.`,
    );
  }

  const gruppera = input.gruppera ?? [];
  const seen = new Set<AvvikelseDimension>();
  gruppera.forEach((dimension, index) => {
    if (seen.has(dimension)) {
      throw badUserInput(analysReasons.duplicateDimension, `${field}.gruppera[${index}]`, `"${field}.gruppera" lists ${dimension} more than once.`);
    }
    seen.add(dimension);
  });

  const period = { fran, till };
  const foregaendePeriod = input.jamforMedForegaendePeriod === true ? previousPeriod(period) : null;
  if (foregaendePeriod !== null && dayNumber(foregaendePeriod.fran) < dayNumber('0001-01-01')) {
    throw badUserInput(analysReasons.dateRange, `${field}.fran`, 'The previous period would start before year 1.');
  }
  return { niva: input.niva, omradeId, period, foregaendePeriod, gruppera: [...gruppera] };
}

function parseOmrade(niva: Analysniva, omradeId: string | null, field: string): string | null {
  const path = `${field}.omradeId`;
  switch (niva) {
    case 'LANSGEMENSAM':
      if (omradeId !== null) {
        throw badUserInput(analysReasons.omradeConflict, path, `LANSGEMENSAM covers all of Västra Götaland: leave "${path}" out.`);
      }
      return null;
    case 'LOKAL':
      if (omradeId === null) throw badUserInput(analysReasons.omradeConflict, path, `LOKAL needs "${path}": the närområde, e.g. "1480-angered".`);
      if (!isNaromradeId(omradeId)) {
        throw badUserInput(analysReasons.omradeMalformed, path, `"${path}" must be a närområde id: a Västra Götaland kommunkod, "-" and a name, e.g. "1480-angered".`);
      }
      return omradeId;
    case 'DELREGIONAL':
      if (omradeId === null) {
        throw badUserInput(analysReasons.omradeConflict, path, `DELREGIONAL needs "${path}": the vårdsamverkansområde, e.g. "goteborgsomradet".`);
      }
      if (!vardsamverkansomradeIdPattern.test(omradeId)) {
        throw badUserInput(analysReasons.omradeMalformed, path, `"${path}" must be a vårdsamverkansområde id: lower-case letters, digits and "-", e.g. "goteborgsomradet".`);
      }
      return omradeId;
  }
}

/**
 * The period to compare with: for a calendar year the year before, for a
 * calendar half-year (1 January–30 June, 1 July–31 December) the half-year
 * before; for any other period as many days, ending the day before it starts.
 */
export function previousPeriod(period: Period): Period {
  const year = Number(period.fran.slice(0, 4));
  const sameYear = period.till.slice(0, 4) === period.fran.slice(0, 4);
  const days = (monthDay: string) => period.fran.slice(5) === monthDay.slice(0, 5) && period.till.slice(5) === monthDay.slice(6);
  if (sameYear && days('01-01/12-31')) return { fran: `${pad4(year - 1)}-01-01`, till: `${pad4(year - 1)}-12-31` };
  if (sameYear && days('01-01/06-30')) return { fran: `${pad4(year - 1)}-07-01`, till: `${pad4(year - 1)}-12-31` };
  if (sameYear && days('07-01/12-31')) return { fran: `${pad4(year)}-01-01`, till: `${pad4(year)}-06-30` };
  const from = dayNumber(period.fran);
  const length = dayNumber(period.till) - from + 1;
  return { fran: fromDayNumber(from - length), till: fromDayNumber(from - 1) };
}

function pad4(year: number): string {
  return String(year).padStart(4, '0');
}

const millisecondsPerDay = 86_400_000;

/** Whole days since 1970-01-01 of a valid `YYYY-MM-DD` (setUTCFullYear, unlike Date.UTC, keeps years below 100). */
function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  return Math.round(instant.getTime() / millisecondsPerDay);
}

function fromDayNumber(days: number): string {
  const instant = new Date(days * millisecondsPerDay);
  const year = instant.getUTCFullYear();
  return `${String(year).padStart(4, '0')}-${String(instant.getUTCMonth() + 1).padStart(2, '0')}-${String(instant.getUTCDate()).padStart(2, '0')}`;
}

/** The same day `years` later; 29 February becomes 1 March in a common year. */
function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const instant = new Date(0);
  instant.setUTCFullYear(year + years, month - 1, day);
  return fromDayNumber(Math.round(instant.getTime() / millisecondsPerDay));
}
