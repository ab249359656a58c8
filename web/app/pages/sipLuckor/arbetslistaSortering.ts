// The order of the SIP-gap worklist's rows, chosen by the user from the
// column headers and kept in the route (`sortera`, `ordning`) so Back and a
// bookmark give the same order. Without a choice the rows stay in the order
// the list is worked in: gaps first (as `arbetslista` gives them).
import type { Arbetslisterad } from './arbetslista.js';
import { aktivSip } from './foljSip.js';

export type Sorteringskolumn = 'PATIENT' | 'LUCKOR' | 'UPPFOLJNING';
export type Ordning = 'STIGANDE' | 'FALLANDE';

export interface Sortering {
  kolumn: Sorteringskolumn;
  ordning: Ordning;
}

export const standardsortering: Sortering = { kolumn: 'LUCKOR', ordning: 'STIGANDE' };

const kolumnParam: Record<Sorteringskolumn, string> = { PATIENT: 'patient', LUCKOR: 'luckor', UPPFOLJNING: 'uppfoljning' };

export const sorteringNamn: Record<Sorteringskolumn, string> = {
  PATIENT: 'patient',
  LUCKOR: 'luckor',
  UPPFOLJNING: 'nästa uppföljning',
};

/** The route's sort; anything unknown (an old or edited link) is the default order, never an error. */
export function sorteringFranParams(params: Readonly<Record<string, string>>): Sortering {
  const kolumn = (Object.keys(kolumnParam) as Sorteringskolumn[]).find((namn) => kolumnParam[namn] === params['sortera']);
  if (!kolumn) return standardsortering;
  return { kolumn, ordning: params['ordning'] === 'fallande' ? 'FALLANDE' : 'STIGANDE' };
}

/** The route parameters for a sort; the default order leaves them out so plain links stay plain. */
export function sorteringParams(sortering: Sortering): { sortera: string | null; ordning: string | null } {
  if (sortering.kolumn === standardsortering.kolumn && sortering.ordning === standardsortering.ordning) return { sortera: null, ordning: null };
  return { sortera: kolumnParam[sortering.kolumn], ordning: sortering.ordning === 'FALLANDE' ? 'fallande' : null };
}

/** A header chosen again turns the order round; another header sorts ascending by it. */
export function nastaSortering(nu: Sortering, kolumn: Sorteringskolumn): Sortering {
  if (nu.kolumn !== kolumn) return { kolumn, ordning: 'STIGANDE' };
  return { kolumn, ordning: nu.ordning === 'STIGANDE' ? 'FALLANDE' : 'STIGANDE' };
}

/** `aria-sort` for a sortable header: only the column the rows are sorted by says so. */
export function ariaSort(sortering: Sortering, kolumn: Sorteringskolumn): 'ascending' | 'descending' | undefined {
  if (sortering.kolumn !== kolumn) return undefined;
  return sortering.ordning === 'STIGANDE' ? 'ascending' : 'descending';
}

/** The next follow-up of the patient's active SIP, or null (none, or the SIPs could not be read). */
export function nastaUppfoljning(rad: Arbetslisterad): string | null {
  return rad.sipar.read ? (aktivSip(rad.sipar.value)?.nastaUppfoljning ?? null) : null;
}

/**
 * Ascending by patient is personnummer order (oldest first). By luckor:
 * patients with gaps first (more gaps before fewer), then those that could
 * not be judged, then those without. By follow-up: the earliest date first
 * (overdue ones come first by their date); rows without a date always come
 * last, in either direction, since there is nothing to compare. Ties keep the
 * list's own order.
 */
export function sorteraArbetslista(rader: readonly Arbetslisterad[], sortering: Sortering): Arbetslisterad[] {
  const riktning = sortering.ordning === 'STIGANDE' ? 1 : -1;
  const jamfor = (a: Arbetslisterad, b: Arbetslisterad): number => {
    switch (sortering.kolumn) {
      case 'PATIENT':
        return riktning * a.personnummer.localeCompare(b.personnummer);
      case 'LUCKOR':
        return riktning * (luckvikt(a) - luckvikt(b));
      case 'UPPFOLJNING': {
        const [x, y] = [nastaUppfoljning(a), nastaUppfoljning(b)];
        if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
        return riktning * x.localeCompare(y);
      }
    }
  };
  return rader
    .map((rad, index) => ({ rad, index }))
    .sort((a, b) => jamfor(a.rad, b.rad) || a.index - b.index)
    .map(({ rad }) => rad);
}

/** Lower sorts first: each gap found weighs more than any number of unknown checks. */
function luckvikt(rad: Arbetslisterad): number {
  const { luckor, okanda } = rad.bedomning;
  if (luckor.length > 0) return -10 * luckor.length;
  return okanda.length > 0 ? 1 : 2;
}
