// The trend per month: one bar per calendar month of the period. The analysis
// returns a cell only for months that had avvikelser, so a month without a cell
// had none (0); a withheld cell had a few (1–4) and stays withheld, never 0.
import { matvardeAvAntal, type AntalSvar, type Matvarde } from './matvarde.js';

export interface Manadscell {
  manad: string | null;
  antal: AntalSvar;
}

export interface Manadsstapel {
  /** `YYYY-MM`. */
  manad: string;
  /** E.g. "nov 2025". */
  namn: string;
  antal: Matvarde;
}

const manadsforkortningar = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;

/** "2025-11" → "nov 2025". */
export function manadsnamn(manad: string): string {
  return `${manadsforkortningar[Number(manad.slice(5, 7)) - 1] ?? manad.slice(5, 7)} ${manad.slice(0, 4)}`;
}

/** One bar per month of `manader`, and for any cell outside them (they are kept, not dropped), in time order. */
export function manadsserie(celler: readonly Manadscell[], manader: readonly string[]): Manadsstapel[] {
  const perManad = new Map<string, Matvarde>();
  for (const cell of celler) if (cell.manad) perManad.set(cell.manad, matvardeAvAntal(cell.antal));
  const allaManader = [...new Set([...manader, ...perManad.keys()])].sort();
  return allaManader.map((manad) => ({ manad, namn: manadsnamn(manad), antal: perManad.get(manad) ?? { typ: 'varde', varde: 0 } }));
}

export interface Manadsetikett {
  /** Month abbreviation under the bar. */
  manad: string;
  /** The year, under the first labelled month and every January; else null. */
  ar: string | null;
}

/**
 * Which bars get a label on the time axis: every month while they fit
 * (up to `maxEtiketter`), else every second, third, … month, so that the labels
 * stay readable on a projector when the period is years long.
 */
export function manadsetiketter(manader: readonly string[], maxEtiketter = 18): (Manadsetikett | null)[] {
  const steg = Math.max(1, Math.ceil(manader.length / maxEtiketter));
  let forsta = true;
  return manader.map((manad, index) => {
    if (index % steg !== 0) return null;
    const [ar, nummer] = [manad.slice(0, 4), Number(manad.slice(5, 7))];
    const etikett = { manad: manadsforkortningar[nummer - 1] ?? manad.slice(5, 7), ar: forsta || nummer <= steg ? ar : null };
    forsta = false;
    return etikett;
  });
}

export interface Arsrad {
  ar: string;
  /** January to December; null for a month outside the period. */
  manader: (Manadsstapel | null)[];
}

/** A long trend as a year × month table (one row per year), which stays readable where a list of 60 months would not. */
export function arsrader(staplar: readonly Manadsstapel[]): Arsrad[] {
  const rader = new Map<string, Arsrad>();
  for (const stapel of staplar) {
    const ar = stapel.manad.slice(0, 4);
    const rad = rader.get(ar) ?? { ar, manader: Array.from({ length: 12 }, () => null) };
    rad.manader[Number(stapel.manad.slice(5, 7)) - 1] = stapel;
    rader.set(ar, rad);
  }
  return [...rader.values()].sort((a, b) => a.ar.localeCompare(b.ar));
}

export const manadskolumner = manadsforkortningar;
