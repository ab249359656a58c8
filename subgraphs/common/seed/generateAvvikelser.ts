// Avvikelser i samverkan over the last three years, per närområde in
// proportion to inhabitants: both directions, categories and statuses in
// plausible proportions, ~40% concerning a patient of the närområde. Each
// gets the times of its workflow: received 0–10 days after the report, and
// återkoppling mostly 10–55 days after receipt (~15% after the 60-day limit);
// a minority of the open ones (~10–20%) are overdue on the reference date.
import { fromDayNumber } from './calendarDays.js';
import { avvikelseBeskrivning, type AvvikelseRiktning } from './avvikelseBeskrivningar.js';
import { boendeEnhetHsaId, hemsjukvardEnhetHsaId, hemtjanstEnhetHsaId } from './hsaIds.js';
import { createRandom, type Random } from './random.js';
import { required, type PatientProfile, type SeedContext } from './seedContext.js';
import type { AvvikelseKategori, AvvikelseSeed, AvvikelseStatus, NaromradeSeed } from './World.js';

const windowDays = 3 * 365;
const patientShare = 0.4;

// Informationsöverföring and läkemedel dominate in the regional follow-ups.
const kategoriWeights: readonly (readonly [AvvikelseKategori, number])[] = [
  ['INFORMATIONSOVERFORING', 30],
  ['LAKEMEDEL', 22],
  ['IN_OCH_UTSKRIVNING', 14],
  ['VARDPLANERING', 9],
  ['LAKARMEDVERKAN', 8],
  ['SIP', 5],
  ['HJALPMEDEL', 5],
  ['OVRIGT', 4],
  ['BEMOTANDE', 3],
];

// How often the kommun is the reporter; läkarmedverkan is almost always reported by the kommun.
const kommunReports: Readonly<Record<AvvikelseKategori, number>> = {
  INFORMATIONSOVERFORING: 0.6,
  LAKEMEDEL: 0.6,
  IN_OCH_UTSKRIVNING: 0.7,
  SIP: 0.5,
  LAKARMEDVERKAN: 0.9,
  HJALPMEDEL: 0.5,
  VARDPLANERING: 0.6,
  BEMOTANDE: 0.5,
  OVRIGT: 0.5,
};

export function generateAvvikelser(context: SeedContext): void {
  for (const { naromrade } of context.naromraden) {
    const random = createRandom(`avvikelser:${naromrade.id}`);
    // A stream of its own, so that drawing the workflow times leaves every other draw as it was.
    const timesRandom = createRandom(`avvikelse-tider:${naromrade.id}`);
    const { avvikelser: count } = required(context.targets, naromrade.id, 'targets');
    const patients = required(context.kommunPatientsByNaromrade, naromrade.id, 'patients');
    for (let index = 0; index < count; index++) {
      const avvikelse = drawAvvikelse(context, random, naromrade, patients);
      context.world.samverkan.avvikelser.push({ ...avvikelse, ...drawWorkflowTimes(timesRandom, avvikelse, latestSeedInstantMs(context.referenceDay)) });
    }
  }
}

/** Orders the avvikelser by when they were reported and numbers them `avv-000001`…. */
export function numberAvvikelser(avvikelser: AvvikelseSeed[]): void {
  avvikelser.sort((a, b) => (a.rapporteradTid < b.rapporteradTid ? -1 : a.rapporteradTid > b.rapporteradTid ? 1 : 0));
  avvikelser.forEach((avvikelse, index) => {
    avvikelse.id = `avv-${String(index + 1).padStart(6, '0')}`;
  });
}

function drawAvvikelse(
  context: SeedContext,
  random: Random,
  naromrade: NaromradeSeed,
  patients: readonly PatientProfile[],
): AvvikelseSeed {
  const kategori = random.weighted(kategoriWeights);
  const riktning: AvvikelseRiktning = random.chance(kommunReports[kategori]) ? 'KOMMUN_TILL_VGR' : 'VGR_TILL_KOMMUN';

  let patient: PatientProfile | null = null;
  let handelsedag: number | null = null;
  if (patients.length > 0 && random.chance(patientShare)) {
    const candidate = random.pick(patients);
    // The event must fall within the time the kommun knew the patient.
    const from = Math.max(candidate.firstDay, context.referenceDay - windowDays);
    const to = Math.min(candidate.lastDay, context.referenceDay);
    if (from <= to) {
      patient = candidate;
      handelsedag = random.int(from, to);
    }
  }
  // Reporting has grown: the last year holds more than its share.
  handelsedag ??= context.referenceDay - (random.chance(0.4) ? random.int(0, 364) : random.int(0, windowDays - 1));
  const rapporteradDag = Math.min(context.referenceDay, handelsedag + drawReportDelay(random));

  const kommunReporter = riktning === 'KOMMUN_TILL_VGR';
  return {
    id: '',
    kategori,
    status: drawStatus(random, context.referenceDay - rapporteradDag),
    handelsedatum: fromDayNumber(handelsedag),
    rapporteradTid: `${fromDayNumber(rapporteradDag)}T${twoDigits(random.int(6, 20))}:${twoDigits(random.int(0, 59))}:00.000Z`,
    rapporterandeHuvudman: kommunReporter ? naromrade.kommunkod : 'VGR',
    rapporterandeEnhetHsaId: kommunReporter
      ? kommunEnhet(context, random, naromrade, patient, handelsedag)
      : vardcentralEnhet(context, random, naromrade, patient),
    mottagandeHuvudman: kommunReporter ? 'VGR' : naromrade.kommunkod,
    naromradeId: naromrade.id,
    kommunkod: naromrade.kommunkod,
    beskrivning: avvikelseBeskrivning(random, kategori, riktning),
    personnummer: patient?.personnummer ?? null,
    mottagenTid: null,
    aterkoppladTid: null,
  };
}

const minuteMs = 60_000;
const dayMinutes = 24 * 60;
/** The last instant of the reference day in Sweden (22:00Z in summer, 23:00Z in winter; the earlier bound holds for both). */
export function latestSeedInstantMs(referenceDay: number): number {
  return (referenceDay + 1) * dayMinutes * minuteMs - 2 * 60 * minuteMs - 1_000;
}

/** When it was received (null while RAPPORTERAD) and when återkoppling was given (ATERKOPPLAD and AVSLUTAD). */
export function drawWorkflowTimes(
  random: Random,
  avvikelse: Pick<AvvikelseSeed, 'status' | 'rapporteradTid'>,
  latestMs: number,
): Pick<AvvikelseSeed, 'mottagenTid' | 'aterkoppladTid'> {
  if (avvikelse.status === 'RAPPORTERAD') return { mottagenTid: null, aterkoppladTid: null };
  const rapporteradMs = Date.parse(avvikelse.rapporteradTid);
  // Most are received the same or the next working day, some only after a week or more.
  const receiptMinutes = random.weighted([
    [random.int(15, 8 * 60), 50],
    [random.int(8 * 60, 3 * dayMinutes), 35],
    [random.int(3 * dayMinutes, 10 * dayMinutes), 15],
  ]);
  const mottagenMs = Math.max(rapporteradMs, Math.min(latestMs, rapporteradMs + receiptMinutes * minuteMs));
  if (avvikelse.status !== 'ATERKOPPLAD' && avvikelse.status !== 'AVSLUTAD') {
    return { mottagenTid: new Date(mottagenMs).toISOString(), aterkoppladTid: null };
  }
  const feedbackDays = random.chance(0.15) ? random.int(61, 120) : random.int(10, 55);
  let aterkoppladMs = mottagenMs + (feedbackDays * dayMinutes + random.int(0, 8 * 60)) * minuteMs;
  // A recent report cannot have been answered after the reference date: somewhere in the time there was.
  if (aterkoppladMs > latestMs) aterkoppladMs = mottagenMs + Math.floor(random.next() * (latestMs - mottagenMs));
  return { mottagenTid: new Date(mottagenMs).toISOString(), aterkoppladTid: new Date(aterkoppladMs).toISOString() };
}

function drawReportDelay(random: Random): number {
  return random.weighted([[0, 55], [random.int(1, 3), 30], [random.int(4, 14), 15]]);
}

// Recent reports are still being handled; old ones are mostly closed, a few
// stuck: those (received more than 60 days ago, no återkoppling) are the
// overdue ones, kept to roughly a tenth to a fifth of the open avvikelser.
function drawStatus(random: Random, daysSinceReport: number): AvvikelseStatus {
  if (daysSinceReport < 7) return random.weighted([['RAPPORTERAD', 60], ['MOTTAGEN', 35], ['UNDER_UTREDNING', 5]]);
  if (daysSinceReport < 30) {
    return random.weighted([['RAPPORTERAD', 10], ['MOTTAGEN', 30], ['UNDER_UTREDNING', 40], ['ATGARDAD', 15], ['ATERKOPPLAD', 5]]);
  }
  if (daysSinceReport < 60) {
    return random.weighted([['MOTTAGEN', 5], ['UNDER_UTREDNING', 25], ['ATGARDAD', 25], ['ATERKOPPLAD', 35], ['AVSLUTAD', 10]]);
  }
  if (daysSinceReport < 90) {
    return random.weighted([['MOTTAGEN', 2], ['UNDER_UTREDNING', 8], ['ATGARDAD', 10], ['ATERKOPPLAD', 50], ['AVSLUTAD', 30]]);
  }
  return random.weighted([['UNDER_UTREDNING', 0.4], ['ATGARDAD', 0.6], ['ATERKOPPLAD', 9], ['AVSLUTAD', 90]]);
}

/** The patient's own vårdcentral when there is one, else any in the närområde. */
function vardcentralEnhet(context: SeedContext, random: Random, naromrade: NaromradeSeed, patient: PatientProfile | null): string {
  const listning = patient ? context.listningByPersonnummer.get(patient.personnummer) : undefined;
  return listning?.vardcentralHsaId ?? random.pick(required(context.vardcentralerByNaromrade, naromrade.id, 'vårdcentraler')).hsaId;
}

/** The boende the patient lived in on the day, else the närområde's hemsjukvård; without a patient any kommun unit there. */
function kommunEnhet(
  context: SeedContext,
  random: Random,
  naromrade: NaromradeSeed,
  patient: PatientProfile | null,
  handelsedag: number,
): string {
  const index = required(context.naromradeIndexInKommun, naromrade.id, 'närområde index');
  if (patient) {
    const { currentBoendeId, currentBoendeSince } = patient;
    if (currentBoendeId !== null && currentBoendeSince !== null && handelsedag >= currentBoendeSince) return boendeEnhetHsaId(currentBoendeId);
    return hemsjukvardEnhetHsaId(naromrade.kommunkod, index);
  }
  const boenden = required(context.boendenByNaromrade, naromrade.id, 'boenden');
  return random.pick([
    hemsjukvardEnhetHsaId(naromrade.kommunkod, index),
    hemtjanstEnhetHsaId(naromrade.kommunkod, index),
    ...boenden.map((boende) => boendeEnhetHsaId(boende.id)),
  ]);
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}
