// Patients shared by the region and a kommun, counted by pseudonym so that
// neither side ever sees the other's personnummer.

/** How many distinct pseudonyms of the region's list are also among the kommun's. */
export function countSharedPseudonymer(regionens: readonly string[], kommunens: readonly string[] | ReadonlySet<string>): number {
  const kommunensSet = kommunens instanceof Set ? kommunens : new Set(kommunens as readonly string[]);
  const shared = new Set<string>();
  for (const pseudonym of regionens) {
    if (kommunensSet.has(pseudonym)) shared.add(pseudonym);
  }
  return shared.size;
}

const pseudonymSets = new WeakMap<readonly { pseudonym: string }[], ReadonlySet<string>>();

/**
 * The pseudonyms of a list of the kommun's patients as a set, made once per list: the lists come from the
 * remembered results (recentResults.ts), so every NOSAM view within their lifetime reuses one set instead of
 * hashing some thousands of pseudonyms again.
 */
export function pseudonymSetOf(patients: readonly { pseudonym: string }[]): ReadonlySet<string> {
  let set = pseudonymSets.get(patients);
  if (!set) {
    set = new Set(patients.map((patient) => patient.pseudonym));
    pseudonymSets.set(patients, set);
  }
  return set;
}
