// How many of a boende's residents are not listed at the vårdcentral responsible for it: the residents'
// pseudonyms from the kommun against those listed at that vårdcentral here, so no personnummer crosses.

/** Residents (pseudonyms, each counted once) whose pseudonym is not among those listed at the responsible vårdcentral. */
export function invanareListadeAnnanstans(invanare: readonly string[], listadeVidAnsvarig: ReadonlySet<string>): number {
  let annanstans = 0;
  for (const pseudonym of new Set(invanare)) if (!listadeVidAnsvarig.has(pseudonym)) annanstans += 1;
  return annanstans;
}
