// The patients shared by the region and a kommun, picked by pseudonym exactly
// as countSharedPseudonymer counts them, so a list and its count agree.

/**
 * The personnummer of the kommun's patients whose pseudonym the region also
 * lists, each once, in personnummer order (stable between requests).
 */
export function sharedPatienter(regionens: readonly string[], kommunens: readonly { personnummer: string; pseudonym: string }[]): string[] {
  const regionensSet = new Set(regionens);
  const shared = new Set<string>();
  for (const { personnummer, pseudonym } of kommunens) {
    if (regionensSet.has(pseudonym)) shared.add(personnummer);
  }
  return [...shared].sort();
}
