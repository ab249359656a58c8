// The export of the analyst view: one tidy table (one figure per line) that
// Excel can filter and pivot. Columns:
//   Nivå; Område; Från; Till          – what was analysed (the previous period's lines carry its own dates)
//   Avsnitt; Grupp                    – e.g. "Per månad" / "2026-01", "Riktning" / "Borås → Västra Götalandsregionen",
//                                       "Per enhet" / "Vårdcentralen Angered (SE2321000131-E000000000101)" or a bare
//                                       HSA-id where the unit has no name in the API, "Per status" / "Mottagen"
//   Värde; Enhet                      – the figure (decimal comma) and "antal", "dagar" or "procent"
//   Undertryckt                       – "ja" when the server withheld the figure: Värde is then empty
//                                       (a count of 1 up to the threshold − 1, or too few behind a median or share)
//   Anmärkning                        – why Värde is empty otherwise ("ej tillgängligt", "inget underlag"), and the
//                                       threshold on withheld lines
//   Per 10 000 invånare (ungefärligt); Per 1 000 invånare 65 år och äldre (ungefärligt); Per 1 000 invånare 80 år
//   och äldre (ungefärligt)           – the count against the area's population, one decimal as on the page: on the
//                                       lines that count the area's avvikelser (in all, per month, category, status);
//                                       empty where the count is not a share of the area's (a unit, a direction), is
//                                       empty itself, or the population is unknown. Approximate: from rounded counts,
//                                       and a närområde is measured by its whole kommun.
// Counts are as the server gives them: rounded to a multiple of the threshold, so they need not add up.
import { befolkningsmatt, perInvanare, type Omradesbefolkning } from './befolkning.js';
import { toCsv, type CsvFalt } from './csv.js';
import type { Enhetsstapel } from './enhetsserie.js';
import type { Kategoristapel } from './kategoriserie.js';
import type { Manadsstapel } from './manadsserie.js';
import type { Matvarde } from './matvarde.js';
import type { Oversikt } from './oversikt.js';
import type { Riktningsmatris } from './riktningsmatris.js';
import type { Statusstapel } from './statusserie.js';

export interface Avvikelserexport {
  niva: string;
  omrade: string;
  grans: number;
  oversikt: Oversikt;
  foregaende: Oversikt | null;
  manader: readonly Manadsstapel[];
  kategorier: readonly Kategoristapel[];
  riktning: Riktningsmatris;
  /** Null while they are being fetched or when they could not be: the export then has no such lines. */
  enheter: readonly Enhetsstapel[] | null;
  statusar: readonly Statusstapel[] | null;
  /** Null when the area's population is not known: the rate columns are then empty. */
  befolkning: Omradesbefolkning | null;
}

export const csvKolumner = [
  'Nivå',
  'Område',
  'Från',
  'Till',
  'Avsnitt',
  'Grupp',
  'Värde',
  'Enhet',
  'Undertryckt',
  'Anmärkning',
  ...befolkningsmatt.map((matt) => `${matt.namn} (ungefärligt)`),
];

type Enhet = 'antal' | 'dagar' | 'procent';

export function avvikelserCsv(underlag: Avvikelserexport): string {
  const rader: CsvFalt[][] = [[...csvKolumner]];
  const ingaTal = befolkningsmatt.map(() => null);
  const rad = (period: { fran: string; till: string }, avsnitt: string, grupp: string, matvarde: Matvarde, enhet: Enhet, tal: CsvFalt[] = ingaTal) =>
    rader.push([underlag.niva, underlag.omrade, period.fran, period.till, avsnitt, grupp, ...varde(matvarde, enhet, underlag.grans), ...tal]);
  const omradesrad = (period: { fran: string; till: string }, avsnitt: string, grupp: string, antal: Matvarde) =>
    rad(period, avsnitt, grupp, antal, 'antal', perInvanareTal(antal, underlag.befolkning));

  for (const period of [underlag.oversikt, underlag.foregaende]) {
    if (!period) continue;
    omradesrad(period, 'Totalt', 'Alla avvikelser', period.totalt);
    rad(period, 'Tid till återkoppling', 'Återkopplade (underlag)', period.aterkopplade, 'antal');
    rad(period, 'Tid till återkoppling', 'Median', period.medianDagar, 'dagar');
    rad(period, 'Tid till återkoppling', '90:e percentilen', period.percentil90Dagar, 'dagar');
    rad(period, 'Försenad återkoppling', 'Andel försenade', period.andelForsenade, 'procent');
  }
  const aktuell = underlag.oversikt;
  for (const stapel of underlag.manader) omradesrad(aktuell, 'Per månad', stapel.manad, stapel.antal);
  for (const stapel of underlag.kategorier) omradesrad(aktuell, 'Per kategori', stapel.namn, stapel.antal);
  for (const stapel of underlag.statusar ?? []) omradesrad(aktuell, 'Per status', stapel.namn, stapel.antal);
  for (const stapel of underlag.enheter ?? []) rad(aktuell, 'Per enhet', stapel.namnKant ? `${stapel.namn} (${stapel.hsaId})` : stapel.hsaId, stapel.antal, 'antal');
  const region = underlag.riktning.region?.namn ?? 'Regionen';
  for (const riktning of underlag.riktning.rader) {
    rad(aktuell, 'Riktning', `${riktning.kommun.namn} → ${region}`, riktning.tillRegionen, 'antal');
    rad(aktuell, 'Riktning', `${region} → ${riktning.kommun.namn}`, riktning.franRegionen, 'antal');
  }
  for (const ovrig of underlag.riktning.ovriga) rad(aktuell, 'Riktning', `${ovrig.rapporterande} → ${ovrig.mottagande}`, ovrig.antal, 'antal');
  return toCsv(rader);
}

/** The rates as the page shows them, to one decimal; a withheld or missing count, or no population, gives empty cells. */
function perInvanareTal(antal: Matvarde, befolkning: Omradesbefolkning | null): CsvFalt[] {
  return befolkningsmatt.map((matt) => {
    const tal = perInvanare(antal, befolkning ? matt.invanare(befolkning) : null, matt.per);
    return tal.typ === 'varde' ? Math.round(tal.varde * 10) / 10 : null;
  });
}

function varde(matvarde: Matvarde, enhet: Enhet, grans: number): CsvFalt[] {
  switch (matvarde.typ) {
    case 'varde':
      return [enhet === 'procent' ? Math.round(matvarde.varde * 1000) / 10 : matvarde.varde, enhet, 'nej', null];
    case 'undertryckt':
      return [null, enhet, 'ja', enhet === 'antal' ? `färre än ${grans}` : 'för litet underlag för att visas'];
    case 'saknas':
      return [null, enhet, 'nej', 'ej tillgängligt'];
    case 'inget':
      return [null, enhet, 'nej', 'inget underlag'];
  }
}

/** E.g. `avvikelser-lokal-1480-angered-2025-11-01-2026-10-31.csv`. */
export function csvFilnamn(nivaParam: string, omrade: string | null, fran: string, till: string): string {
  const delar = ['avvikelser', nivaParam, ...(omrade ? [omrade] : []), fran, till];
  return `${delar.map((del) => del.toLowerCase().replace(/[^a-z0-9-]+/g, '-')).join('-')}.csv`;
}
