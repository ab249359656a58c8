// A kommun's patient pseudonyms packed for counting the ones the region shares with it. A NOSAM view
// matches the region's few thousand pseudonyms against all the kommun's (23,000 in Göteborg at `vg`): as a
// Set of strings every lookup chases pointers into memory the other services on the core have evicted
// (about 4 ms per view under load); as sorted numbers the same count is one sequential walk.

/** Pseudonyms are 22 base64url characters (patientPseudonym.ts): three numbers of 8, 8 and 6 characters. */
const pseudonymLength = 22;
/** 64 characters, in the order JavaScript compares them, so numbers sort as the strings do. */
const alphabetInStringOrder = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';
const rankOfCharCode = new Int8Array(128).fill(-1);
for (let rank = 0; rank < alphabetInStringOrder.length; rank++) rankOfCharCode[alphabetInStringOrder.charCodeAt(rank)] = rank;
/** Where a pseudonym being looked up is packed: lookups are synchronous, one at a time. */
const scratch = new Float64Array(3);

/** Characters from..to of a pseudonym as one number (at most 8 × 6 = 48 bits: exact in a double); -1 if not base64url. */
function packed(pseudonym: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index++) {
    const code = pseudonym.charCodeAt(index);
    const rank = code < 128 ? rankOfCharCode[code]! : -1;
    if (rank < 0) return -1;
    value = value * 64 + rank;
  }
  return value;
}

/** The three numbers of a well-formed pseudonym written to `into` at `at`; false for any other string. */
function pack(pseudonym: string, into: Float64Array, at: number): boolean {
  if (pseudonym.length !== pseudonymLength) return false;
  const first = packed(pseudonym, 0, 8);
  const second = packed(pseudonym, 8, 16);
  const third = packed(pseudonym, 16, 22);
  if (first < 0 || second < 0 || third < 0) return false;
  into[at] = first;
  into[at + 1] = second;
  into[at + 2] = third;
  return true;
}

/** <0, 0 or >0 as the triple at a in `left` sorts before, with or after the one at b in `right`. */
function compareTriples(left: Float64Array, a: number, right: Float64Array, b: number): number {
  return left[a]! - right[b]! || left[a + 1]! - right[b + 1]! || left[a + 2]! - right[b + 2]!;
}

export interface PseudonymIndex {
  /** Distinct pseudonyms of `regionens` that the indexed list also holds. */
  countShared(regionens: readonly string[]): number;
  has(pseudonym: string): boolean;
}

export function createPseudonymIndex(pseudonyms: Iterable<string>): PseudonymIndex {
  const wellFormed: string[] = [];
  // Anything else (never made by patientPseudonym, but the rows are data) is still matched, by string.
  const others = new Set<string>();
  for (const pseudonym of new Set(pseudonyms)) {
    if (pack(pseudonym, scratch, 0)) wellFormed.push(pseudonym);
    else others.add(pseudonym);
  }
  wellFormed.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const triples = new Float64Array(wellFormed.length * 3);
  wellFormed.forEach((pseudonym, index) => pack(pseudonym, triples, index * 3));
  const end = triples.length;

  const has = (pseudonym: string): boolean => {
    if (!pack(pseudonym, scratch, 0)) return others.has(pseudonym);
    let low = 0;
    let high = end / 3;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareTriples(triples, middle * 3, scratch, 0) < 0) low = middle + 1;
      else high = middle;
    }
    return low * 3 < end && compareTriples(triples, low * 3, scratch, 0) === 0;
  };

  const countUnsorted = (regionens: readonly string[]): number => {
    const shared = new Set<string>();
    for (const pseudonym of regionens) if (has(pseudonym)) shared.add(pseudonym);
    return shared.size;
  };

  return {
    has,
    countShared(regionens) {
      // The region sends its list sorted: one walk through both lists, a repeat following its twin.
      // An unsorted list is looked up item by item.
      let shared = 0;
      let cursor = 0;
      let previous: string | undefined;
      for (const pseudonym of regionens) {
        if (previous !== undefined && pseudonym <= previous) {
          if (pseudonym === previous) continue;
          return countUnsorted(regionens);
        }
        previous = pseudonym;
        if (!pack(pseudonym, scratch, 0)) {
          if (others.has(pseudonym)) shared += 1;
          continue;
        }
        while (cursor < end && compareTriples(triples, cursor, scratch, 0) < 0) cursor += 3;
        if (cursor < end && compareTriples(triples, cursor, scratch, 0) === 0) shared += 1;
      }
      return shared;
    },
  };
}
