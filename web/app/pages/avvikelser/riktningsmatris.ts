// Who reports whom: avvikelser i samverkan go between the region and a kommun,
// so the direction matrix (reporting × receiving huvudman) folds into one row per
// kommun with the two directions as columns. A direction without a cell had none
// (0); any other pair (should the routine ever allow one) is kept in `ovriga`.
import { compareSwedish } from '../../format/svenskOrdning.js';
import type { HuvudmanTyp } from '../../generated/graphql.js';
import { matvardeAvAntal, type AntalSvar, type Matvarde } from './matvarde.js';

export interface Huvudmansvar {
  id: string;
  typ: HuvudmanTyp;
  namn: string;
}

export interface Riktningscell {
  rapporterandeHuvudman: Huvudmansvar | null;
  mottagandeHuvudman: Huvudmansvar | null;
  antal: AntalSvar;
}

export interface Riktningsrad {
  kommun: { id: string; namn: string };
  /** Reported by the kommun, received by the region. */
  tillRegionen: Matvarde;
  /** Reported by the region, received by the kommun. */
  franRegionen: Matvarde;
}

export interface Riktningsmatris {
  region: { id: string; namn: string } | null;
  rader: Riktningsrad[];
  ovriga: { rapporterande: string; mottagande: string; antal: Matvarde }[];
  /** The largest shown count, for shading. */
  storsta: number;
}

const noll: Matvarde = { typ: 'varde', varde: 0 };

export function riktningsmatris(celler: readonly Riktningscell[]): Riktningsmatris {
  let region: Riktningsmatris['region'] = null;
  const rader = new Map<string, Riktningsrad>();
  const ovriga: Riktningsmatris['ovriga'] = [];
  let storsta = 0;
  for (const cell of celler) {
    const fran = cell.rapporterandeHuvudman;
    const till = cell.mottagandeHuvudman;
    if (!fran || !till) continue;
    const antal = matvardeAvAntal(cell.antal);
    if (antal.typ === 'varde') storsta = Math.max(storsta, antal.varde);
    const kommun = fran.typ === 'REGION' && till.typ === 'KOMMUN' ? till : fran.typ === 'KOMMUN' && till.typ === 'REGION' ? fran : null;
    if (!kommun) {
      ovriga.push({ rapporterande: fran.namn, mottagande: till.namn, antal });
      continue;
    }
    region = fran.typ === 'REGION' ? { id: fran.id, namn: fran.namn } : { id: till.id, namn: till.namn };
    const rad = rader.get(kommun.id) ?? { kommun: { id: kommun.id, namn: kommun.namn }, tillRegionen: noll, franRegionen: noll };
    rader.set(kommun.id, kommun === fran ? { ...rad, tillRegionen: antal } : { ...rad, franRegionen: antal });
  }
  return {
    region,
    rader: [...rader.values()].sort((a, b) => compareSwedish(a.kommun.namn, b.kommun.namn)),
    ovriga,
    storsta,
  };
}

/**
 * How dark a cell is shaded: 0 for none, else 1 to `nivaer` by its share of the
 * largest count. A withheld cell is not shaded by size (it is hatched instead).
 */
export function skuggningsniva(antal: Matvarde, storsta: number, nivaer = 4): number {
  if (antal.typ !== 'varde' || antal.varde <= 0 || storsta <= 0) return 0;
  return Math.min(nivaer, Math.max(1, Math.ceil((antal.varde / storsta) * nivaer)));
}
