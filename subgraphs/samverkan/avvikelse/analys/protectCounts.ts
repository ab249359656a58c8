// Disclosure protection for the avvikelse analysis (SECURITY-NOTES §6): a count
// from 1 to threshold − 1 is withheld, every other count — cells and totals
// alike — is rounded to the nearest multiple of the threshold (halves up; 0
// stays 0). Every value shown is then a multiple of the threshold, and so is
// any sum or difference of shown values, while a withheld count never is: a
// withheld cell cannot be recovered by subtracting shown cells from a total.
// Plain suppressSmallCount (common/suppression) shows exact values and would
// leak a lone withheld cell through its margin.
import type { Antal } from '../../../common/suppression/suppressSmallCount.js';

export const skyddsmetod = (threshold: number): string =>
  `Counts from 1 to ${threshold - 1} are withheld; every other count (cells and totals) is rounded to the nearest multiple of ${threshold} (halves up, 0 stays 0). ` +
  'Shown values are therefore approximate and need not add up; a withheld cell cannot be recovered by subtracting shown cells from a total.';

export function protectCount(value: number, threshold: number): Antal {
  if (!Number.isInteger(value) || value < 0) throw new Error(`A count must be a whole number of at least 0, got ${value}`);
  if (!Number.isInteger(threshold) || threshold < 1) throw new Error(`The threshold must be a whole number of at least 1, got ${threshold}`);
  if (value === 0) return { varde: 0, undertryckt: false };
  if (value < threshold) return { varde: null, undertryckt: true };
  return { varde: roundToMultiple(value, threshold), undertryckt: false };
}

/** Nearest multiple of `base`, halves up; integer arithmetic only. */
function roundToMultiple(value: number, base: number): number {
  const below = value - (value % base);
  return 2 * (value - below) >= base ? below + base : below;
}

/** A figure that rests on `underlying` avvikelser: shown only when at least `threshold` do. */
export function withheldBelow<T>(underlying: number, threshold: number, value: T | null): T | null {
  return underlying >= threshold ? value : null;
}

/** Days to one decimal, a share to two (the values are never negative, so Math.round's halves-up is half away from zero). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
