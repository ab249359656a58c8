import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { AvvikelseanalysInput } from '../../generated/resolvers.js';
import { analysReasons, parseAvvikelseanalysInput, previousPeriod } from './parseAvvikelseanalysInput.js';

const lans: AvvikelseanalysInput = { niva: 'LANSGEMENSAM', fran: '2026-01-01', till: '2026-03-31', gruppera: [] };

function failure(input: AvvikelseanalysInput): GraphQLError {
  try {
    parseAvvikelseanalysInput(input);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected BAD_USER_INPUT');
}

function expectFailure(input: AvvikelseanalysInput, reason: string, field: string) {
  expect(failure(input).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
}

describe('parseAvvikelseanalysInput', () => {
  it('accepts each level with its area', () => {
    expect(parseAvvikelseanalysInput(lans)).toEqual({
      niva: 'LANSGEMENSAM',
      omradeId: null,
      period: { fran: '2026-01-01', till: '2026-03-31' },
      foregaendePeriod: null,
      gruppera: [],
    });
    expect(parseAvvikelseanalysInput({ ...lans, niva: 'LOKAL', omradeId: '1480-angered' }).omradeId).toBe('1480-angered');
    expect(parseAvvikelseanalysInput({ ...lans, niva: 'DELREGIONAL', omradeId: 'sodra-alvsborg' }).omradeId).toBe('sodra-alvsborg');
    // A well-formed but unknown area is not an error: the analysis is simply empty.
    expect(parseAvvikelseanalysInput({ ...lans, niva: 'LOKAL', omradeId: '1499-finns-inte' }).omradeId).toBe('1499-finns-inte');
  });

  it('needs an area for LOKAL and DELREGIONAL and refuses one for LANSGEMENSAM', () => {
    expectFailure({ ...lans, niva: 'LOKAL' }, analysReasons.omradeConflict, 'input.omradeId');
    expectFailure({ ...lans, niva: 'LOKAL', omradeId: null }, analysReasons.omradeConflict, 'input.omradeId');
    expectFailure({ ...lans, niva: 'DELREGIONAL' }, analysReasons.omradeConflict, 'input.omradeId');
    expectFailure({ ...lans, omradeId: 'goteborgsomradet' }, analysReasons.omradeConflict, 'input.omradeId');
  });

  it('checks the form of the area id for the level', () => {
    expectFailure({ ...lans, niva: 'LOKAL', omradeId: 'goteborgsomradet' }, analysReasons.omradeMalformed, 'input.omradeId');
    expectFailure({ ...lans, niva: 'LOKAL', omradeId: '0180-stockholm' }, analysReasons.omradeMalformed, 'input.omradeId');
    expectFailure({ ...lans, niva: 'DELREGIONAL', omradeId: "x'; DROP TABLE avvikelse; --" }, analysReasons.omradeMalformed, 'input.omradeId');
    expectFailure({ ...lans, niva: 'DELREGIONAL', omradeId: 'a'.repeat(101) }, analysReasons.omradeMalformed, 'input.omradeId');
    expectFailure({ ...lans, niva: 'DELREGIONAL', omradeId: '' }, analysReasons.omradeMalformed, 'input.omradeId');
  });

  it('needs real dates with fran on or before till', () => {
    expectFailure({ ...lans, fran: '2026-02-30' }, 'DATE_INVALID', 'input.fran');
    expectFailure({ ...lans, till: '2026-3-31' }, 'DATE_INVALID', 'input.till');
    expectFailure({ ...lans, fran: '2026-04-01' }, 'DATE_RANGE_INVALID', 'input.till');
    expect(parseAvvikelseanalysInput({ ...lans, fran: '2026-03-31' }).period).toEqual({ fran: '2026-03-31', till: '2026-03-31' });
  });

  it('allows at most five years', () => {
    expect(parseAvvikelseanalysInput({ ...lans, fran: '2021-01-01', till: '2025-12-31' }).period.till).toBe('2025-12-31');
    expectFailure({ ...lans, fran: '2021-01-01', till: '2026-01-01' }, analysReasons.dateRange, 'input.till');
    // From a leap day: five years on is 1 March, so the last day allowed is 28 February.
    expect(parseAvvikelseanalysInput({ ...lans, fran: '2024-02-29', till: '2029-02-28' }).period.till).toBe('2029-02-28');
    expectFailure({ ...lans, fran: '2024-02-29', till: '2029-03-01' }, analysReasons.dateRange, 'input.till');
  });

  it('refuses a dimension listed twice and keeps the order given', () => {
    expectFailure({ ...lans, gruppera: ['KATEGORI', 'MANAD', 'KATEGORI'] }, analysReasons.duplicateDimension, 'input.gruppera[2]');
    expect(parseAvvikelseanalysInput({ ...lans, gruppera: ['RIKTNING', 'MANAD'] }).gruppera).toEqual(['RIKTNING', 'MANAD']);
    expect(parseAvvikelseanalysInput({ niva: 'LANSGEMENSAM', fran: '2026-01-01', till: '2026-01-31' }).gruppera).toEqual([]);
  });

  it('derives the previous period only when asked for', () => {
    expect(parseAvvikelseanalysInput({ ...lans, jamforMedForegaendePeriod: false }).foregaendePeriod).toBeNull();
    expect(parseAvvikelseanalysInput({ ...lans, jamforMedForegaendePeriod: null }).foregaendePeriod).toBeNull();
    // 90 days (Jan–Mar 2026) → the 90 days ending 31 December 2025.
    expect(parseAvvikelseanalysInput({ ...lans, jamforMedForegaendePeriod: true }).foregaendePeriod).toEqual({
      fran: '2025-10-03',
      till: '2025-12-31',
    });
  });
});

describe('previousPeriod', () => {
  it('is the previous calendar year for a calendar year, leap years or not', () => {
    expect(previousPeriod({ fran: '2025-01-01', till: '2025-12-31' })).toEqual({ fran: '2024-01-01', till: '2024-12-31' });
    expect(previousPeriod({ fran: '2024-01-01', till: '2024-12-31' })).toEqual({ fran: '2023-01-01', till: '2023-12-31' });
  });

  it('is the previous calendar half-year for a calendar half-year', () => {
    expect(previousPeriod({ fran: '2026-01-01', till: '2026-06-30' })).toEqual({ fran: '2025-07-01', till: '2025-12-31' });
    expect(previousPeriod({ fran: '2025-07-01', till: '2025-12-31' })).toEqual({ fran: '2025-01-01', till: '2025-06-30' });
  });

  it('is as many days, ending the day before, for any other period', () => {
    expect(previousPeriod({ fran: '2026-03-01', till: '2026-03-01' })).toEqual({ fran: '2026-02-28', till: '2026-02-28' });
    expect(previousPeriod({ fran: '2026-03-01', till: '2026-03-31' })).toEqual({ fran: '2026-01-29', till: '2026-02-28' });
    // Not calendar-aligned, or spanning years: days, as before.
    expect(previousPeriod({ fran: '2025-07-01', till: '2026-06-30' })).toEqual({ fran: '2024-07-01', till: '2025-06-30' });
    expect(previousPeriod({ fran: '2024-01-01', till: '2025-12-31' })).toEqual({ fran: '2021-12-31', till: '2023-12-31' });
    expect(previousPeriod({ fran: '2026-01-02', till: '2026-06-30' })).toEqual({ fran: '2025-07-06', till: '2026-01-01' });
  });
});
