// SIPs (samordnad individuell plan) for about 8% of the kommun patients, all
// of whom are also listed in the region: mostly people with open insatser.
import { fromDayNumber, toDayNumber } from './calendarDays.js';
import { demoPatients } from './demoPatients.js';
import { createRandom, type Random } from './random.js';
import { nextId, required, type PatientProfile, type SeedContext } from './seedContext.js';
import type { SipStatus } from './World.js';

const activeShare = 0.105;
const endedShare = 0.03;
const overdueShare = 0.1;
const windowDays = 3 * 365;
// The närområde demos and end-to-end tests open: it always shows an overdue follow-up among its shared patients.
const demoNaromradeId = '1480-angered';

export function generateSipar(context: SeedContext): void {
  const random = createRandom('sipar');
  for (const { naromrade } of context.naromraden) {
    for (const patient of required(context.kommunPatientsByNaromrade, naromrade.id, 'patients')) {
      if (random.chance(patient.active ? activeShare : endedShare)) addSip(context, random, patient);
    }
  }
  ensureOverdueFollowUp(context, createRandom('sipar:forsenad'));
}

/** When chance gave the demo närområde no overdue follow-up, the earliest open SIP of a shared patient gets one. */
function ensureOverdueFollowUp(context: SeedContext, random: Random): void {
  const demo = new Set<string>(demoPatients.map((patient) => patient.personnummer));
  const { fastLakarkontakter, narsjukvardsteamEpisoder } = context.world.vgr;
  const withRegionInsats = new Set([
    ...fastLakarkontakter.map((kontakt) => kontakt.personnummer),
    ...narsjukvardsteamEpisoder.filter((episod) => episod.slutdatum === null).map((episod) => episod.personnummer),
  ]);
  const today = fromDayNumber(context.referenceDay);
  const open = context.world.samverkan.sipar.filter(
    (sip) => sip.naromradeId === demoNaromradeId && sip.status !== 'AVSLUTAD' && withRegionInsats.has(sip.personnummer) && !demo.has(sip.personnummer),
  );
  if (open.some((sip) => sip.nastaUppfoljning !== null && sip.nastaUppfoljning < today)) return;
  const sip = open.filter((candidate) => toDayNumber(candidate.skapadDatum) < context.referenceDay - 1).sort((a, b) => (a.skapadDatum < b.skapadDatum ? -1 : 1))[0];
  if (sip) sip.nastaUppfoljning = fromDayNumber(Math.max(toDayNumber(sip.skapadDatum) + 1, context.referenceDay - random.int(1, 30)));
}

function addSip(context: SeedContext, random: Random, patient: PatientProfile): void {
  const from = Math.max(patient.firstDay, context.referenceDay - windowDays);
  const to = patient.active ? context.referenceDay : patient.lastDay;
  if (from > to) return;
  const skapad = random.int(from, to);
  // A SIP outlives nobody's insatser: when they have all ended, so has the SIP.
  const status = patient.active ? drawStatus(random, context.referenceDay - skapad) : 'AVSLUTAD';
  let nastaUppfoljning: number | null = null;
  if (status !== 'AVSLUTAD') {
    const overdue = context.referenceDay - random.int(1, 30);
    nastaUppfoljning = random.chance(overdueShare) && overdue > skapad ? overdue : context.referenceDay + random.int(7, 120);
  }
  context.world.samverkan.sipar.push({
    id: nextId(context, 'sip', 5),
    personnummer: patient.personnummer,
    naromradeId: patient.naromradeId,
    status,
    huvudansvar: random.chance(0.65) ? patient.kommunkod : 'VGR',
    skapadDatum: fromDayNumber(skapad),
    nastaUppfoljning: nastaUppfoljning === null ? null : fromDayNumber(nastaUppfoljning),
    samtyckeDatum: fromDayNumber(Math.min(to, skapad + random.int(0, 14))),
  });
}

function drawStatus(random: Random, ageInDays: number): SipStatus {
  if (ageInDays < 14) return random.weighted([['BEHOV_UPPTACKT', 40], ['FORBEREDD', 35], ['KALLAD', 25]]);
  if (ageInDays < 60) return random.weighted([['FORBEREDD', 10], ['KALLAD', 30], ['MOTE_HALLET', 45], ['UPPFOLJNING', 15]]);
  return random.weighted([['MOTE_HALLET', 10], ['UPPFOLJNING', 60], ['AVSLUTAD', 30]]);
}
