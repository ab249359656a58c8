import { describe, expect, it } from 'vitest';
import { createRandom, hashSeed } from './random.js';

describe('createRandom', () => {
  it('draws the same sequence for the same stream name, and another for another name', () => {
    const draw = (name: string): number[] => {
      const random = createRandom(name);
      return Array.from({ length: 20 }, () => random.next());
    };
    expect(draw('boenden')).toEqual(draw('boenden'));
    expect(draw('boenden')).not.toEqual(draw('avvikelser'));
  });

  it('keeps int() within both bounds and reaches each of them', () => {
    const random = createRandom('int');
    const values = new Set(Array.from({ length: 2_000 }, () => random.int(980, 999)));
    expect(Math.min(...values)).toBe(980);
    expect(Math.max(...values)).toBe(999);
    expect(values.size).toBe(20);
  });

  it('never picks a zero-weight entry and follows the weights', () => {
    const random = createRandom('weighted');
    const counts = { a: 0, b: 0, never: 0 };
    for (let index = 0; index < 10_000; index++) {
      counts[random.weighted([['a', 3], ['b', 1], ['never', 0]] as const)]++;
    }
    expect(counts.never).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.6);
    expect(counts.a / counts.b).toBeLessThan(3.4);
  });

  it('shuffles into a permutation without touching the input', () => {
    const input = Array.from({ length: 50 }, (_, index) => index);
    const shuffled = createRandom('shuffle').shuffle(input);
    expect(input).toEqual(Array.from({ length: 50 }, (_, index) => index));
    expect([...shuffled].sort((a, b) => a - b)).toEqual(input);
    expect(shuffled).not.toEqual(input);
  });

  it('refuses to pick from nothing', () => {
    expect(() => createRandom('empty').pick([])).toThrow(/empty/);
  });

  it('hashes stream names to stable unsigned 32-bit seeds', () => {
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect(hashSeed('a')).toBe(0xe40c292c);
  });
});
