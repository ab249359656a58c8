import { describe, expect, it } from 'vitest';
import { arGiltigtDatum, lokaltDatum, manaderIPeriod, periodfel, standardperiod } from './period.js';

describe('standardperiod', () => {
  it('is the last twelve full months before today', () => {
    expect(standardperiod('2026-11-30')).toEqual({ fran: '2025-11-01', till: '2026-10-31' });
  });

  it('crosses the turn of the year in January and ends on the last day of February in a leap year', () => {
    expect(standardperiod('2026-01-15')).toEqual({ fran: '2025-01-01', till: '2025-12-31' });
    expect(standardperiod('2024-03-01')).toEqual({ fran: '2023-03-01', till: '2024-02-29' });
  });
});

describe('periodfel', () => {
  it('accepts a valid period', () => {
    expect(periodfel('2025-11-01', '2026-10-31')).toBeNull();
    expect(periodfel('2026-05-05', '2026-05-05')).toBeNull();
  });

  it('refuses dates that do not exist or are not written YYYY-MM-DD', () => {
    expect(periodfel('2026-02-30', '2026-03-31')).toMatch(/Från/);
    expect(periodfel('2026-01-01', '31/12/2026')).toMatch(/Till/);
    expect(arGiltigtDatum('2024-02-29')).toBe(true);
    expect(arGiltigtDatum('2100-02-29')).toBe(false);
  });

  it('refuses an end before the start', () => {
    expect(periodfel('2026-10-31', '2026-10-01')).toBe('Från måste vara samma dag som Till eller tidigare.');
  });

  it('allows up to the day before the same date five years later, as the server does', () => {
    expect(periodfel('2020-01-01', '2024-12-31')).toBeNull();
    expect(periodfel('2020-01-01', '2025-01-01')).toBe('Perioden får vara högst 5 år.');
    // 29 February five years on is 1 March.
    expect(periodfel('2024-02-29', '2029-02-28')).toBeNull();
    expect(periodfel('2024-02-29', '2029-03-01')).not.toBeNull();
  });
});

describe('manaderIPeriod', () => {
  it('lists every calendar month the period touches', () => {
    expect(manaderIPeriod({ fran: '2025-11-15', till: '2026-02-01' }, '2026-11-30')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('stops at the current month, so months that have not happened are not drawn as 0', () => {
    expect(manaderIPeriod({ fran: '2026-09-01', till: '2026-12-31' }, '2026-11-30')).toEqual(['2026-09', '2026-10', '2026-11']);
  });
});

describe('lokaltDatum', () => {
  it('uses the local calendar day', () => {
    expect(lokaltDatum(new Date(2026, 10, 30, 23, 59))).toBe('2026-11-30');
  });
});
