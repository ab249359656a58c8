import { describe, it, expect } from 'vitest';
import { patientPseudonym } from '../../platform/identifiers/patientPseudonym.js';
import { packPseudonymer } from '../../platform/scalars/patientpseudonymerScalar.js';
import { countSharedPseudonymer, pseudonymIndexOf } from './countSharedPseudonymer.js';

const key = 'test-key-of-at-least-thirty-two-characters';
/** Pseudonyms named a, b, c … by their personnummer, sorted by letter in string order of the pseudonyms. */
const [a, b, c, d] = ['194001010001', '194001010002', '194001010003', '194001010004'].map((personnummer) => patientPseudonym(personnummer, key)).sort() as [string, string, string, string];
const packed = (...pseudonymer: string[]) => packPseudonymer(pseudonymer);

describe('countSharedPseudonymer', () => {
  it('counts the pseudonyms both lists hold', () => {
    expect(countSharedPseudonymer(packed(a, b, c), [b, c, d])).toBe(2);
  });

  it('counts a pseudonym the region lists twice once', () => {
    expect(countSharedPseudonymer(packed(a, a, b), [a])).toBe(1);
    expect(countSharedPseudonymer(packed(a, b, a), [a, b])).toBe(2);
  });

  it('counts an unsorted list as a sorted one', () => {
    expect(countSharedPseudonymer(packed(d, b, c, a), [b, c, d])).toBe(3);
    expect(countSharedPseudonymer(packed(b, c, d, a, c), [c, a])).toBe(2);
  });

  it('is zero when either list is empty', () => {
    expect(countSharedPseudonymer('', [a])).toBe(0);
    expect(countSharedPseudonymer(packed(a), [])).toBe(0);
  });

  it('counts the same against the kommun list as an index, made once per list', () => {
    const patients = [{ pseudonym: b }, { pseudonym: c }, { pseudonym: d }];
    const index = pseudonymIndexOf(patients);
    expect(countSharedPseudonymer(packed(a, b, c, c), index)).toBe(2);
    expect(pseudonymIndexOf(patients)).toBe(index);
    expect(pseudonymIndexOf([...patients])).not.toBe(index);
  });
});
