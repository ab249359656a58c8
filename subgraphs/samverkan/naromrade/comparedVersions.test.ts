import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { NaromradesplanRow } from '../rows.js';
import { comparedVersions } from './comparedVersions.js';

function plan(version: number, giltigFran: string, giltigTill: string | null): NaromradesplanRow {
  return { id: `plan-v${version}`, naromradeId: '1480-angered', version, giltigFran, giltigTill, faststalldDatum: giltigFran, faststalldAv: null, faststalldAvEnhet: null };
}

const planer = [plan(3, '2027-01-01', null), plan(2, '2026-01-01', '2026-12-31'), plan(1, '2025-01-01', '2025-12-31')];

function errorOf(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return { message: (error as GraphQLError).message, ...(error as GraphQLError).extensions };
  }
  throw new Error('expected an error');
}

describe('comparedVersions', () => {
  it('compares the versions asked for, in the order asked', () => {
    expect(comparedVersions(planer, 3, 1, '2026-06-01')).toMatchObject({ fran: { version: 3 }, till: { version: 1 } });
  });

  it('compares with the version in force by default, or with the latest when none is', () => {
    expect(comparedVersions(planer, 1, null, '2026-06-01')).toMatchObject({ fran: { version: 1 }, till: { version: 2 } });
    expect(comparedVersions(planer, 1, undefined, '2027-01-01')).toMatchObject({ till: { version: 3 } });
    expect(comparedVersions(planer, 1, null, '2024-06-01')).toMatchObject({ till: { version: 3 } });
  });

  it('refuses a version the plan does not have, naming the argument and the versions there are', () => {
    expect(errorOf(() => comparedVersions(planer, 7, null, '2026-06-01'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PLAN_VERSION_UNKNOWN',
      field: 'franVersion',
      message: '"franVersion": the närområdesplan has no version 7 (it has 1, 2, 3).',
    });
    expect(errorOf(() => comparedVersions(planer, 1, 0, '2026-06-01'))).toMatchObject({ reason: 'PLAN_VERSION_UNKNOWN', field: 'tillVersion' });
    expect(errorOf(() => comparedVersions([], 1, null, '2026-06-01'))).toMatchObject({ field: 'franVersion', message: '"franVersion": the närområde has no närområdesplan.' });
  });
});
