// What the region knows about the patients: one listning each (at a
// vårdcentral in their närområde), fast läkarkontakt for many, and team
// episodes for a few. Adds the region-only patients too.
import { fromDayNumber, toDayNumber } from './calendarDays.js';
import { episodOrsaker } from './episodOrsaker.js';
import { teamsForNaromrade } from './generateNarsjukvardsteam.js';
import { createPatientProfile } from './patientProfiles.js';
import { createRandom, type Random } from './random.js';
import { nextId, required, type PatientProfile, type SeedContext } from './seedContext.js';
import type { ListningSeed, VardcentralSeed } from './World.js';

// Vårdval Vårdcentral began in VG on 2009-10-01: everyone listed earlier was listed then.
const vardvalStart = toDayNumber('2009-10-01');
const fastLakarkontaktShare = { kommun: 0.6, regionOnly: 0.3 };
const episodShare = 0.05;
const openEpisodShare = 0.15;
const palliativShare = 0.2;
// Residents of a boende mostly list at the vårdcentral the närområdesplan makes responsible for it; the rest keep the
// one they chose before (free choice of vårdcentral), which the NOSAM group sees as a count per boende.
const listedAtResponsibleShare = 0.85;
// Most people with kommunal insatser saw their vårdcentral within the year; a visit counts as a region insats.
const recentVisitShare = { active: 0.85, ended: 0.4, regionOnly: 0.95 };

/** Runs after the närområdesplaner: a resident's vårdcentral depends on who is responsible for their boende. */
export function generateRegionRelations(context: SeedContext): void {
  addRegionOnlyPatients(context);
  const random = createRandom('region-relations');
  // A stream of its own: the visits leave every other draw (vårdcentral, läkarkontakt, episodes) as it was.
  const visits = createRandom('vardkontakter');
  const responsible = responsibleVardcentralByBoende(context);
  for (const { naromrade } of context.naromraden) {
    for (const patient of required(context.kommunPatientsByNaromrade, naromrade.id, 'patients')) {
      addRelations(context, random, patient, fastLakarkontaktShare.kommun, responsible);
      noteVisit(context, visits, patient, patient.active ? recentVisitShare.active : recentVisitShare.ended);
    }
  }
  for (const patient of context.regionOnlyPatients) {
    addRelations(context, random, patient, fastLakarkontaktShare.regionOnly, responsible);
    noteVisit(context, visits, patient, recentVisitShare.regionOnly);
  }
}

/** The latest visit: within the last year with `recentChance`, else earlier or (a few) never, never before the listning. */
function noteVisit(context: SeedContext, random: Random, patient: PatientProfile, recentChance: number): void {
  const listning = required(context.listningByPersonnummer, patient.personnummer, 'listning');
  const listadSedan = toDayNumber(listning.listadSedan);
  const day = random.chance(recentChance) ? context.referenceDay - random.int(0, 360) : random.chance(0.7) ? context.referenceDay - random.int(380, 1_500) : null;
  listning.senasteVardkontakt = day === null || day < listadSedan ? null : fromDayNumber(day);
}

function responsibleVardcentralByBoende(context: SeedContext): Map<string, string> {
  const currentPlans = new Set(context.world.samverkan.naromradesplaner.filter((plan) => plan.giltigTill === null).map((plan) => plan.id));
  return new Map(
    context.world.samverkan.boendeansvar.filter((row) => currentPlans.has(row.planId)).map((row) => [row.boendeId, row.vardcentralHsaId]),
  );
}

function chooseVardcentral(context: SeedContext, random: Random, patient: PatientProfile, responsible: ReadonlyMap<string, string>): VardcentralSeed {
  const candidates = required(context.vardcentralerByNaromrade, patient.naromradeId, 'vårdcentraler');
  const responsibleHsaId = patient.currentBoendeId === null ? undefined : responsible.get(patient.currentBoendeId);
  const others = candidates.filter((vardcentral) => vardcentral.hsaId !== responsibleHsaId);
  if (responsibleHsaId === undefined || others.length === 0 || random.chance(listedAtResponsibleShare)) {
    return candidates.find((vardcentral) => vardcentral.hsaId === responsibleHsaId) ?? random.pick(candidates);
  }
  return random.pick(others);
}

function addRegionOnlyPatients(context: SeedContext): void {
  for (const { naromrade } of context.naromraden) {
    const random = createRandom(`region-only:${naromrade.id}`);
    const kommunPatients = required(context.kommunPatientsByNaromrade, naromrade.id, 'patients').length;
    const count = Math.round(kommunPatients * context.parameters.regionOnlyShare);
    for (let index = 0; index < count; index++) {
      const patient = createPatientProfile(context, random, naromrade.id, random.chance(0.85) ? 'elderly' : 'younger');
      patient.active = true;
      context.regionOnlyPatients.push(patient);
    }
  }
}

function addRelations(
  context: SeedContext,
  random: Random,
  patient: PatientProfile,
  fastLakarkontaktChance: number,
  responsible: ReadonlyMap<string, string>,
): void {
  const vardcentral = chooseVardcentral(context, random, patient, responsible);
  const listadSedan = Math.max(vardvalStart, patient.birthDay, context.referenceDay - random.int(30, 6_200));
  const listning: ListningSeed = {
    personnummer: patient.personnummer,
    vardcentralHsaId: vardcentral.hsaId,
    listadSedan: fromDayNumber(listadSedan),
    senasteVardkontakt: null,
  };
  context.world.vgr.listningar.push(listning);
  context.listningByPersonnummer.set(patient.personnummer, listning);
  if (!Number.isFinite(patient.firstDay)) {
    patient.firstDay = listadSedan;
    patient.lastDay = context.referenceDay;
  }

  if (random.chance(fastLakarkontaktChance)) {
    const lakare = random.pick(required(context.lakareByVardcentral, vardcentral.hsaId, 'läkare'));
    context.world.vgr.fastLakarkontakter.push({
      personnummer: patient.personnummer,
      lakareHsaId: lakare.hsaId,
      fran: fromDayNumber(Math.max(listadSedan, context.referenceDay - random.int(30, 3_000))),
    });
  }

  if (random.chance(episodShare)) addEpisod(context, random, patient);
}

function addEpisod(context: SeedContext, random: Random, patient: PatientProfile): void {
  const { narsjukvardsteam, palliativt } = teamsForNaromrade(context, patient.naromradeId);
  const team = palliativt && random.chance(palliativShare) ? palliativt : narsjukvardsteam;
  let startdatum: number;
  let slutdatum: number | null;
  if (patient.active && random.chance(openEpisodShare)) {
    startdatum = context.referenceDay - random.int(1, 60);
    slutdatum = null;
  } else {
    // A closed episode lies within the time the patient was known to the kommun.
    const latestEnd = Math.min(patient.lastDay, context.referenceDay - 1);
    const earliestEnd = Math.max(patient.firstDay + 5, context.referenceDay - 1_000);
    if (earliestEnd > latestEnd) return;
    slutdatum = random.int(earliestEnd, latestEnd);
    startdatum = Math.max(patient.firstDay, slutdatum - random.int(5, 90));
  }
  context.world.vgr.narsjukvardsteamEpisoder.push({
    id: nextId(context, 'nste', 5),
    personnummer: patient.personnummer,
    teamId: team.id,
    startdatum: fromDayNumber(startdatum),
    slutdatum: slutdatum === null ? null : fromDayNumber(slutdatum),
    orsak: random.pick(episodOrsaker[team.typ]),
  });
}
