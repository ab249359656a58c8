// A new version of the närområdesplan as a draft: the plan in force's rows to
// change, the boenden without ansvar offered as rows to add, and the one rule
// that turns the draft into `FaststallNaromradesplanInput` or names, per field,
// what is missing (keys are the API's input paths, so the server's refusals
// land at the same fields; a row's path is its place among the rows sent).
import type { FaststallNaromradesplanInput, Rondfrekvens } from '../../generated/graphql.js';
import type { Naromrade } from './agenda/dagordningsunderlag.js';

export interface Utkastrad {
  boendeId: string;
  boendeNamn: string;
  /** False for a boende offered (without ansvar) but not taken into the plan. */
  med: boolean;
  vardcentralHsaId: string;
  lakareHsaId: string;
  timmar: string;
  rondfrekvens: Rondfrekvens;
  kontaktpersonNamn: string;
  kontaktpersonTelefon: string;
}

export interface Planutkast {
  giltigFran: string;
  faststalldDatum: string;
  rader: Utkastrad[];
}

export function planutkast(naromrade: Naromrade, idag: string, imorgon: string): Planutkast {
  const namn = new Map((naromrade.boenden ?? []).map((boende) => [boende.id, boende.namn]));
  const iPlanen = (naromrade.naromradesplan?.boendeansvar ?? []).map(
    (rad): Utkastrad => ({
      boendeId: rad.boende?.id ?? '',
      boendeNamn: namn.get(rad.boende?.id ?? '') ?? rad.boende?.id ?? '',
      med: true,
      vardcentralHsaId: rad.vardcentral?.hsaId ?? rad.ansvarigVardcentral?.hsaId ?? '',
      lakareHsaId: rad.lakare?.hsaId ?? '',
      timmar: String(rad.lakarmedverkanTimmarPerVecka),
      rondfrekvens: rad.rondfrekvens,
      kontaktpersonNamn: rad.kontaktperson.namn,
      kontaktpersonTelefon: rad.kontaktperson.telefon,
    }),
  );
  const utan = (naromrade.boendenUtanAnsvar ?? []).map(
    (boende): Utkastrad => ({
      boendeId: boende.id,
      boendeNamn: namn.get(boende.id) ?? boende.id,
      med: false,
      vardcentralHsaId: '',
      lakareHsaId: '',
      timmar: '',
      rondfrekvens: 'VARANNAN_VECKA',
      kontaktpersonNamn: '',
      kontaktpersonTelefon: '',
    }),
  );
  return { giltigFran: imorgon, faststalldDatum: idag, rader: [...iPlanen, ...utan] };
}

export type Utkastfel = Record<string, string>;

/** The field key of row `index` of the draft among the rows sent (only rows `med`). */
export function radFalt(utkast: Planutkast, index: number, falt: string): string {
  const skickad = utkast.rader.slice(0, index).filter((rad) => rad.med).length;
  return `input.boendeansvar[${skickad}].${falt}`;
}

export function granskaUtkast(
  utkast: Planutkast,
  naromradeId: string,
  idag: string,
  nuvarandeGiltigFran: string | null,
): { input: FaststallNaromradesplanInput } | { fel: Utkastfel } {
  const fel: Utkastfel = {};
  if (!utkast.giltigFran) fel['input.giltigFran'] = 'Ange från vilket datum versionen gäller.';
  else if (nuvarandeGiltigFran !== null && utkast.giltigFran <= nuvarandeGiltigFran) {
    fel['input.giltigFran'] = `Den nya versionen måste gälla från ett datum efter ${nuvarandeGiltigFran}, då den nuvarande började gälla.`;
  }
  if (!utkast.faststalldDatum) fel['input.faststalldDatum'] = 'Ange när planen fastställdes.';
  else if (utkast.faststalldDatum > idag) fel['input.faststalldDatum'] = 'Fastställelsedatumet kan inte ligga i framtiden.';
  utkast.rader.forEach((rad, index) => {
    if (!rad.med) return;
    const falt = (namn: string) => radFalt(utkast, index, namn);
    if (!rad.vardcentralHsaId) fel[falt('vardcentralHsaId')] = 'Välj ansvarig vårdcentral.';
    if (!rad.lakareHsaId) fel[falt('lakareHsaId')] = 'Välj läkare.';
    const timmar = Number(rad.timmar.replace(',', '.'));
    if (rad.timmar.trim() === '' || !Number.isFinite(timmar) || timmar < 0 || timmar > 100) fel[falt('lakarmedverkanTimmarPerVecka')] = 'Ange timmar per vecka, 0–100.';
    if (!rad.kontaktpersonNamn.trim()) fel[falt('kontaktpersonNamn')] = 'Ange kontaktperson.';
    if (!rad.kontaktpersonTelefon.trim()) fel[falt('kontaktpersonTelefon')] = 'Ange telefonnummer.';
  });
  if (Object.keys(fel).length > 0) return { fel };
  return {
    input: {
      naromradeId,
      giltigFran: utkast.giltigFran,
      faststalldDatum: utkast.faststalldDatum,
      boendeansvar: utkast.rader
        .filter((rad) => rad.med)
        .map((rad) => ({
          boendeId: rad.boendeId,
          vardcentralHsaId: rad.vardcentralHsaId,
          lakareHsaId: rad.lakareHsaId,
          lakarmedverkanTimmarPerVecka: Number(rad.timmar.replace(',', '.')),
          rondfrekvens: rad.rondfrekvens,
          kontaktpersonNamn: rad.kontaktpersonNamn.trim(),
          kontaktpersonTelefon: rad.kontaktpersonTelefon.trim(),
        })),
    },
  };
}
