// The plan history's comparison: which two versions it shows first, and how a
// changed field of a boendeansvar row reads ("Vårdcentral: gammalt → nytt").
// The difference itself is the server's (Naromrade.naromradesplanSkillnad);
// here only its words.
import { rondfrekvensNamn } from '../../format/kodnamn.js';
import { formatDecimal } from '../../format/tal.js';
import type { BoendeansvarFalt, Rondfrekvens } from '../../generated/graphql.js';

export interface Jamforelse {
  fran: number;
  till: number;
}

/** The version in force (the latest when none is) against the one before it; null with fewer than two versions. */
export function standardJamforelse(versioner: readonly number[], iKraft: number | null): Jamforelse | null {
  const sorterade = [...versioner].sort((a, b) => a - b);
  const till = iKraft ?? sorterade.at(-1);
  if (till === undefined) return null;
  const fran = sorterade.filter((version) => version < till).at(-1);
  return fran === undefined ? null : { fran, till };
}

export const faltNamn: Record<BoendeansvarFalt, string> = {
  VARDCENTRAL: 'Vårdcentral',
  LAKARE: 'Läkare',
  LAKARMEDVERKAN_TIMMAR_PER_VECKA: 'Läkarmedverkan h/vecka',
  RONDFREKVENS: 'Rond',
  KONTAKTPERSON_NAMN: 'Kontaktperson',
  KONTAKTPERSON_TELEFON: 'Kontaktpersonens telefon',
};

interface Enhet {
  hsaId: string;
  namn: string;
}

/** The row's vårdcentral and läkare as the API gave them: null when the region's service did not answer. */
export interface RadMedNamn {
  vardcentral: Enhet | null;
  lakare: Enhet | null;
}

export interface Faltrad {
  falt: string;
  gammalt: string;
  nytt: string;
}

/** A changed field in the page's words: names for vårdcentral and läkare when the region gave them (else the HSA-id), Swedish numbers and codes. */
export function faltrad(andring: { falt: BoendeansvarFalt; fore: string; efter: string }, fore: RadMedNamn, efter: RadMedNamn): Faltrad {
  return { falt: faltNamn[andring.falt], gammalt: varde(andring.falt, andring.fore, fore), nytt: varde(andring.falt, andring.efter, efter) };
}

function varde(falt: BoendeansvarFalt, text: string, rad: RadMedNamn): string {
  switch (falt) {
    case 'VARDCENTRAL':
      return namnFor(rad.vardcentral, text);
    case 'LAKARE':
      return namnFor(rad.lakare, text);
    case 'LAKARMEDVERKAN_TIMMAR_PER_VECKA':
      return formatDecimal(Number(text));
    case 'RONDFREKVENS':
      return rondfrekvensNamn[text as Rondfrekvens] ?? text;
    case 'KONTAKTPERSON_NAMN':
    case 'KONTAKTPERSON_TELEFON':
      return text;
  }
}

function namnFor(enhet: Enhet | null, hsaId: string): string {
  return enhet?.hsaId === hsaId ? enhet.namn : hsaId;
}
