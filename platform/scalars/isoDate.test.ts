import { describe, expect, it } from 'vitest';
import { isIsoDate, isIsoDateTime, parseIsoDate, todayInSweden } from './isoDate.js';

describe('ISO dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2026-11-23')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(() => parseIsoDate('2026-02-30', 'input.handelsedatum')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ reason: 'DATE_INVALID', field: 'input.handelsedatum' }) }),
    );
  });

  it('accepts instants with an offset only', () => {
    expect(isIsoDateTime('2026-11-23T08:30:00Z')).toBe(true);
    expect(isIsoDateTime('2026-11-23T08:30:00.123+01:00')).toBe(true);
    expect(isIsoDateTime('2026-11-23T08:30:00')).toBe(false);
    expect(isIsoDateTime('2026-11-23T25:30:00Z')).toBe(false);
  });

  it("gives today's date in Sweden, not in UTC", () => {
    expect(todayInSweden(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  });

  it('turns the date at Swedish midnight, to the minute, in winter and in summer time', () => {
    expect(todayInSweden(new Date('2026-11-22T22:59:59.999Z'))).toBe('2026-11-22');
    expect(todayInSweden(new Date('2026-11-22T23:00:00.000Z'))).toBe('2026-11-23');
    expect(todayInSweden(new Date('2026-11-22T23:00:59.000Z'))).toBe('2026-11-23');
    expect(todayInSweden(new Date('2026-06-30T21:59:30Z'))).toBe('2026-06-30');
    expect(todayInSweden(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
    expect(todayInSweden(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
  });
});
