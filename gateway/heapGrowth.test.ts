import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../platform/config/environment.js';
import { defaultHeapGrowingPercent, readHeapGrowingPercent } from './heapGrowth.js';

describe('readHeapGrowingPercent', () => {
  it('is 100 when unset or empty', () => {
    expect(defaultHeapGrowingPercent).toBe(100);
    expect(readHeapGrowingPercent({})).toBe(100);
    expect(readHeapGrowingPercent({ GATEWAY_HEAP_GROWING_PERCENT: '' })).toBe(100);
  });

  it('reads a whole number from 0 (V8 decides) to 400', () => {
    expect(readHeapGrowingPercent({ GATEWAY_HEAP_GROWING_PERCENT: '0' })).toBe(0);
    expect(readHeapGrowingPercent({ GATEWAY_HEAP_GROWING_PERCENT: '50' })).toBe(50);
    expect(readHeapGrowingPercent({ GATEWAY_HEAP_GROWING_PERCENT: '400' })).toBe(400);
  });

  it('refuses anything else, naming the variable', () => {
    for (const raw of ['-1', '1.5', 'half', '401', ' 50']) {
      expect(() => readHeapGrowingPercent({ GATEWAY_HEAP_GROWING_PERCENT: raw })).toThrow(ConfigurationError);
      expect(() => readHeapGrowingPercent({ GATEWAY_HEAP_GROWING_PERCENT: raw })).toThrow(/GATEWAY_HEAP_GROWING_PERCENT must be a whole number/);
    }
  });
});
