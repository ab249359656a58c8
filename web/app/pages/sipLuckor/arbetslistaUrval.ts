// Which rows of the SIP-gap worklist to show (all, those with any gap, or one
// gap — a patient whose check could not be made is shown under that gap too,
// as unknown, never hidden as without it), and the list as CSV with the
// avvikelse export's conventions (format for Excel with Swedish settings).
import { toCsv } from '../avvikelser/csv.js';
import type { Arbetslisterad } from './arbetslista.js';
import { samordningsluckor, type Samordningslucka } from './samordningsluckor.js';
import { beskrivSipar, luckaNamn, okandNamn } from './sipLuckorTexter.js';

export type Luckfilter = 'ALLA' | 'MED_LUCKA' | Samordningslucka;

/** The route's `visa`; anything unknown (an old or edited link) shows all, never hides rows silently. */
export function luckfilterFranParam(param: string | undefined): Luckfilter {
  return param === 'MED_LUCKA' || (samordningsluckor as readonly string[]).includes(param ?? '') ? (param as Luckfilter) : 'ALLA';
}

export function filtreraArbetslista(rader: readonly Arbetslisterad[], filter: Luckfilter): Arbetslisterad[] {
  if (filter === 'ALLA') return [...rader];
  if (filter === 'MED_LUCKA') return rader.filter((rad) => rad.bedomning.luckor.length > 0);
  return rader.filter((rad) => rad.bedomning.luckor.includes(filter) || rad.bedomning.okanda.includes(filter));
}

export function arbetslistaCsv(rader: readonly Arbetslisterad[], naromrade: string, idag: string): string {
  return toCsv([
    [`SIP-luckor ${naromrade}, hämtat ${idag}`],
    ['Personnummer', 'SIP', 'Fast läkarkontakt', 'Luckor', 'Okänt (kan inte bedömas)'],
    ...rader.map((rad) => [
      rad.personnummer,
      rad.sipar.read ? beskrivSipar(rad.sipar.value ?? []) : 'ej läsbart',
      rad.fastLakarkontakt.read ? (rad.fastLakarkontakt.value ? 'ja' : 'nej') : 'ej läsbart',
      rad.bedomning.luckor.map((lucka) => luckaNamn[lucka]).join(', '),
      rad.bedomning.okanda.map((lucka) => okandNamn[lucka]).join(', '),
    ]),
  ]);
}
