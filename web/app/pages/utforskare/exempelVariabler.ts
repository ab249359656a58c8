// Variables for the explorer's example operations: dates relative to today,
// and a report that the logged-in user's own huvudman may send. Typed by the
// generated operation types, so the examples cannot drift from the schema.
import type {
  ExempelAvvikelseanalysQueryVariables,
  ExempelForsenadeAterkopplingarQueryVariables,
  ExempelRapporteraAvvikelseMutationVariables,
} from '../../generated/graphql.js';

/** The example närområde of the development data (Göteborg, Angered). */
export const exempelNaromradeId = '1480-angered';
export const exempelVardsamverkansomradeId = 'goteborgsomradet';
export const exempelPatientId = '191212121212';

/** The twelve months up to and including `idag` (YYYY-MM-DD), compared with the twelve before. */
export function avvikelseanalysVariabler(idag: string): ExempelAvvikelseanalysQueryVariables {
  return {
    input: {
      niva: 'DELREGIONAL',
      omradeId: exempelVardsamverkansomradeId,
      fran: addDays(addYears(idag, -1), 1),
      till: idag,
      gruppera: ['KATEGORI', 'RIKTNING'],
      jamforMedForegaendePeriod: true,
    },
  };
}

export function forsenadeAterkopplingarVariabler(): ExempelForsenadeAterkopplingarQueryVariables {
  return { filter: { vardsamverkansomradeId: exempelVardsamverkansomradeId }, first: 20 };
}

/**
 * A report from the user's huvudman (a unit reports for its own huvudman only)
 * to the other side: the region reports to Göteborg, a kommun to the region.
 * A kommun other than Göteborg must fill in one of its own närområden.
 */
export function rapporteraAvvikelseVariabler(
  avsandare: { huvudman: string; organisation: string } | null,
  idag: string,
  klientnyckel: string,
): ExempelRapporteraAvvikelseMutationVariables {
  const rapporterande = avsandare?.huvudman ?? '1480';
  const naromradeId = rapporterande === 'VGR' || rapporterande === '1480' ? exempelNaromradeId : `ANGE-ETT-NAROMRADE-I-${rapporterande}`;
  return {
    input: {
      klientnyckel,
      kategori: 'INFORMATIONSOVERFORING',
      handelsedatum: idag,
      rapporterandeHuvudman: rapporterande,
      rapporterandeEnhetHsaId: avsandare?.organisation || 'SE2120001480-S000000000001',
      mottagandeHuvudman: rapporterande === 'VGR' ? '1480' : 'VGR',
      naromradeId,
      beskrivning: 'Läkemedelslistan saknades vid utskrivning till korttidsboende.',
    },
  };
}

/** Today in the user's time zone as YYYY-MM-DD (an event date is a local date). */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // 29 February a year back becomes 28 February, not 1 March.
  const lastDay = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  return formatUtc(new Date(Date.UTC(year + years, month - 1, Math.min(day, lastDay))));
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return formatUtc(new Date(Date.UTC(year, month - 1, day + days)));
}

function formatUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}
