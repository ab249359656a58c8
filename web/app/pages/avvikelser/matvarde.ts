// A figure of the avvikelse analysis as the page shows it: a value, withheld to
// protect patients (a small count, or too few behind a median or share), missing
// because its service did not answer, or with nothing to compute it from.

export type Matvarde =
  | { typ: 'varde'; varde: number }
  /** Withheld by the server: never shown as 0. */
  | { typ: 'undertryckt' }
  /** Not delivered (the service is down): shown as "ej tillgängligt", never as 0. */
  | { typ: 'saknas' }
  /** Nothing to compute it from, e.g. a median when no avvikelse got återkoppling. */
  | { typ: 'inget' };

export interface AntalSvar {
  varde: number | null;
  undertryckt: boolean;
}

export function matvardeAvAntal(antal: AntalSvar | null | undefined): Matvarde {
  if (!antal) return { typ: 'saknas' };
  if (antal.undertryckt) return { typ: 'undertryckt' };
  return antal.varde === null ? { typ: 'saknas' } : { typ: 'varde', varde: antal.varde };
}

/**
 * A figure that rests on `underlag` avvikelser (a median, a share): the server
 * gives null both when it withholds it and when there is nothing to compute
 * from; the count underneath tells which.
 */
export function matvardeMedUnderlag(varde: number | null, underlag: Matvarde): Matvarde {
  if (varde !== null) return { typ: 'varde', varde };
  if (underlag.typ === 'varde' && underlag.varde === 0) return { typ: 'inget' };
  if (underlag.typ === 'saknas') return { typ: 'saknas' };
  return { typ: 'undertryckt' };
}

/** The height a bar may use: a withheld count lies somewhere from 1 to the threshold − 1. */
export function stapelhojd(matvarde: Matvarde, grans: number): number {
  if (matvarde.typ === 'varde') return matvarde.varde;
  if (matvarde.typ === 'undertryckt') return Math.max(grans - 1, 0);
  return 0;
}

/** Orders figures by size, a withheld count between 0 and the threshold. */
export function sorteringsvarde(matvarde: Matvarde, grans: number): number {
  if (matvarde.typ === 'varde') return matvarde.varde;
  if (matvarde.typ === 'undertryckt') return grans / 2;
  return -1;
}
