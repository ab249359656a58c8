import { describe, expect, it } from 'vitest';
import { dagarMellan, dagISverige, manadText } from './datum.js';

describe('dagISverige', () => {
  it('uses the Swedish date, not UTC: 23:30 UTC on 30 November is already 1 December in Stockholm', () => {
    expect(dagISverige(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
    expect(dagISverige(new Date('2026-11-30T10:00:00Z'))).toBe('2026-11-30');
  });

  it('follows summer time (UTC+2): 22:30 UTC on 30 June is 1 July in Stockholm', () => {
    expect(dagISverige(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});

describe('dagarMellan', () => {
  it('counts calendar days across month and year ends and leap days', () => {
    expect(dagarMellan('2026-11-04', '2026-11-30')).toBe(26);
    expect(dagarMellan('2025-12-31', '2026-01-01')).toBe(1);
    expect(dagarMellan('2028-02-28', '2028-03-01')).toBe(2);
    expect(dagarMellan('2026-11-30', '2026-11-04')).toBe(-26);
  });

  it('is not thrown off by the change to summer time', () => {
    expect(dagarMellan('2026-03-28', '2026-03-30')).toBe(2);
  });
});

describe('manadText', () => {
  it('names the month in Swedish with its year', () => {
    expect(manadText('2026-09')).toBe('september 2026');
    expect(manadText('2027-01')).toBe('januari 2027');
  });
});
