// Creating synthetic patients: a fresh test-range personnummer plus the
// generator's own notes on them; kommun patients also get their row.
import { drawElderlyBirthDay, drawYoungerAdultBirthDay } from './birthDays.js';
import type { Random } from './random.js';
import { required, type PatientProfile, type SeedContext } from './seedContext.js';

export type AgeGroup = 'elderly' | 'younger';

/** A patient with no insats yet; `firstDay`/`lastDay` widen as insatser are added. */
export function createPatientProfile(
  context: SeedContext,
  random: Random,
  naromradeId: string,
  ageGroup: AgeGroup,
): PatientProfile {
  let birthDay = 0;
  const personnummer = context.personnummerPool.draw(random, () => {
    birthDay = ageGroup === 'elderly' ? drawElderlyBirthDay(random) : drawYoungerAdultBirthDay(random);
    return birthDay;
  });
  return profileFor(context, personnummer, birthDay, naromradeId);
}

export function profileFor(
  context: SeedContext,
  personnummer: string,
  birthDay: number,
  naromradeId: string,
): PatientProfile {
  return {
    personnummer,
    kommunkod: required(context.naromradeById, naromradeId, 'närområde').naromrade.kommunkod,
    naromradeId,
    birthDay,
    firstDay: Number.POSITIVE_INFINITY,
    lastDay: Number.NEGATIVE_INFINITY,
    active: false,
    currentBoendeId: null,
    currentBoendeSince: null,
  };
}

/** Writes the kommun's patient row; call once per kommun patient. */
export function registerKommunPatient(context: SeedContext, patient: PatientProfile): void {
  context.world.kommun.patienter.push({
    personnummer: patient.personnummer,
    kommunkod: patient.kommunkod,
    naromradeId: patient.naromradeId,
  });
}

/** Widens the patient's known period by one insats (`till` null: still open). */
export function notePeriod(context: SeedContext, patient: PatientProfile, fran: number, till: number | null): void {
  patient.firstDay = Math.min(patient.firstDay, fran);
  patient.lastDay = Math.max(patient.lastDay, till ?? context.referenceDay);
  if (till === null) patient.active = true;
}
