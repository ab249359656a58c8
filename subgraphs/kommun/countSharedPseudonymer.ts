// Patients shared by the region and a kommun, counted by pseudonym so that
// neither side ever sees the other's personnummer.

/** How many distinct pseudonyms of the region's list are also among the kommun's. */
export function countSharedPseudonymer(regionens: readonly string[], kommunens: readonly string[] | ReadonlySet<string>): number {
  const kommunensSet = kommunens instanceof Set ? kommunens : new Set(kommunens as readonly string[]);
  // The region sends its list sorted, so a repeat can only follow its twin: counting needs no set of its own
  // (a few thousand insertions per NOSAM view). An unsorted list is counted through a set.
  let shared = 0;
  let previous: string | undefined;
  for (const pseudonym of regionens) {
    if (previous !== undefined && pseudonym <= previous) return countSharedThroughSet(regionens, kommunensSet);
    if (kommunensSet.has(pseudonym)) shared += 1;
    previous = pseudonym;
  }
  return shared;
}

function countSharedThroughSet(regionens: readonly string[], kommunens: ReadonlySet<string>): number {
  const shared = new Set<string>();
  for (const pseudonym of regionens) {
    if (kommunens.has(pseudonym)) shared.add(pseudonym);
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
