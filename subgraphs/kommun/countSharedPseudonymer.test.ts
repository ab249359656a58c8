import { describe, it, expect } from 'vitest';
import { countSharedPseudonymer, pseudonymIndexOf } from './countSharedPseudonymer.js';

describe('countSharedPseudonymer', () => {
  it('counts the pseudonyms both lists hold', () => {
    expect(countSharedPseudonymer(['a', 'b', 'c'], ['b', 'c', 'd'])).toBe(2);
  });

  it('counts a pseudonym the region lists twice once', () => {
    expect(countSharedPseudonymer(['a', 'a', 'b'], ['a'])).toBe(1);
    expect(countSharedPseudonymer(['a', 'b', 'a'], ['a', 'b'])).toBe(2);
  });

  it('counts an unsorted list as a sorted one', () => {
    expect(countSharedPseudonymer(['d', 'b', 'c', 'a'], ['b', 'c', 'd'])).toBe(3);
    expect(countSharedPseudonymer(['b', 'c', 'd', 'a', 'c'], ['c', 'a'])).toBe(2);
  });

  it('is zero when either list is empty', () => {
    expect(countSharedPseudonymer([], ['a'])).toBe(0);
    expect(countSharedPseudonymer(['a'], [])).toBe(0);
  });

  it('counts the same against the kommun list as an index, made once per list', () => {
    const patients = [{ pseudonym: 'b' }, { pseudonym: 'c' }, { pseudonym: 'd' }];
    const index = pseudonymIndexOf(patients);
    expect(countSharedPseudonymer(['a', 'b', 'c', 'c'], index)).toBe(2);
    expect(pseudonymIndexOf(patients)).toBe(index);
    expect(pseudonymIndexOf([...patients])).not.toBe(index);
  });
});
