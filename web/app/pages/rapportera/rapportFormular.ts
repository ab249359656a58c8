// The report form's rules, without React: who receives the avvikelse (derived
// the way the server checks it, never a free choice it would refuse), and the
// form's state turned into the API's input or into a problem per field.
import { kommunkodOfNaromrade } from '../../components/NaromradeValjare.js';
import { kommunnamnEllerKod } from '../../format/kommunnamn.js';
import { parsePersonnummer } from '../../format/personnummer.js';
import type { AvvikelseKategori, RapporteraAvvikelseInput } from '../../generated/graphql.js';
import { kategoriForklaringar } from './kategoriForklaringar.js';

export const regionHuvudman = 'VGR';
export const regionensNamn = 'Västra Götalandsregionen';
/** As the server counts (code points, after trimming). */
export const maxBeskrivningLangd = 4000;
/** How far back the server takes an event; older ones belong in the yearly follow-up. */
export const maxArBakat = 5;

export interface Formular {
  kategori: AvvikelseKategori | '';
  /** `YYYY-MM-DD`, as the date input gives it ('' when cleared). */
  handelsedatum: string;
  beskrivning: string;
  naromradeId: string | null;
  /** '' for "Vet inte". */
  mottagandeEnhetHsaId: string;
  /** As typed; '' when no patient is named. */
  personnummer: string;
}

/** The fields a problem can belong to, in the order they stand on the page (focus goes to the first). */
export const faltOrdning = ['kategori', 'handelsedatum', 'beskrivning', 'naromradeId', 'mottagandeEnhetHsaId', 'patientId'] as const;
export type Falt = (typeof faltOrdning)[number];
export type FaltFel = Partial<Record<Falt, string>>;

export function tomtFormular(idag: string, personnummer = ''): Formular {
  return { kategori: '', handelsedatum: idag, beskrivning: '', naromradeId: null, mottagandeEnhetHsaId: '', personnummer };
}

export function arKategori(value: string): value is AvvikelseKategori {
  return Object.hasOwn(kategoriForklaringar, value);
}

/**
 * Who receives a report from `egenHuvudman` about `naromradeId`: a kommun
 * reports to the region; the region reports to the kommun the närområde lies
 * in (null until a närområde is chosen).
 */
export function harledMottagandeHuvudman(egenHuvudman: string, naromradeId: string | null): string | null {
  if (egenHuvudman !== regionHuvudman) return regionHuvudman;
  return naromradeId === null ? null : kommunkodOfNaromrade(naromradeId);
}

/** `VGR` → Västra Götalandsregionen; a kommunkod → the kommun's name, or "kommun 1480" when names are unavailable. */
export function huvudmanNamn(huvudman: string, kommunnamn: ReadonlyMap<string, string>): string {
  if (huvudman === regionHuvudman) return regionensNamn;
  return kommunnamnEllerKod(kommunnamn, huvudman);
}

/** The input path the API names a field by (`extensions.field`). */
export function inputSokvag(falt: Falt): string {
  return `input.${falt}`;
}

/** The server's field messages sorted onto the form's fields; the rest belong to the whole form. */
export function fordelaServerfel(falt: Readonly<Record<string, string>>): { falt: FaltFel; ovriga: string[] } {
  const result: { falt: FaltFel; ovriga: string[] } = { falt: {}, ovriga: [] };
  for (const [sokvag, text] of Object.entries(falt)) {
    const namn = faltOrdning.find((candidate) => inputSokvag(candidate) === sokvag);
    if (namn) result.falt[namn] = text;
    else if (!result.ovriga.includes(text)) result.ovriga.push(text);
  }
  return result;
}

export function forstaFaltMedFel(fel: FaltFel): Falt | null {
  return faltOrdning.find((falt) => fel[falt] !== undefined) ?? null;
}

export interface Avsandare {
  /** `VGR` or the kommunkod of the user (session.huvudman). */
  huvudman: string;
  /** The user's unit, HSA-id (session.organisation). */
  enhetHsaId: string;
}

export type Granskning = { ok: true; input: RapporteraAvvikelseInput } | { ok: false; fel: FaltFel };

/** The form checked as the server will check it, before anything is sent; `idag` is today in Sweden. */
export function granska(formular: Formular, avsandare: Avsandare, klientnyckel: string, idag: string): Granskning {
  const fel: FaltFel = {};
  if (formular.kategori === '') fel.kategori = 'Välj den kategori som passar bäst.';

  if (!/^\d{4}-\d{2}-\d{2}$/.test(formular.handelsedatum) || !giltigtDatum(formular.handelsedatum)) {
    fel.handelsedatum = 'Ange dagen det hände (ÅÅÅÅ-MM-DD).';
  } else if (formular.handelsedatum > idag) {
    fel.handelsedatum = 'Datumet kan inte ligga i framtiden.';
  } else if (formular.handelsedatum < arTidigare(idag, maxArBakat)) {
    fel.handelsedatum = 'Datumet får ligga högst fem år bak i tiden.';
  }

  const beskrivning = formular.beskrivning.normalize('NFC').trim();
  if (beskrivning.length === 0) fel.beskrivning = 'Beskriv vad som hände.';
  else if ([...beskrivning].length > maxBeskrivningLangd) {
    fel.beskrivning = `Texten är för lång: högst 4 000 tecken (nu ${[...beskrivning].length.toLocaleString('sv-SE')}).`;
  }

  const mottagande = harledMottagandeHuvudman(avsandare.huvudman, formular.naromradeId);
  if (formular.naromradeId === null) fel.naromradeId = 'Välj närområdet där det hände.';
  else if (avsandare.huvudman !== regionHuvudman && kommunkodOfNaromrade(formular.naromradeId) !== avsandare.huvudman) {
    fel.naromradeId = 'Välj ett närområde i din egen kommun: kommunen rapporterar till regionen om det som hänt i kommunen.';
  }

  let patientId: string | null = null;
  if (formular.personnummer.trim() !== '') {
    const parsed = parsePersonnummer(formular.personnummer);
    if (parsed.ok) patientId = parsed.personnummer;
    else fel.patientId = parsed.fel;
  }

  if (forstaFaltMedFel(fel) !== null || mottagande === null || formular.kategori === '' || formular.naromradeId === null) return { ok: false, fel };
  return {
    ok: true,
    input: {
      klientnyckel,
      kategori: formular.kategori,
      handelsedatum: formular.handelsedatum,
      rapporterandeHuvudman: avsandare.huvudman,
      rapporterandeEnhetHsaId: avsandare.enhetHsaId,
      mottagandeHuvudman: mottagande,
      naromradeId: formular.naromradeId,
      beskrivning,
      ...(formular.mottagandeEnhetHsaId !== '' ? { mottagandeEnhetHsaId: formular.mottagandeEnhetHsaId } : {}),
      ...(patientId !== null ? { patientId } : {}),
    },
  };
}

/** The same calendar day `ar` years earlier (29 February → 28 February), as the server counts. */
export function arTidigare(datum: string, ar: number): string {
  const tidigare = `${String(Number(datum.slice(0, 4)) - ar).padStart(4, '0')}${datum.slice(4)}`;
  return giltigtDatum(tidigare) ? tidigare : `${tidigare.slice(0, 8)}28`;
}

function giltigtDatum(datum: string): boolean {
  const [year, month, day] = datum.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A new client key for one report (kept across its failed attempts and
 * retries): a UUID, also where `crypto.randomUUID` is missing (a page served
 * over plain HTTP under a host name is no secure context).
 */
export interface Slumpkalla {
  getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
  randomUUID?: () => string;
}

export function nyKlientnyckel(source: Slumpkalla = crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
