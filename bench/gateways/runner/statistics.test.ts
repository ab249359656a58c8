import { describe, expect, it } from 'vitest';
import { latencyPercentiles, median, minMax, percentile } from './statistics.js';

describe('percentile', () => {
  it('takes the nearest rank of the sorted values', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.95)).toBe(95);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile(values, 1)).toBe(100);
    expect(percentile(values, 0)).toBe(1);
  });

  it('handles one value and none', () => {
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('rounds the rank up, so a p99 of 10 values is the largest', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.99)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5)).toBe(5);
  });

  it('refuses a q outside 0…1', () => {
    expect(() => percentile([1], 1.5)).toThrow();
  });
});

describe('latencyPercentiles', () => {
  it('gives p50, p95 and p99 of every latency, sorted numerically', () => {
    const latencies = [...Array.from({ length: 1000 }, (_, i) => (i + 1) / 10)].reverse();
    expect(latencyPercentiles(latencies)).toEqual({ p50: 50, p95: 95, p99: 99 });
    expect(latencyPercentiles([9, 10, 100])).toEqual({ p50: 10, p95: 100, p99: 100 });
  });
});

describe('median and minMax', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
    expect(median([Number.NaN, 5])).toBe(5);
  });

  it('gives the range', () => {
    expect(minMax([3, 1, 2])).toEqual({ min: 1, max: 3 });
    expect(minMax([])).toEqual({ min: Number.NaN, max: Number.NaN });
  });
});
