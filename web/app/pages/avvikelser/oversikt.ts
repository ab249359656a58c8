// The headline figures of one period: how many avvikelser, how long återkoppling
// took (median, 90th percentile) and the share overdue, each as shown, withheld,
// missing or without basis.
import { matvardeAvAntal, matvardeMedUnderlag, type AntalSvar, type Matvarde } from './matvarde.js';

export interface OversiktSvar {
  fran: string;
  till: string;
  totalt: AntalSvar;
  tidTillAterkoppling: { antal: AntalSvar; medianDagar: number | null; percentil90Dagar: number | null };
  andelForsenade: number | null;
}

export interface Oversikt {
  fran: string;
  till: string;
  totalt: Matvarde;
  /** How many got återkoppling: what the median and percentile rest on. */
  aterkopplade: Matvarde;
  medianDagar: Matvarde;
  percentil90Dagar: Matvarde;
  /** Share 0–1 of received avvikelser whose återkoppling was or is overdue. */
  andelForsenade: Matvarde;
}

export function oversikt(svar: OversiktSvar): Oversikt {
  const totalt = matvardeAvAntal(svar.totalt);
  const aterkopplade = matvardeAvAntal(svar.tidTillAterkoppling.antal);
  return {
    fran: svar.fran,
    till: svar.till,
    totalt,
    aterkopplade,
    medianDagar: matvardeMedUnderlag(svar.tidTillAterkoppling.medianDagar, aterkopplade),
    percentil90Dagar: matvardeMedUnderlag(svar.tidTillAterkoppling.percentil90Dagar, aterkopplade),
    andelForsenade: matvardeMedUnderlag(svar.andelForsenade, totalt),
  };
}
