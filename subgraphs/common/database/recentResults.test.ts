import { describe, expect, it } from 'vitest';
import { createRecentResults } from './recentResults.js';

describe('createRecentResults', () => {
  it('loads once for concurrent and later callers within the time limit', async () => {
    let clock = 0;
    let loads = 0;
    const recent = createRecentResults<number>({ maxAgeMs: 1000, now: () => clock });
    const load = async () => ++loads;
    expect(await Promise.all([recent.get('a', load), recent.get('a', load)])).toEqual([1, 1]);
    clock = 999;
    expect(await recent.get('a', load)).toBe(1);
    expect(await recent.get('b', load)).toBe(2);
  });

  it('answers a stale value at once while one refresh runs, and loads first when it is too old', async () => {
    let clock = 0;
    let loads = 0;
    const recent = createRecentResults<number>({ maxAgeMs: 1000, now: () => clock });
    const load = async () => ++loads;
    await recent.get('a', load);
    clock = 1500;
    // Stale: the old value now, one refresh in the background for both callers.
    expect(await Promise.all([recent.get('a', load), recent.get('a', load)])).toEqual([1, 1]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loads).toBe(2);
    expect(await recent.get('a', load)).toBe(2);
    // Older than twice the limit: loaded before answering.
    clock = 1500 + 2000;
    expect(await recent.get('a', load)).toBe(3);
  });

  it('loads the keys it does not remember in one call', async () => {
    const calls: string[][] = [];
    const recent = createRecentResults<string[]>({ maxAgeMs: 1000, now: () => 0 });
    const loadMissing = async (missing: readonly string[]) => {
      calls.push([...missing]);
      return new Map(missing.filter((key) => key !== 'empty').map((key) => [key, [`${key}-row`]]));
    };
    expect(await recent.getMany(['a', 'b', 'a'], loadMissing, [])).toEqual([['a-row'], ['b-row'], ['a-row']]);
    expect(await recent.getMany(['b', 'c', 'empty'], loadMissing, [])).toEqual([['b-row'], ['c-row'], []]);
    expect(calls).toEqual([['a', 'b'], ['c', 'empty']]);
  });

  it('does not remember a failure', async () => {
    const recent = createRecentResults<string>({ maxAgeMs: 1000, now: () => 0 });
    await expect(recent.get('a', () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(await recent.get('a', async () => 'ok')).toBe('ok');
  });

  it('forgets everything on clear(), and keeps nothing a refresh begun before it read', async () => {
    let clock = 0;
    let loads = 0;
    const recent = createRecentResults<string>({ maxAgeMs: 1000, now: () => clock });
    expect(await recent.get('a', async () => `before write ${++loads}`)).toBe('before write 1');
    recent.clear();
    expect(await recent.get('a', async () => `after write ${++loads}`)).toBe('after write 2');

    // A stale value starts a background refresh whose load finishes only after a write cleared the memory.
    clock = 1500;
    let finishRefresh!: (value: string) => void;
    const slowRefresh = new Promise<string>((resolve) => (finishRefresh = resolve));
    expect(await recent.get('a', () => slowRefresh)).toBe('after write 2');
    recent.clear();
    finishRefresh('read before the second write');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await recent.get('a', async () => 'after the second write')).toBe('after the second write');
  });
});
