// A kommun as staff say it: by name. The names come from the kommun service;
// while they load, or when that service is down, the kommunkod stands in, so
// nothing waits for (or breaks with) the name.
import { compareSwedish } from './svenskOrdning.js';

export type Kommunnamn = ReadonlyMap<string, string>;

/** The kommun's name, else "kommun 1480" (or with the prefix given, e.g. "Kommun" first in a list). */
export function kommunnamnEllerKod(namn: Kommunnamn, kod: string, prefix = 'kommun'): string {
  return namn.get(kod) ?? `${prefix} ${kod}`;
}

/** The user's huvudman in the header: the region, or the kommun by name. */
export function huvudmanText(huvudman: string, namn: Kommunnamn): string {
  return huvudman === 'VGR' ? 'VGR' : kommunnamnEllerKod(namn, huvudman);
}

/** Kommuner in Swedish name order; without names, by kommunkod (the only order there is then). */
export function kommunerEfterNamn<Kommun extends { kod: string }>(kommuner: readonly Kommun[], namn: Kommunnamn): Kommun[] {
  const nyckel = (kommun: Kommun) => namn.get(kommun.kod) ?? kommun.kod;
  return [...kommuner].sort((a, b) => compareSwedish(nyckel(a), nyckel(b)) || a.kod.localeCompare(b.kod));
}
