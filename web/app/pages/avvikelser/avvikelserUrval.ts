// What the analyst chose — level, area and period — read from and written to the
// URL (`#/avvikelser?niva=lokal&omrade=1480-angered&fran=…&till=…`), and whether
// that is enough to ask the server.
import type { Analysniva, AvvikelserAnalysQueryVariables } from '../../generated/graphql.js';
import { periodfel, standardperiod } from './period.js';

export interface AvvikelserUrval {
  niva: Analysniva;
  /** The närområde (LOKAL) or vårdsamverkansområde (DELREGIONAL); null for LANSGEMENSAM or not yet chosen. */
  omrade: string | null;
  fran: string;
  till: string;
}

/** The level as written in the URL. */
export const nivaParam: Record<Analysniva, string> = {
  LANSGEMENSAM: 'lansgemensam',
  DELREGIONAL: 'delregional',
  LOKAL: 'lokal',
};

export const nivaNamn: Record<Analysniva, string> = {
  LANSGEMENSAM: 'Länsgemensam – hela länet',
  DELREGIONAL: 'Delregional – vårdsamverkansområde',
  LOKAL: 'Lokal – närområde',
};

export const nivaKortnamn: Record<Analysniva, string> = {
  LANSGEMENSAM: 'Länsgemensam',
  DELREGIONAL: 'Delregional',
  LOKAL: 'Lokal',
};

export const nivaer = ['LANSGEMENSAM', 'DELREGIONAL', 'LOKAL'] as const satisfies readonly Analysniva[];

/** Reads the choice from the URL; what is missing or unknown falls back to the county and the last twelve full months. */
export function lasUrval(params: Record<string, string>, idag: string): AvvikelserUrval {
  const niva = nivaer.find((candidate) => nivaParam[candidate] === params['niva']) ?? 'LANSGEMENSAM';
  const standard = standardperiod(idag);
  return {
    niva,
    omrade: niva === 'LANSGEMENSAM' ? null : params['omrade'] || null,
    fran: params['fran'] || standard.fran,
    till: params['till'] || standard.till,
  };
}

export function urvalParams(urval: AvvikelserUrval): Record<string, string | null> {
  return { niva: nivaParam[urval.niva], omrade: urval.omrade, fran: urval.fran, till: urval.till };
}

export type Analysforfragan =
  | { typ: 'klar'; variabler: AvvikelserAnalysQueryVariables }
  | { typ: 'valj-omrade'; meddelande: string }
  | { typ: 'fel'; meddelande: string };

/** The request the choice gives, or why it cannot be sent yet. */
export function analysforfragan(urval: AvvikelserUrval): Analysforfragan {
  const fel = periodfel(urval.fran, urval.till);
  if (fel) return { typ: 'fel', meddelande: fel };
  if (urval.niva !== 'LANSGEMENSAM' && !urval.omrade) {
    return {
      typ: 'valj-omrade',
      meddelande: urval.niva === 'LOKAL' ? 'Välj ett närområde under Område.' : 'Välj ett vårdsamverkansområde under Område.',
    };
  }
  return {
    typ: 'klar',
    variabler: { niva: urval.niva, omradeId: urval.niva === 'LANSGEMENSAM' ? null : urval.omrade, fran: urval.fran, till: urval.till },
  };
}
