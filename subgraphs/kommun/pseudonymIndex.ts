// A kommun's patient pseudonyms packed for counting the ones the region shares with it. A NOSAM view
// matches the region's few thousand pseudonyms against all the kommun's (tens of thousands in Göteborg): as a
// Set of strings every lookup chases pointers into memory the other services on the core have evicted; as
// sorted numbers, against the region's packed string
// (patientpseudonymerScalar.ts), the same count is one sequential walk through both.
import { pseudonymLength } from '../../platform/scalars/patientpseudonymerScalar.js';

/** 64 characters, in the order JavaScript compares them, so numbers sort as the strings do. */
const alphabetInStringOrder = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';
const rankOfCharCode = new Int8Array(128).fill(-1);
for (let rank = 0; rank < alphabetInStringOrder.length; rank++) rankOfCharCode[alphabetInStringOrder.charCodeAt(rank)] = rank;
/** Where a pseudonym being looked up is packed: lookups are synchronous, one at a time. */
const scratch = new Float64Array(3);

/** Characters from..to of a text as one number (at most 8 × 6 = 48 bits: exact in a double); -1 if not base64url. */
function packed(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    const rank = code < 128 ? rankOfCharCode[code]! : -1;
    if (rank < 0) return -1;
    value = value * 64 + rank;
  }
  return value;
}

/**
 * The pseudonym at `at` in `text` as three numbers (characters 0–7, 8–15, 16–21) written to `into` at `into`;
 * false if those 22 characters are not base64url.
 */
function pack(text: string, at: number, into: Float64Array, intoAt: number): boolean {
  const first = packed(text, at, at + 8);
  const second = packed(text, at + 8, at + 16);
  const third = packed(text, at + 16, at + pseudonymLength);
  if (first < 0 || second < 0 || third < 0) return false;
  into[intoAt] = first;
  into[intoAt + 1] = second;
  into[intoAt + 2] = third;
  return true;
}

/** <0, 0 or >0 as the triple at a in `left` sorts before, with or after the one at b in `right`. */
function compareTriples(left: Float64Array, a: number, right: Float64Array, b: number): number {
  return left[a]! - right[b]! || left[a + 1]! - right[b + 1]! || left[a + 2]! - right[b + 2]!;
}

export interface PseudonymIndex {
  /** Distinct pseudonyms of the region's packed list (22 characters each, one after another) that the index holds. */
  countShared(packedRegionens: string): number;
  has(pseudonym: string): boolean;
}

/** The index of a kommun's pseudonyms; anything that is not a pseudonym (22 base64url characters) matches nothing. */
export function createPseudonymIndex(pseudonyms: Iterable<string>): PseudonymIndex {
  const wellFormed = [...new Set(pseudonyms)].filter((pseudonym) => pseudonym.length === pseudonymLength && pack(pseudonym, 0, scratch, 0));
  wellFormed.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const triples = new Float64Array(wellFormed.length * 3);
  wellFormed.forEach((pseudonym, index) => pack(pseudonym, 0, triples, index * 3));
  const end = triples.length;

  /** Whether the triple in scratch is in the index (binary search). */
  const holdsScratch = (): boolean => {
    let low = 0;
    let high = end / 3;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareTriples(triples, middle * 3, scratch, 0) < 0) low = middle + 1;
      else high = middle;
    }
    return low * 3 < end && compareTriples(triples, low * 3, scratch, 0) === 0;
  };

  const countUnsorted = (packedRegionens: string): number => {
    const shared = new Set<string>();
    for (let at = 0; at + pseudonymLength <= packedRegionens.length; at += pseudonymLength) {
      if (pack(packedRegionens, at, scratch, 0) && holdsScratch()) shared.add(packedRegionens.slice(at, at + pseudonymLength));
    }
    return shared.size;
  };

  // The region's list of a närområde is one remembered value for a while too (the region's recent results):
  // every NOSAM member opening the view within it sends the same string, and the count of the same two lists
  // is the same number. A few lists are remembered by their text, the index's lifetime at most.
  const counted = new Map<string, number>();
  const maximumCounted = 64;

  const countSorted = (packedRegionens: string): number => {
    // The region sends its list sorted: one walk through both lists, a repeat following its twin.
    // An unsorted list is looked up pseudonym by pseudonym.
    let shared = 0;
    let cursor = 0;
    let previousFirst = -1;
    let previousSecond = -1;
    let previousThird = -1;
    for (let at = 0; at + pseudonymLength <= packedRegionens.length; at += pseudonymLength) {
      if (!pack(packedRegionens, at, scratch, 0)) continue;
      const first = scratch[0]!;
      const second = scratch[1]!;
      const third = scratch[2]!;
      const order = first - previousFirst || second - previousSecond || third - previousThird;
      if (order === 0) continue;
      if (order < 0) return countUnsorted(packedRegionens);
      previousFirst = first;
      previousSecond = second;
      previousThird = third;
      while (cursor < end && compareTriples(triples, cursor, scratch, 0) < 0) cursor += 3;
      if (cursor < end && compareTriples(triples, cursor, scratch, 0) === 0) shared += 1;
    }
    return shared;
  };

  return {
    has: (pseudonym) => pseudonym.length === pseudonymLength && pack(pseudonym, 0, scratch, 0) && holdsScratch(),
    countShared(packedRegionens) {
      let shared = counted.get(packedRegionens);
      if (shared === undefined) {
        shared = countSorted(packedRegionens);
        if (counted.size >= maximumCounted) counted.clear();
        counted.set(packedRegionens, shared);
      }
      return shared;
    },
  };
}
