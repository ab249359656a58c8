// The form for recording a NOSAM meeting as plain data, and the one rule that
// turns it into `RegistreraNosamMoteInput` or says, per field, what is missing.
// Field keys are the API's input paths (`input.medverkande[0].namn`), so the
// server's BAD_USER_INPUT lands next to the same field as the browser's own check.
import type { RegistreraNosamMoteInput } from '../../../generated/graphql.js';

export interface Deltagarrad {
  namn: string;
  roll: string;
  organisation: string;
  /** `VGR` or the närområde's kommunkod. */
  huvudman: string;
}

export type Beslutstyp = 'beslut' | 'ny-atgard' | 'stang-atgard';

export interface Beslutsrad {
  beskrivning: string;
  typ: Beslutstyp;
  atgardBeskrivning: string;
  agare: string;
  ansvarigEnhet: string;
  sistaDatum: string;
  stangAtgardId: string;
}

export interface MoteFormular {
  datum: string;
  starttid: string;
  plats: string;
  deltagare: Deltagarrad[];
  beslut: Beslutsrad[];
  systemfelAvvikelseIds: string[];
}

export type Faltfel = Record<string, string>;

export function tomDeltagare(huvudman: string): Deltagarrad {
  return { namn: '', roll: '', organisation: '', huvudman };
}

export function tomtBeslut(agare: string): Beslutsrad {
  return { beskrivning: '', typ: 'beslut', atgardBeskrivning: '', agare, ansvarigEnhet: '', sistaDatum: '', stangAtgardId: '' };
}

export function tomtMote(idag: string, huvudman: string): MoteFormular {
  return { datum: idag, starttid: '', plats: '', deltagare: [tomDeltagare(huvudman)], beslut: [], systemfelAvvikelseIds: [] };
}

const klockslag = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** The input to send, or the problems per field (nothing is sent while there are any). */
export function granskaMote(formular: MoteFormular, naromradeId: string, idag: string): { input: RegistreraNosamMoteInput } | { fel: Faltfel } {
  const fel: Faltfel = {};
  if (!formular.datum) fel['input.datum'] = 'Ange mötets datum.';
  else if (formular.datum > idag) fel['input.datum'] = 'Ett möte registreras när det har hållits: datumet kan inte ligga i framtiden.';
  if (formular.starttid && !klockslag.test(formular.starttid)) fel['input.starttid'] = 'Skriv tiden som TT:MM, t.ex. 13:30.';
  const deltagare = formular.deltagare.filter((rad) => rad.namn.trim() || rad.roll.trim() || rad.organisation.trim());
  if (deltagare.length === 0) fel['input.medverkande'] = 'Ange minst en deltagare.';
  deltagare.forEach((rad, index) => {
    for (const falt of ['namn', 'roll', 'organisation'] as const) {
      if (!rad[falt].trim()) fel[`input.medverkande[${index}].${falt}`] = 'Fyll i fältet.';
    }
  });
  formular.beslut.forEach((rad, index) => {
    const falt = `input.beslut[${index}]`;
    if (!rad.beskrivning.trim()) fel[`${falt}.beskrivning`] = 'Skriv vad som beslutades.';
    if (rad.typ === 'ny-atgard') {
      if (!rad.atgardBeskrivning.trim()) fel[`${falt}.nyAtgard.beskrivning`] = 'Skriv vad som ska göras.';
      if (!rad.ansvarigEnhet.trim()) fel[`${falt}.nyAtgard.ansvarigEnhet`] = 'Ange ansvarig enhet.';
      if (!rad.sistaDatum) fel[`${falt}.nyAtgard.sistaDatum`] = 'Ange sista datum.';
    }
    if (rad.typ === 'stang-atgard' && !rad.stangAtgardId) fel[`${falt}.stangAtgardId`] = 'Välj åtgärden som är klar.';
  });
  if (Object.keys(fel).length > 0) return { fel };
  return {
    input: {
      naromradeId,
      datum: formular.datum,
      ...(formular.starttid ? { starttid: formular.starttid } : {}),
      ...(formular.plats.trim() ? { plats: formular.plats.trim() } : {}),
      medverkande: deltagare.map((rad) => ({ namn: rad.namn.trim(), roll: rad.roll.trim(), organisation: rad.organisation.trim(), huvudman: rad.huvudman })),
      beslut: formular.beslut.map((rad) => ({
        beskrivning: rad.beskrivning.trim(),
        ...(rad.typ === 'ny-atgard'
          ? { nyAtgard: { beskrivning: rad.atgardBeskrivning.trim(), agare: rad.agare, ansvarigEnhet: rad.ansvarigEnhet.trim(), sistaDatum: rad.sistaDatum } }
          : {}),
        ...(rad.typ === 'stang-atgard' ? { stangAtgardId: rad.stangAtgardId } : {}),
      })),
      systemfelAvvikelseIds: formular.systemfelAvvikelseIds,
    },
  };
}
