// The kommuner's patients per närområde: boende residents, people at home with
// hemtjänst and/or hemsjukvård, and people whose insatser have all ended.
// Each gets a plausible history (home care before a boende, korttids stays…).
import { addBoendeVistelse, addHemsjukvardInskrivning, addHemtjanstBeslut } from './kommunInsatser.js';
import { createPatientProfile, registerKommunPatient, type AgeGroup } from './patientProfiles.js';
import { createRandom, type Random } from './random.js';
import { required, type PatientProfile, type SeedContext } from './seedContext.js';
import type { BoendeSeed } from './World.js';

// Among the inskrivna in hemsjukvård, this share has no hemtjänst.
const hemsjukvardOnlyShare = 0.35;
// Patients whose insatser have all ended: at least this share of a närområde's patients.
const minimumEndedShare = 0.08;
// Occupied share of places today: särskilda boenden and bostäder med särskild service run nearly full, as real
// ones do (90–98 %); korttidsplatser turn over, so some stand empty between stays.
const occupancyRange: Readonly<Record<BoendeSeed['typ'], readonly [number, number]>> = {
  SARSKILT_BOENDE: [0.9, 0.98],
  BOSTAD_MED_SARSKILD_SERVICE: [0.9, 0.98],
  KORTTIDSBOENDE: [0.75, 0.95],
};
// Outside the boenden; with the LSS residents this makes ~85% of the patients over 65 (seed 001).
const elderlyShare = 0.8;

type EndedHistory = 'hemtjanst' | 'hemsjukvard' | 'both' | 'korttidsThenHemtjanst' | 'korttids' | 'sarskiltBoende';

const endedHistories: readonly (readonly [EndedHistory, number])[] = [
  ['hemtjanst', 30],
  ['hemsjukvard', 15],
  ['both', 22],
  ['korttidsThenHemtjanst', 13],
  ['korttids', 8],
  ['sarskiltBoende', 12],
];

export function generateKommunPatienter(context: SeedContext): void {
  for (const { naromrade } of context.naromraden) {
    const generator = new NaromradePatients(context, naromrade.id);
    generator.generate();
  }
}

class NaromradePatients {
  private readonly random: Random;
  private readonly patients: PatientProfile[] = [];
  private readonly boenden: readonly BoendeSeed[];
  private readonly korttidsboenden: readonly BoendeSeed[];
  private readonly sarskildaBoenden: readonly BoendeSeed[];
  private hemtjanstStarted = 0;

  constructor(
    private readonly context: SeedContext,
    private readonly naromradeId: string,
  ) {
    this.random = createRandom(`kommunpatienter:${naromradeId}`);
    this.boenden = required(context.boendenByNaromrade, naromradeId, 'boenden');
    const { kommunkod } = required(context.naromradeById, naromradeId, 'närområde').naromrade;
    const inKommun = context.world.kommun.boenden.filter((boende) => boende.kommunkod === kommunkod);
    // Korttidsplatser are often shared by the whole kommun: fall back to one outside the närområde.
    const korttidsHere = this.boenden.filter((boende) => boende.typ === 'KORTTIDSBOENDE');
    this.korttidsboenden = korttidsHere.length > 0 ? korttidsHere : inKommun.filter((boende) => boende.typ === 'KORTTIDSBOENDE');
    this.sarskildaBoenden = this.boenden.filter((boende) => boende.typ === 'SARSKILT_BOENDE');
    context.kommunPatientsByNaromrade.set(naromradeId, this.patients);
  }

  generate(): void {
    const targets = required(this.context.targets, this.naromradeId, 'targets');
    const residents = this.addResidents();

    const hemsjukvardOnly = Math.round(targets.activeHemsjukvard * hemsjukvardOnlyShare);
    const hemsjukvardWithHemtjanst = targets.activeHemsjukvard - hemsjukvardOnly;
    // Korttids residents who keep their hemtjänst beslut count towards the target.
    const homeHemtjanst = Math.max(hemsjukvardWithHemtjanst, targets.activeHemtjanst - this.hemtjanstStarted);
    for (let index = 0; index < homeHemtjanst; index++) this.addAtHome(true, index < hemsjukvardWithHemtjanst);
    for (let index = 0; index < hemsjukvardOnly; index++) this.addAtHome(false, true);

    const ended = Math.max(
      Math.round(targets.kommunPatienter * minimumEndedShare),
      targets.kommunPatienter - residents - homeHemtjanst - hemsjukvardOnly,
    );
    for (let index = 0; index < ended; index++) this.addEnded();
  }

  private newPatient(ageGroup: AgeGroup): PatientProfile {
    const patient = createPatientProfile(this.context, this.random, this.naromradeId, ageGroup);
    registerKommunPatient(this.context, patient);
    this.patients.push(patient);
    return patient;
  }

  /** Fills each boende to its type's occupancy (the demo patients' places count); returns how many moved in. */
  private addResidents(): number {
    let added = 0;
    for (const boende of this.boenden) {
      const [lowest, highest] = occupancyRange[boende.typ];
      const occupied = this.context.occupancy.get(boende.id) ?? 0;
      // One place is always left free: occupancy stays below capacity.
      const wanted = Math.min(boende.antalPlatser - 1, Math.round(boende.antalPlatser * this.random.between(lowest, highest)));
      const count = Math.max(0, wanted - occupied);
      for (let index = 0; index < count; index++) this.addResident(boende);
      added += count;
    }
    return added;
  }

  private addResident(boende: BoendeSeed): void {
    const { random, context } = this;
    switch (boende.typ) {
      case 'SARSKILT_BOENDE': {
        const patient = this.newPatient('elderly');
        const stayStart = context.referenceDay - 1 - Math.round(2_500 * random.next() ** 1.6);
        let homeEnd = stayStart;
        if (random.chance(0.25) && this.korttidsboenden.length > 0) {
          homeEnd = stayStart - random.int(7, 60);
          addBoendeVistelse(context, patient, random.pick(this.korttidsboenden).id, homeEnd, stayStart);
        }
        if (random.chance(0.5)) addHemtjanstBeslut(context, random, patient, homeEnd - random.int(90, 1_800), homeEnd);
        if (random.chance(0.3)) addHemsjukvardInskrivning(context, random, patient, homeEnd - random.int(30, 900), homeEnd);
        addBoendeVistelse(context, patient, boende.id, stayStart, null);
        return;
      }
      case 'KORTTIDSBOENDE': {
        const patient = this.newPatient('elderly');
        const stayStart = context.referenceDay - random.int(0, 45);
        // Hemtjänst is paused, not ended, during a korttids stay.
        if (random.chance(0.4)) {
          addHemtjanstBeslut(context, random, patient, stayStart - random.int(60, 1_500), null);
          this.hemtjanstStarted++;
        }
        addBoendeVistelse(context, patient, boende.id, stayStart, null);
        return;
      }
      case 'BOSTAD_MED_SARSKILD_SERVICE': {
        const patient = this.newPatient(random.chance(0.8) ? 'younger' : 'elderly');
        addBoendeVistelse(context, patient, boende.id, context.referenceDay - random.int(30, 7_000), null);
        return;
      }
    }
  }

  private addAtHome(hemtjanst: boolean, hemsjukvard: boolean): void {
    const { random, context } = this;
    const patient = this.newPatient(random.chance(elderlyShare) ? 'elderly' : 'younger');
    if (random.chance(0.15) && this.korttidsboenden.length > 0) {
      const stayEnd = context.referenceDay - random.int(10, 700);
      addBoendeVistelse(context, patient, random.pick(this.korttidsboenden).id, stayEnd - random.int(7, 45), stayEnd);
    }
    if (hemtjanst) addHemtjanstBeslut(context, random, patient, context.referenceDay - 1 - Math.round(3_000 * random.next() ** 2), null);
    if (hemsjukvard) addHemsjukvardInskrivning(context, random, patient, context.referenceDay - 1 - Math.round(1_500 * random.next() ** 2), null);
  }

  private addEnded(): void {
    const { random, context } = this;
    const patient = this.newPatient(random.chance(elderlyShare) ? 'elderly' : 'younger');
    const end = context.referenceDay - random.int(1, 1_500);
    let history = random.weighted(endedHistories);
    if ((history === 'korttids' || history === 'korttidsThenHemtjanst') && this.korttidsboenden.length === 0) history = 'hemtjanst';
    switch (history) {
      case 'hemtjanst':
        addHemtjanstBeslut(context, random, patient, end - random.int(30, 2_000), end);
        return;
      case 'hemsjukvard':
        addHemsjukvardInskrivning(context, random, patient, end - random.int(14, 900), end);
        return;
      case 'both':
        addHemtjanstBeslut(context, random, patient, end - random.int(90, 2_000), end);
        addHemsjukvardInskrivning(context, random, patient, end - random.int(14, 900), end);
        return;
      case 'korttidsThenHemtjanst': {
        const stayEnd = end - random.int(14, 600);
        addBoendeVistelse(context, patient, random.pick(this.korttidsboenden).id, stayEnd - random.int(7, 45), stayEnd);
        addHemtjanstBeslut(context, random, patient, stayEnd, end);
        return;
      }
      case 'korttids':
        addBoendeVistelse(context, patient, random.pick(this.korttidsboenden).id, end - random.int(7, 60), end);
        return;
      case 'sarskiltBoende': {
        const stayStart = end - random.int(60, 2_500);
        if (random.chance(0.5)) addHemtjanstBeslut(context, random, patient, stayStart - random.int(90, 1_500), stayStart);
        addBoendeVistelse(context, patient, random.pick(this.sarskildaBoenden).id, stayStart, end);
        return;
      }
    }
  }
}
