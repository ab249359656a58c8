import { describe, it, expect } from 'vitest';
import { isInForce, planInForce } from './planInForce.js';

const plan = (version: number, giltigFran: string, giltigTill: string | null) => ({ version, giltigFran, giltigTill });

describe('isInForce', () => {
  it('includes the first and the last day', () => {
    expect(isInForce(plan(1, '2026-01-01', '2026-06-30'), '2026-01-01')).toBe(true);
    expect(isInForce(plan(1, '2026-01-01', '2026-06-30'), '2026-06-30')).toBe(true);
  });
  it('excludes days before the start and after the end', () => {
    expect(isInForce(plan(1, '2026-01-01', '2026-06-30'), '2025-12-31')).toBe(false);
    expect(isInForce(plan(1, '2026-01-01', '2026-06-30'), '2026-07-01')).toBe(false);
  });
  it('treats a missing end as open', () => {
    expect(isInForce(plan(2, '2026-07-01', null), '2099-01-01')).toBe(true);
  });
});

describe('planInForce', () => {
  const planer = [plan(3, '2027-01-01', null), plan(2, '2026-07-01', '2026-12-31'), plan(1, '2025-01-01', '2026-06-30')];
  it('picks the version in force today', () => {
    expect(planInForce(planer, '2026-11-23')?.version).toBe(2);
    expect(planInForce(planer, '2026-03-01')?.version).toBe(1);
    expect(planInForce(planer, '2027-02-01')?.version).toBe(3);
  });
  it('is null before the first plan (none adopted yet)', () => {
    expect(planInForce(planer, '2024-12-31')).toBeNull();
    expect(planInForce([], '2026-11-23')).toBeNull();
  });
  it('lets the highest version win when versions overlap', () => {
    expect(planInForce([plan(1, '2026-01-01', null), plan(2, '2026-06-01', null)], '2026-11-23')?.version).toBe(2);
  });
});
