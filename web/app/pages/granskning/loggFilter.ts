// What the granskare searches for — which log, and the API's AtkomstloggFilter
// (patient, användare, period, grund) — read from and written to the URL
// (`#/granskning?logg=samverkan&patient=191212121212&grund=NODATKOMST`), and
// checked in the browser so a typo shows beside its field instead of reaching
// a huvudman.
import type { AtkomstGrund, AtkomstloggFilter } from '../../generated/graphql.js';
import { parsePersonnummer } from '../../format/personnummer.js';

/** The logs a granskare reads: the own huvudman's (region or kommun) and the shared layer's. */
export type Logg = 'region' | 'kommun' | 'samverkan';

export const loggNamn: Record<Logg, string> = {
  region: 'Regionens logg',
  kommun: 'Kommunens logg',
  samverkan: 'Samverkanslagrets logg',
};

/** A VGR granskare reads the region's log, a kommun's granskare its kommun's; both the shared layer's. */
export function loggarFor(huvudman: string): Logg[] {
  return [huvudman === 'VGR' ? 'region' : 'kommun', 'samverkan'];
}

export const grunder = ['EGEN_VARDRELATION', 'SAMTYCKE', 'NODATKOMST'] as const satisfies readonly AtkomstGrund[];

export const grundNamn: Record<AtkomstGrund, string> = {
  EGEN_VARDRELATION: 'Egen vårdrelation',
  SAMTYCKE: 'Samtycke',
  NODATKOMST: 'Nödåtkomst',
};

/** The search as typed or as in the URL: every field text, empty when not used. */
export interface Loggsokning {
  logg: Logg;
  patient: string;
  anvandare: string;
  fran: string;
  till: string;
  /** An AtkomstGrund, or empty for every ground. */
  grund: string;
}

export type Sokfalt = 'patient' | 'anvandare' | 'fran' | 'till' | 'grund';

/** Why a field is not valid, by field. */
export type Sokfel = Partial<Record<Sokfalt, string>>;

export type Sokgranskning = { ok: true; sokning: Loggsokning; filter: AtkomstloggFilter } | { ok: false; fel: Sokfel };

/** Reads the search from the URL; a log the user's huvudman has no part in falls back to its own. */
export function lasLoggsokning(params: Record<string, string>, huvudman: string): Loggsokning {
  const loggar = loggarFor(huvudman);
  const logg = loggar.find((candidate) => candidate === params['logg']) ?? loggar[0]!;
  return {
    logg,
    patient: params['patient'] ?? '',
    anvandare: params['anvandare'] ?? '',
    fran: params['fran'] ?? '',
    till: params['till'] ?? '',
    grund: params['grund'] ?? '',
  };
}

/** The URL parameters of a (checked) search; empty fields leave the URL. */
export function loggsokningParams(sokning: Loggsokning): Record<string, string | null> {
  return {
    logg: sokning.logg,
    patient: sokning.patient || null,
    anvandare: sokning.anvandare || null,
    fran: sokning.fran || null,
    till: sokning.till || null,
    grund: sokning.grund || null,
  };
}

/**
 * Checks a search field by field. Valid, it gives the search in its URL form
 * (personnummer as twelve digits, text trimmed) and the GraphQL filter with
 * only the conditions given.
 */
export function granskaLoggsokning(sokning: Loggsokning): Sokgranskning {
  const fel: Sokfel = {};
  const patientText = sokning.patient.trim();
  const anvandare = sokning.anvandare.trim();
  const fran = sokning.fran.trim();
  const till = sokning.till.trim();
  const grund = sokning.grund.trim();

  let patient = '';
  if (patientText) {
    const resultat = parsePersonnummer(patientText);
    if (resultat.ok) patient = resultat.personnummer;
    else fel.patient = resultat.fel;
  }
  if (/\s/.test(anvandare)) fel.anvandare = 'Ett HSA-id har inga mellanslag.';
  else if (anvandare.length > 64) fel.anvandare = 'Ett HSA-id har högst 64 tecken.';
  if (fran && !isDate(fran)) fel.fran = 'Skriv datumet som ÅÅÅÅ-MM-DD.';
  if (till && !isDate(till)) fel.till = 'Skriv datumet som ÅÅÅÅ-MM-DD.';
  if (fran && till && !fel.fran && !fel.till && fran > till) fel.till = 'Slutdatumet kan inte vara före startdatumet.';
  if (grund && !(grunder as readonly string[]).includes(grund)) fel.grund = 'Välj en grund i listan.';
  if (Object.keys(fel).length > 0) return { ok: false, fel };

  const filter: AtkomstloggFilter = {};
  if (patient) filter.patientId = patient;
  if (anvandare) filter.anvandare = anvandare;
  if (fran) filter.fran = fran;
  if (till) filter.till = till;
  if (grund) filter.grund = grund as AtkomstGrund;
  return { ok: true, sokning: { logg: sokning.logg, patient, anvandare, fran, till, grund }, filter };
}

/** Whether any condition narrows the log. */
export function harVillkor(sokning: Loggsokning): boolean {
  return Boolean(sokning.patient || sokning.anvandare || sokning.fran || sokning.till || sokning.grund);
}

/** A real calendar day written `YYYY-MM-DD`. */
function isDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
