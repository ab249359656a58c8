import { describe, expect, it } from 'vitest';
import { apportion } from './apportion.js';

describe('apportion', () => {
  it('hits the total exactly and stays within one of the exact share', () => {
    const weights = [600, 115, 70, 5, 5.6, 13];
    const counts = apportion(1_500, weights);
    const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(1_500);
    counts.forEach((count, index) => expect(Math.abs(count - (1_500 * weights[index]!) / weightSum)).toBeLessThan(1));
  });

  it('gives nothing when there is nothing to weigh', () => {
    expect(apportion(10, [])).toEqual([]);
    expect(apportion(10, [0, 0])).toEqual([0, 0]);
  });
});
