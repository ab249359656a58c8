import { describe, expect, it } from 'vitest';
import { protectCount, roundTo, skyddsmetod, withheldBelow } from './protectCounts.js';

describe('protectCount', () => {
  it('keeps 0, withholds 1–4 and rounds the rest to a multiple of 5 (the brief’s examples)', () => {
    expect(protectCount(0, 5)).toEqual({ varde: 0, undertryckt: false });
    for (const small of [1, 2, 3, 4]) expect(protectCount(small, 5)).toEqual({ varde: null, undertryckt: true });
    expect(protectCount(5, 5)).toEqual({ varde: 5, undertryckt: false });
    expect(protectCount(7, 5)).toEqual({ varde: 5, undertryckt: false });
    expect(protectCount(8, 5)).toEqual({ varde: 10, undertryckt: false });
    expect(protectCount(12, 5)).toEqual({ varde: 10, undertryckt: false });
    expect(protectCount(13, 5)).toEqual({ varde: 15, undertryckt: false });
    expect(protectCount(1_000_002, 5)).toEqual({ varde: 1_000_000, undertryckt: false });
  });

  it('rounds halves up for an even threshold', () => {
    expect(protectCount(6, 4)).toEqual({ varde: 8, undertryckt: false });
    expect(protectCount(5, 4)).toEqual({ varde: 4, undertryckt: false });
    expect(protectCount(15, 10)).toEqual({ varde: 20, undertryckt: false });
    expect(protectCount(14, 10)).toEqual({ varde: 10, undertryckt: false });
  });

  it('with threshold 1 shows every count exactly', () => {
    for (let value = 0; value <= 50; value++) expect(protectCount(value, 1)).toEqual({ varde: value, undertryckt: false });
  });

  it('for every threshold 1–12 and count 0–500: withheld exactly for 1…t−1, else a multiple of t within t/2 and never below t', () => {
    for (let threshold = 1; threshold <= 12; threshold++) {
      for (let value = 0; value <= 500; value++) {
        const antal = protectCount(value, threshold);
        if (value >= 1 && value < threshold) {
          expect(antal).toEqual({ varde: null, undertryckt: true });
          continue;
        }
        expect(antal.undertryckt).toBe(false);
        const shown = antal.varde!;
        expect(shown % threshold).toBe(0);
        expect(Math.abs(shown - value) * 2).toBeLessThanOrEqual(threshold);
        // Halves go up: a tie is never resolved downwards.
        if (Math.abs(shown - value) * 2 === threshold) expect(shown).toBeGreaterThan(value);
        if (value > 0) expect(shown).toBeGreaterThanOrEqual(threshold);
        else expect(shown).toBe(0);
      }
    }
  });

  it('is monotone: a larger count is never shown smaller', () => {
    for (const threshold of [2, 3, 5, 10]) {
      let previous = 0;
      for (let value = threshold; value <= 300; value++) {
        const shown = protectCount(value, threshold).varde!;
        expect(shown).toBeGreaterThanOrEqual(previous);
        previous = shown;
      }
    }
  });

  it('no sum or difference of shown values equals a withheld count', () => {
    // Every shown value is a multiple of the threshold, so any integer combination of them is too; a withheld count never is.
    const threshold = 5;
    const cells = [3, 7, 8, 1, 26];
    const total = cells.reduce((sum, value) => sum + value, 0);
    const shownCells = cells.map((value) => protectCount(value, threshold).varde).filter((value): value is number => value !== null);
    const shownTotal = protectCount(total, threshold).varde!;
    const residual = shownTotal - shownCells.reduce((sum, value) => sum + value, 0);
    expect(residual % threshold).toBe(0);
    for (const withheld of cells.filter((value) => value < threshold)) expect(residual).not.toBe(withheld);
  });

  it('refuses negative or fractional counts and thresholds below 1', () => {
    expect(() => protectCount(-1, 5)).toThrow();
    expect(() => protectCount(2.5, 5)).toThrow();
    expect(() => protectCount(3, 0)).toThrow();
    expect(() => protectCount(3, 2.5)).toThrow();
  });
});

describe('withheldBelow and roundTo', () => {
  it('shows a figure only when at least threshold avvikelser underlie it', () => {
    expect(withheldBelow(4, 5, 12.5)).toBeNull();
    expect(withheldBelow(5, 5, 12.5)).toBe(12.5);
    expect(withheldBelow(0, 5, null)).toBeNull();
  });

  it('rounds days to one decimal and shares to two', () => {
    expect(roundTo(12.345, 1)).toBe(12.3);
    expect(roundTo(12.35001, 1)).toBe(12.4);
    expect(roundTo(2 / 3, 2)).toBe(0.67);
    expect(roundTo(0, 2)).toBe(0);
  });

  it('states the method with the threshold', () => {
    expect(skyddsmetod(5)).toContain('from 1 to 4 are withheld');
    expect(skyddsmetod(5)).toContain('nearest multiple of 5');
  });
});

describe('overdueShare', () => {
  it('withholds the share when the overdue or the on-time count is small, so no single avvikelse shows', async () => {
    const { overdueShare } = await import('./runAvvikelseanalys.js');
    expect(overdueShare(20, 1, 5, 0.05)).toBeNull();
    expect(overdueShare(20, 17, 5, 0.85)).toBeNull();
    expect(overdueShare(20, 0, 5, 0)).toBe(0);
    expect(overdueShare(20, 20, 5, 1)).toBe(1);
    expect(overdueShare(20, 5, 5, 0.25)).toBe(0.25);
    expect(overdueShare(4, 0, 5, 0)).toBeNull();
  });
});
