// The words and formats of the granskare's page: times in Swedish time, the
// huvudmän, the log's codes, and the outcome of the chain check.
import type { AtkomstAtgard, AtkomstResultat, GranskningKedjaFragment } from '../../generated/graphql.js';

const tidsformat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** `2026-11-23T08:30:00.000Z` → `2026-11-23 09:30:00`, Swedish time whatever the browser's zone; unreadable text as it came. */
export function formatTid(tid: string): string {
  const date = new Date(tid);
  if (Number.isNaN(date.getTime())) return tid;
  const delar = Object.fromEntries(tidsformat.formatToParts(date).map((del) => [del.type, del.value]));
  return `${delar['year']}-${delar['month']}-${delar['day']} ${delar['hour']}:${delar['minute']}:${delar['second']}`;
}

/** `VGR` → `VGR`, `1480` → `Kommun 1480`. */
export function huvudmanText(huvudman: string): string {
  return /^\d{4}$/.test(huvudman) ? `Kommun ${huvudman}` : huvudman;
}

export const atgardNamn: Record<AtkomstAtgard, string> = {
  LASNING: 'Läsning',
  SKRIVNING: 'Skrivning',
};

export const resultatNamn: Record<AtkomstResultat, string> = {
  TILLATEN: 'Tillåten',
  NEKAD: 'Nekad',
  FILTRERAD: 'Filtrerad',
};

/** The log's categories as they are stored (`listning`, `sip`, …), so the auditor can match them against the log itself. */
export function kategorierText(kategorier: readonly string[]): string {
  return kategorier.length > 0 ? kategorier.join(', ') : '–';
}

const kedjefel: Record<string, string> = {
  RAD_ANDRAD: 'Raden har ändrats',
  KEDJAN_BRUTEN: 'En rad har lagts till eller länken ändrats',
  RAD_SAKNAS: 'En rad saknas',
};

/** What the chain check found, in one sentence. */
export function kedjeutfall(verifiering: GranskningKedjaFragment): string {
  if (verifiering.hel) {
    const rader = verifiering.kontrolleradeRader;
    return `Kedjan är hel: ${rader} ${rader === 1 ? 'rad kontrollerad' : 'rader kontrollerade'}.`;
  }
  const fel = verifiering.fel ? (kedjefel[verifiering.fel] ?? `Okänt fel (${verifiering.fel})`) : 'Okänt fel';
  const plats = verifiering.forstaFelLopnummer === null ? '' : ` vid rad ${verifiering.forstaFelLopnummer}`;
  return `Kedjan är bruten${plats}: ${fel}.`;
}
