// The words and formats of the granskare's page: times in Swedish time, the
// huvudmän, the log's codes, and the outcome of the chain check.
import { formatTid } from '../../format/tid.js';
import type { AtkomstAtgard, AtkomstResultat, GranskningKedjaFragment } from '../../generated/graphql.js';

/** Access-log times to the second, Swedish time. */
export function formatLoggtid(tid: string): string {
  return formatTid(tid, { sekunder: true });
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
