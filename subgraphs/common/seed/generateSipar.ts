// SIPs (samordnad individuell plan) for about 8% of the kommun patients, all
// of whom are also listed in the region: mostly people with open insatser.
import { fromDayNumber } from './calendarDays.js';
import { createRandom, type Random } from './random.js';
import { nextId, required, type PatientProfile, type SeedContext } from './seedContext.js';
import type { SipStatus } from './World.js';

const activeShare = 0.105;
const endedShare = 0.03;
const overdueShare = 0.1;
const windowDays = 3 * 365;

export function generateSipar(context: SeedContext): void {
  const random = createRandom('sipar');
  for (const { naromrade } of context.naromraden) {
    for (const patient of required(context.kommunPatientsByNaromrade, naromrade.id, 'patients')) {
      if (random.chance(patient.active ? activeShare : endedShare)) addSip(context, random, patient);
    }
  }
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
