import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../platform/config/environment.js';
import { seedReferenceDate } from './referenceDate.js';

describe('seedReferenceDate', () => {
  it('is yesterday in Sweden, also in the hour after midnight Swedish time', () => {
    expect(seedReferenceDate({}, new Date('2026-12-07T09:00:00Z'))).toBe('2026-12-06');
    // 23:30Z on 6 December is 00:30 on 7 December in Stockholm.
    expect(seedReferenceDate({}, new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-06');
    expect(seedReferenceDate({}, new Date('2027-01-01T10:00:00Z'))).toBe('2026-12-31');
  });

  it('is the date SAMSYN_SEED_DATE pins', () => {
    expect(seedReferenceDate({ SAMSYN_SEED_DATE: '2026-11-01' }, new Date('2030-01-01T00:00:00Z'))).toBe('2026-11-01');
  });

  it('refuses a SAMSYN_SEED_DATE after yesterday: that world would hold events still to come', () => {
    const now = new Date('2026-12-07T09:00:00Z');
    expect(seedReferenceDate({ SAMSYN_SEED_DATE: '2026-12-06' }, now)).toBe('2026-12-06');
    expect(() => seedReferenceDate({ SAMSYN_SEED_DATE: '2026-12-07' }, now)).toThrow(/yesterday \(2026-12-06\) or earlier, got "2026-12-07"/);
  });

  it('refuses a SAMSYN_SEED_DATE that is not a calendar date', () => {
    expect(() => seedReferenceDate({ SAMSYN_SEED_DATE: '2026-02-30' })).toThrow(ConfigurationError);
    expect(() => seedReferenceDate({ SAMSYN_SEED_DATE: 'igår' })).toThrow(/YYYY-MM-DD/);
  });
});
