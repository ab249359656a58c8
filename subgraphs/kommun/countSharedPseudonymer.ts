// Patients shared by the region and a kommun, counted by pseudonym so that
// neither side ever sees the other's personnummer.
import { createPseudonymIndex, type PseudonymIndex } from './pseudonymIndex.js';

/** How many distinct pseudonyms of the region's packed list (patientpseudonymerScalar.ts) are also among the kommun's. */
export function countSharedPseudonymer(packedRegionens: string, kommunens: readonly string[] | PseudonymIndex): number {
  return (isPseudonymIndex(kommunens) ? kommunens : createPseudonymIndex(kommunens)).countShared(packedRegionens);
}

function isPseudonymIndex(kommunens: readonly string[] | PseudonymIndex): kommunens is PseudonymIndex {
  return !Array.isArray(kommunens);
}

const pseudonymIndexes = new WeakMap<readonly { pseudonym: string }[], PseudonymIndex>();

/**
 * The pseudonyms of a list of the kommun's patients as an index, made once per list: the lists come from the
 * remembered results (recentResults.ts), so every NOSAM view within their lifetime reuses one index instead of
 * packing some thousands of pseudonyms again.
 */
export function pseudonymIndexOf(patients: readonly { pseudonym: string }[]): PseudonymIndex {
  let index = pseudonymIndexes.get(patients);
  if (!index) {
    index = createPseudonymIndex(patients.map((patient) => patient.pseudonym));
    pseudonymIndexes.set(patients, index);
  }
  return index;
}
