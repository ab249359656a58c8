import { describe, expect, it } from 'vitest';
import { patientPseudonym } from '../../platform/identifiers/patientPseudonym.js';
import { packPseudonymer } from '../../platform/scalars/patientpseudonymerScalar.js';
import { createPseudonymIndex } from './pseudonymIndex.js';

const key = 'test-key-of-at-least-thirty-two-characters';
const pseudonymOf = (number: number) => patientPseudonym(`19${String(400000 + number).padStart(6, '0')}0000`, key);
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The count the index must give, by plain sets. */
function expectedCount(regionens: readonly string[], kommunens: readonly string[]): number {
  const kommunSet = new Set(kommunens);
  return new Set(regionens.filter((pseudonym) => kommunSet.has(pseudonym))).size;
}

describe('createPseudonymIndex', () => {
  const kommunens = Array.from({ length: 3000 }, (_, number) => pseudonymOf(number));
  const index = createPseudonymIndex(kommunens);

  it('counts real pseudonyms of a sorted region list as sets would', () => {
    // Every third of the kommun's and as many the kommun does not have.
    const regionens = [...kommunens.filter((_, number) => number % 3 === 0), ...Array.from({ length: 1000 }, (_, number) => pseudonymOf(10_000 + number))].sort(byString);
    expect(index.countShared(packPseudonymer(regionens))).toBe(1000);
    expect(index.countShared(packPseudonymer(regionens))).toBe(expectedCount(regionens, kommunens));
  });

  it('counts an unsorted list, and repeats once, as sets would', () => {
    const regionens = [pseudonymOf(5), pseudonymOf(2), pseudonymOf(20_000), pseudonymOf(5), pseudonymOf(2999)];
    expect(index.countShared(packPseudonymer(regionens))).toBe(3);
    const sortedWithRepeats = [pseudonymOf(7), pseudonymOf(7), pseudonymOf(8), pseudonymOf(8), pseudonymOf(8)].sort(byString);
    expect(index.countShared(packPseudonymer(sortedWithRepeats))).toBe(2);
  });

  it('tells a pseudonym that differs from a held one in its last character only', () => {
    const held = kommunens[42]!;
    const near = held.slice(0, -1) + (held.at(-1) === 'A' ? 'B' : 'A');
    expect(index.has(held)).toBe(true);
    expect(index.has(near)).toBe(kommunens.includes(near));
    expect(index.countShared(near)).toBe(kommunens.includes(near) ? 1 : 0);
    expect(index.countShared(held)).toBe(1);
  });

  it('sorts its numbers as the strings sort, over the whole base64url alphabet', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const edgeCases = [...alphabet].map((character) => character.repeat(22)).sort(byString);
    const edgeIndex = createPseudonymIndex(edgeCases);
    // A sorted walk that drifted out of the strings' order would miss the later ones.
    expect(edgeIndex.countShared(packPseudonymer(edgeCases))).toBe(64);
    expect(edgeIndex.countShared(packPseudonymer(edgeCases.filter((_, position) => position % 2 === 1)))).toBe(32);
  });

  it('matches nothing that is not a pseudonym, on either side', () => {
    const odd = createPseudonymIndex(['a', 'å'.repeat(22), kommunens[0]!]);
    expect(odd.has('a')).toBe(false);
    expect(odd.has('å'.repeat(22))).toBe(false);
    expect(odd.countShared(kommunens[0]! + '+'.repeat(22) + kommunens[1]!)).toBe(1);
  });

  it('counts each of several lists of the same length as its own, however often they come', () => {
    const lists = [0, 1, 2].map((offset) => packPseudonymer(Array.from({ length: 30 }, (_, number) => pseudonymOf(number * 3 + offset + (offset === 2 ? 5000 : 0))).sort(byString)));
    for (let round = 0; round < 3; round++) expect(lists.map((list) => index.countShared(list))).toEqual([30, 30, 0]);
  });

  it('is zero for an empty list or an empty index', () => {
    expect(index.countShared('')).toBe(0);
    expect(createPseudonymIndex([]).countShared(packPseudonymer(kommunens))).toBe(0);
  });
});
