// The "Starta SIP" form for one patient of the SIP-gap worklist: what the
// user fills in, checked in the browser for what is plainly missing (the
// server checks the rest, e.g. personnummer in free text), and turned into
// `SkapaSipInput`. The patient's consent is recorded for this patient only.
// A SIP has one or more insatser, each with who does what; all go in the one
// `skapaSip`, so the SIP is never stored with only some of them.
import type { SkapaSipInput } from '../../generated/graphql.js';

export interface StartaSipFormular {
  /** The patient has consented to a SIP (and to sharing information for it). */
  samtycke: boolean;
  samtyckeDatum: string;
  /** `VGR` or the närområde's kommunkod. */
  huvudansvar: string;
  /** One need per line. */
  behov: string;
  /** At least one. */
  insatser: Insatsrad[];
  nastaUppfoljning: string;
}

export interface Insatsrad {
  /** Stable while the rows around it are added and removed (a React key; never sent). */
  nyckel: number;
  /** What is done. */
  beskrivning: string;
  /** `VGR` or the närområde's kommunkod. */
  huvudman: string;
  /** The responsible verksamhet. */
  verksamhet: string;
}

/** Input path (as the API names it in `extensions.field`) → message. */
export type Faltfel = Record<string, string>;

/** Today's date as consent date, the first follow-up in 30 days, huvudansvar and the insats at the user's side when a party. */
export function tomtStartaSip(idag: string, egenHuvudman: string, kommunkod: string): StartaSipFormular {
  const sida = egenHuvudman === 'VGR' ? 'VGR' : kommunkod;
  return {
    samtycke: false,
    samtyckeDatum: idag,
    huvudansvar: sida,
    behov: '',
    insatser: [{ nyckel: 1, beskrivning: '', huvudman: sida, verksamhet: '' }],
    nastaUppfoljning: laggTillDagar(idag, 30),
  };
}

/** The lines of a textarea, trimmed, empty ones left out. */
export function rader(text: string): string[] {
  return text
    .split('\n')
    .map((rad) => rad.trim())
    .filter((rad) => rad.length > 0);
}

/** Checks the form; the input for `skapaSip` when nothing plainly is missing. */
export function granskaStartaSip(
  formular: StartaSipFormular,
  patient: { personnummer: string; naromradeId: string; klientnyckel: string },
  idag: string,
): { input: SkapaSipInput } | { fel: Faltfel } {
  const fel: Faltfel = {};
  if (!formular.samtycke) fel['input.samtycke'] = 'En SIP kräver patientens samtycke. Kryssa i när patienten har samtyckt.';
  if (!formular.samtyckeDatum) fel['input.samtyckeDatum'] = 'Ange när patienten samtyckte.';
  else if (formular.samtyckeDatum > idag) fel['input.samtyckeDatum'] = 'Datumet kan inte ligga i framtiden.';
  const behov = rader(formular.behov);
  if (behov.length === 0) fel['input.behov'] = 'Ange minst ett behov.';
  if (formular.insatser.length === 0) fel['input.insatser'] = 'Lägg till minst en insats.';
  formular.insatser.forEach((insats, index) => {
    if (!insats.beskrivning.trim()) fel[`input.insatser.${index}.beskrivning`] = `Beskriv vad som görs i insats ${index + 1}.`;
    if (!insats.verksamhet.trim()) fel[`input.insatser.${index}.verksamhet`] = `Ange verksamheten för insats ${index + 1}.`;
  });
  if (!formular.nastaUppfoljning) fel['input.nastaUppfoljning'] = 'Ange datum för första uppföljningen.';
  else if (formular.nastaUppfoljning < idag) fel['input.nastaUppfoljning'] = 'Uppföljningen kan inte ligga i det förflutna.';
  if (Object.keys(fel).length > 0) return { fel };
  return {
    input: {
      klientnyckel: patient.klientnyckel,
      patientId: patient.personnummer,
      naromradeId: patient.naromradeId,
      huvudansvar: formular.huvudansvar,
      behov,
      insatser: formular.insatser.map((insats) => ({ beskrivning: insats.beskrivning.trim(), huvudman: insats.huvudman, verksamhet: insats.verksamhet.trim() })),
      samtycke: true,
      samtyckeDatum: formular.samtyckeDatum,
      nastaUppfoljning: formular.nastaUppfoljning,
    },
  };
}

/** The server's field paths onto the form's fields: every `input.behov.N` is the one behov field. */
export function faltForStartaSip(falt: Faltfel): Faltfel {
  const ut: Faltfel = {};
  for (const [path, text] of Object.entries(falt)) {
    const key = /^input\.behov\.\d+$/.test(path) ? 'input.behov' : path;
    ut[key] ??= text;
  }
  return ut;
}

/** A new empty insats last, at the user's side like the first. */
export function laggTillInsats(formular: StartaSipFormular, huvudman: string): StartaSipFormular {
  const nyckel = Math.max(0, ...formular.insatser.map((insats) => insats.nyckel)) + 1;
  return { ...formular, insatser: [...formular.insatser, { nyckel, beskrivning: '', huvudman, verksamhet: '' }] };
}

/** Without the insats at `index`; the only one stays (a SIP needs at least one). */
export function taBortInsats(formular: StartaSipFormular, index: number): StartaSipFormular {
  if (formular.insatser.length <= 1) return formular;
  return { ...formular, insatser: formular.insatser.filter((_, annan) => annan !== index) };
}

export function andraInsats(formular: StartaSipFormular, index: number, andring: Partial<Omit<Insatsrad, 'nyckel'>>): StartaSipFormular {
  return { ...formular, insatser: formular.insatser.map((insats, annan) => (annan === index ? { ...insats, ...andring } : insats)) };
}

/**
 * The messages once the insats at `index` is removed: its own go, those of
 * the insatser after it follow them to their new place (the paths are by index).
 */
export function felUtanInsats(fel: Faltfel, index: number): Faltfel {
  const ut: Faltfel = {};
  for (const [path, text] of Object.entries(fel)) {
    const match = /^input\.insatser\.(\d+)(\..*)?$/.exec(path);
    if (!match) ut[path] = text;
    else {
      const plats = Number(match[1]);
      if (plats < index) ut[path] = text;
      else if (plats > index) ut[`input.insatser.${plats - 1}${match[2] ?? ''}`] = text;
    }
  }
  return ut;
}

/** YYYY-MM-DD plus some days (calendar days, no time zone). */
export function laggTillDagar(datum: string, dagar: number): string {
  const [year, month, day] = datum.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + dagar)).toISOString().slice(0, 10);
}
