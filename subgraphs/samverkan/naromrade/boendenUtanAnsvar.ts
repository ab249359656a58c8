// Gaps in a närområdesplan: the kommun's boenden of the närområde that have no
// boendeansvar row in the plan in force. Pure; the ids come from the gateway
// (`Naromrade.boenden`, @external) and from boendeIdsInForceByNaromradeLoader.ts.

/** The boende ids of `boendenFranKommunen` without a row in the plan in force, in the kommun's order, each once. */
export function boendenUtanAnsvar(boendenFranKommunen: readonly string[], boendenMedAnsvar: Iterable<string>): string[] {
  const medAnsvar = new Set(boendenMedAnsvar);
  const seen = new Set<string>();
  const gaps: string[] = [];
  for (const id of boendenFranKommunen) {
    if (medAnsvar.has(id) || seen.has(id)) continue;
    seen.add(id);
    gaps.push(id);
  }
  return gaps;
}
