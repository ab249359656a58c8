// The second area the analyst compares with ("Jämför med"): read from and
// written to the URL as `jamfor=lansgemensam`, `jamfor=delregional:<id>` or
// `jamfor=lokal:<närområde>`, and the rows of the table that sets the two side by side.
import type { Analysniva } from '../../generated/graphql.js';
import { befolkningsmatt, perInvanare, type Omradesbefolkning } from './befolkning.js';
import type { Matvarde } from './matvarde.js';
import type { Oversikt } from './oversikt.js';
import { nivaParam } from './avvikelserUrval.js';

export interface Jamforelseomrade {
  niva: Analysniva;
  /** Null for the county. */
  omrade: string | null;
}

/** The comparison area in the URL's `jamfor`, or null (none, or not understood). */
export function lasJamforelse(param: string | undefined): Jamforelseomrade | null {
  if (!param) return null;
  const [nivaText, ...rest] = param.split(':');
  const omrade = rest.join(':');
  const niva = (Object.keys(nivaParam) as Analysniva[]).find((kandidat) => nivaParam[kandidat] === nivaText);
  if (!niva) return null;
  if (niva === 'LANSGEMENSAM') return rest.length === 0 ? { niva, omrade: null } : null;
  return omrade ? { niva, omrade } : null;
}

export function jamforelseParam(jamforelse: Jamforelseomrade | null): string | null {
  if (!jamforelse) return null;
  return jamforelse.niva === 'LANSGEMENSAM' ? nivaParam.LANSGEMENSAM : `${nivaParam[jamforelse.niva]}:${jamforelse.omrade ?? ''}`;
}

export type Format = 'heltal' | 'endecimal' | 'procent';

export interface Jamforelserad {
  nyckel: string;
  namn: string;
  format: Format;
  varden: [Matvarde, Matvarde];
}

export interface Jamforelsesida {
  oversikt: Oversikt;
  /** Null when the area's population is not known (not fetched, or the area cannot be told). */
  befolkning: Omradesbefolkning | null;
}

/** One row per measure, the chosen area's value first: totals, rates per inhabitant, time to återkoppling and share overdue. */
export function jamforelserader(forsta: Jamforelsesida, andra: Jamforelsesida): Jamforelserad[] {
  const rad = (nyckel: string, namn: string, format: Format, matt: (sida: Jamforelsesida) => Matvarde): Jamforelserad => ({
    nyckel,
    namn,
    format,
    varden: [matt(forsta), matt(andra)],
  });
  return [
    rad('totalt', 'Avvikelser', 'heltal', (sida) => sida.oversikt.totalt),
    ...befolkningsmatt.map((matt) =>
      rad(`per-${matt.nyckel}`, matt.namn, 'endecimal', (sida) => perInvanare(sida.oversikt.totalt, sida.befolkning ? matt.invanare(sida.befolkning) : null, matt.per)),
    ),
    rad('median', 'Median dagar till återkoppling', 'endecimal', (sida) => sida.oversikt.medianDagar),
    rad('p90', '90:e percentilen dagar till återkoppling', 'endecimal', (sida) => sida.oversikt.percentil90Dagar),
    rad('forsenade', 'Andel med försenad återkoppling', 'procent', (sida) => sida.oversikt.andelForsenade),
  ];
}
