import { describe, it, expect } from 'vitest';
import { countSharedPseudonymer } from './countSharedPseudonymer.js';

describe('countSharedPseudonymer', () => {
  it('counts the pseudonyms both lists hold', () => {
    expect(countSharedPseudonymer(['a', 'b', 'c'], ['b', 'c', 'd'])).toBe(2);
  });

  it('counts a pseudonym the region lists twice once', () => {
    expect(countSharedPseudonymer(['a', 'a', 'b'], ['a'])).toBe(1);
  });

  it('is zero when either list is empty', () => {
    expect(countSharedPseudonymer([], ['a'])).toBe(0);
    expect(countSharedPseudonymer(['a'], [])).toBe(0);
  });
});
