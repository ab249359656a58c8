// Patients shared by the region and a kommun, counted by pseudonym so that
// neither side ever sees the other's personnummer.

/** How many distinct pseudonyms of the region's list are also among the kommun's. */
export function countSharedPseudonymer(regionens: readonly string[], kommunens: readonly string[]): number {
  const kommunensSet = new Set(kommunens);
  let shared = 0;
  for (const pseudonym of new Set(regionens)) {
    if (kommunensSet.has(pseudonym)) shared += 1;
  }
  return shared;
}
