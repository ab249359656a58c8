// Variables for the explorer's example operations: dates relative to today,
// and a report that the logged-in user's own huvudman may send. Typed by the
// generated operation types, so the examples cannot drift from the schema.
import type {
  BoendeansvarInput,
  ExempelAvvikelseanalysQueryVariables,
  ExempelFaststallNaromradesplanMutationVariables,
  ExempelForsenadeAterkopplingarQueryVariables,
  ExempelHanteraAvvikelseMutationVariables,
  ExempelHanteraSipMutationVariables,
  ExempelRapporteraAvvikelseMutationVariables,
  ExempelRegistreraNosamMoteMutationVariables,
  ExempelSkapaSipMutationVariables,
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

/**
 * Seeded rows the mutation examples act on, so they work against a fresh `npm start` (the seed is the same
 * whenever it is generated; exempelVariabler.test.ts checks these against it). Both are Angered's, where the
 * region and Göteborg are the parties.
 */
export const exempelSeed = {
  /** Reported by Göteborg to the region, received (MOTTAGEN, version 2). */
  avvikelse: { id: 'avv-001418', version: 2 },
  /** 191212121212's SIP, in follow-up (UPPFOLJNING, version 5). */
  sip: { id: 'sip-00001', version: 5 },
} as const;

/** Angered's plan in force as seeded: a new version with the same rows changes nothing but the version. */
export const exempelBoendeansvar: readonly BoendeansvarInput[] = [
  rad('0001', '31', '125', 3.5, 'VARJE_VECKA', 'Elin Andersson', '010-429 69 65'),
  rad('0002', '32', '130', 1.5, 'VARANNAN_VECKA', 'Fatima Olsson', '010-445 91 84'),
  rad('0003', '31', '126', 7, 'VARJE_VECKA', 'Emma Wallin', '010-450 61 02'),
  rad('0004', '32', '128', 1, 'VARJE_VECKA', 'Kerstin Forsberg', '010-425 77 87'),
];

function rad(
  boende: string,
  vardcentral: string,
  lakare: string,
  lakarmedverkanTimmarPerVecka: number,
  rondfrekvens: BoendeansvarInput['rondfrekvens'],
  kontaktpersonNamn: string,
  kontaktpersonTelefon: string,
): BoendeansvarInput {
  return {
    boendeId: `boende-1480-${boende}`,
    vardcentralHsaId: `SE2321000131-E0000000000${vardcentral}`,
    lakareHsaId: `SE2321000131-P000000000${lakare}`,
    lakarmedverkanTimmarPerVecka,
    rondfrekvens,
    kontaktpersonNamn,
    kontaktpersonTelefon,
  };
}

/**
 * A step the user's side may take on the seeded avvikelse: the region (receiving) starts the investigation;
 * Göteborg (reporting), or anyone else, lifts it as a systemfel to NOSAM, which either side may.
 */
export function hanteraAvvikelseVariabler(huvudman: string | null): ExempelHanteraAvvikelseMutationVariables {
  const { id, version } = exempelSeed.avvikelse;
  return {
    input:
      huvudman === 'VGR'
        ? { avvikelseId: id, version, handling: 'PABORJA_UTREDNING' }
        : { avvikelseId: id, version, handling: 'LYFT_SOM_SYSTEMFEL', systemfelNiva: 'NOSAM' },
  };
}

/** A new SIP for the test person in Angered, with huvudansvar at the writer's side (Göteborg unless the region). */
export function skapaSipVariabler(huvudman: string | null, idag: string, klientnyckel: string): ExempelSkapaSipMutationVariables {
  return {
    input: {
      klientnyckel,
      patientId: exempelPatientId,
      naromradeId: exempelNaromradeId,
      huvudansvar: huvudman === 'VGR' ? 'VGR' : '1480',
      behov: ['Trygghet i hemmet efter utskrivning', 'Samordnad läkemedelshantering'],
      insatser: [
        { beskrivning: 'Läkemedelsgenomgång', huvudman: 'VGR', verksamhet: 'Vårdcentral' },
        { beskrivning: 'Hjälp med läkemedel morgon och kväll', huvudman: '1480', verksamhet: 'Hemsjukvård' },
      ],
      deltagare: [
        { roll: 'Personen själv' },
        { roll: 'Fast läkarkontakt', huvudman: 'VGR' },
        { roll: 'Sjuksköterska i hemsjukvården', huvudman: '1480' },
      ],
      samtycke: true,
      samtyckeDatum: idag,
      nastaUppfoljning: addDays(idag, 30),
    },
  };
}

/** A follow-up of the seeded SIP, the next one in six weeks. */
export function hanteraSipVariabler(idag: string): ExempelHanteraSipMutationVariables {
  const { id, version } = exempelSeed.sip;
  return {
    input: { sipId: id, version, handling: 'FOLJ_UPP', nastaUppfoljning: addDays(idag, 42), kommentar: 'Uppföljning hållen; insatserna fungerar.' },
  };
}

/** Angered's plan again from tomorrow (a version must start after the current one), adopted today. */
export function faststallNaromradesplanVariabler(idag: string): ExempelFaststallNaromradesplanMutationVariables {
  return { input: { naromradeId: exempelNaromradeId, giltigFran: addDays(idag, 1), faststalldDatum: idag, boendeansvar: [...exempelBoendeansvar] } };
}

/** Today's NOSAM meeting in Angered with one decision that creates an åtgärd, owned by the writer's side. */
export function registreraNosamMoteVariabler(huvudman: string | null, idag: string): ExempelRegistreraNosamMoteMutationVariables {
  return {
    input: {
      naromradeId: exempelNaromradeId,
      datum: idag,
      deltagare: ['Enhetschef hemsjukvården', 'Verksamhetschef vårdcentralen', 'Medicinskt ansvarig sjuksköterska'],
      beslut: [
        {
          beskrivning: 'Gemensam rutin för läkemedelslistan vid utskrivning tas fram.',
          nyAtgard: {
            beskrivning: 'Ta fram gemensam rutin för läkemedelslistan vid utskrivning',
            agare: huvudman === 'VGR' ? 'VGR' : '1480',
            ansvarigEnhet: huvudman === 'VGR' ? 'Närhälsan Hjällbo vårdcentral' : 'Hemsjukvården Angered',
            sistaDatum: addDays(idag, 90),
          },
        },
      ],
      systemfelAvvikelseIds: [],
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
