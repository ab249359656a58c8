// The population an analysis is measured against: the kommuner of the chosen
// area summed (a närområde has only its kommun's figures), and avvikelser per
// so many inhabitants from a protected count.
import type { Analysniva } from '../../generated/graphql.js';
import type { Matvarde } from './matvarde.js';

export interface KommunBefolkningSvar {
  kod: string;
  namn: string;
  befolkning: { totalt: number; alder65Plus: number; alder80Plus: number; ar: number; kalla: string; ungefarlig: boolean };
  /** Null when samverkan did not answer. */
  vardsamverkansomrade: { id: string } | null;
}

export interface Omradesbefolkning {
  totalt: number;
  alder65Plus: number;
  alder80Plus: number;
  ar: number;
  kalla: string;
  /** The figures are approximate: so marked in the source, or a närområde measured by its kommun. */
  ungefarlig: boolean;
  /** For a närområde: the name of the kommun whose population stands in for it. */
  kommunForNaromrade: string | null;
}

/**
 * The population of the county, a vårdsamverkansområde (its kommuner summed) or
 * a närområde (its kommun's, the first four digits of its id); null when it
 * cannot be told (no kommun matches, or samverkan did not say which area a kommun is in).
 */
export function omradesbefolkning(kommuner: readonly KommunBefolkningSvar[], niva: Analysniva, omrade: string | null): Omradesbefolkning | null {
  let urval: readonly KommunBefolkningSvar[];
  if (niva === 'LANSGEMENSAM') urval = kommuner;
  else if (!omrade) return null;
  else if (niva === 'LOKAL') urval = kommuner.filter((kommun) => kommun.kod === omrade.slice(0, 4));
  else if (kommuner.some((kommun) => kommun.vardsamverkansomrade === null)) return null;
  else urval = kommuner.filter((kommun) => kommun.vardsamverkansomrade?.id === omrade);
  const forsta = urval[0];
  if (!forsta) return null;
  const summa = (matt: (befolkning: KommunBefolkningSvar['befolkning']) => number) => urval.reduce((total, kommun) => total + matt(kommun.befolkning), 0);
  return {
    totalt: summa((befolkning) => befolkning.totalt),
    alder65Plus: summa((befolkning) => befolkning.alder65Plus),
    alder80Plus: summa((befolkning) => befolkning.alder80Plus),
    ar: forsta.befolkning.ar,
    kalla: forsta.befolkning.kalla,
    ungefarlig: niva === 'LOKAL' || urval.some((kommun) => kommun.befolkning.ungefarlig),
    kommunForNaromrade: niva === 'LOKAL' ? forsta.namn : null,
  };
}

/** Avvikelser per `per` inhabitants: withheld or missing stays so, and no population means nothing to compute from. */
export function perInvanare(antal: Matvarde, invanare: number | null, per: number): Matvarde {
  if (antal.typ !== 'varde') return antal;
  if (invanare === null) return { typ: 'saknas' };
  if (invanare <= 0) return { typ: 'inget' };
  return { typ: 'varde', varde: (antal.varde / invanare) * per };
}

/** The three rates the page shows, with the population each is measured against. */
export const befolkningsmatt = [
  { nyckel: 'totalt', namn: 'Per 10 000 invånare', per: 10_000, invanare: (befolkning: Omradesbefolkning) => befolkning.totalt },
  { nyckel: 'alder65Plus', namn: 'Per 1 000 invånare 65 år och äldre', per: 1_000, invanare: (befolkning: Omradesbefolkning) => befolkning.alder65Plus },
  { nyckel: 'alder80Plus', namn: 'Per 1 000 invånare 80 år och äldre', per: 1_000, invanare: (befolkning: Omradesbefolkning) => befolkning.alder80Plus },
] as const;
