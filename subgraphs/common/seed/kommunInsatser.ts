// Writing one kommun insats (hemsjukvård inskrivning, hemtjänst beslut,
// boende stay) for a patient, with plausible contents when none are given.
import { fromDayNumber } from './calendarDays.js';
import type { Random } from './random.js';
import { notePeriod } from './patientProfiles.js';
import { nextId, required, type PatientProfile, type SeedContext } from './seedContext.js';
import type {
  HemsjukvardInsatsSeed,
  HemsjukvardInsatsTyp,
  HemsjukvardInskrivningSeed,
  HemtjanstBeslutSeed,
  HemtjanstInsatsTyp,
} from './World.js';

// How likely each insats is on an inskrivning, and how often it is given (visits per week).
const hemsjukvardInsatser: readonly (readonly [HemsjukvardInsatsTyp, number, readonly number[]])[] = [
  ['LAKEMEDELSHANTERING', 0.7, [1, 2, 7, 14, 21]],
  ['SARVARD', 0.3, [1, 2, 3, 7]],
  ['PROVTAGNING', 0.25, [0.25, 0.5, 1]],
  ['REHABILITERING', 0.2, [1, 2]],
  ['PALLIATIV_VARD', 0.08, [3, 7, 14]],
  ['KATETERVARD', 0.12, [0.5, 1, 2]],
  ['DIABETESVARD', 0.15, [7, 14, 21]],
];

export function drawHemsjukvardInsatser(random: Random): HemsjukvardInsatsSeed[] {
  const insatser = hemsjukvardInsatser
    .filter(([, probability]) => random.chance(probability))
    .map(([typ, , besok]) => ({ typ, besokPerVecka: random.pick(besok) }));
  return insatser.length > 0 ? insatser : [{ typ: 'LAKEMEDELSHANTERING', besokPerVecka: random.pick([7, 14]) }];
}

export function addHemsjukvardInskrivning(
  context: SeedContext,
  random: Random,
  patient: PatientProfile,
  fran: number,
  till: number | null,
  insatser: HemsjukvardInsatsSeed[] = drawHemsjukvardInsatser(random),
): HemsjukvardInskrivningSeed {
  const inskrivning: HemsjukvardInskrivningSeed = {
    id: nextId(context, 'hsj', 6),
    personnummer: patient.personnummer,
    kommunkod: patient.kommunkod,
    inskrivenFran: fromDayNumber(fran),
    utskrivenDatum: till === null ? null : fromDayNumber(till),
    ansvarigSjukskoterska: random.pick(required(context.sjukskoterskorByNaromrade, patient.naromradeId, 'sjuksköterskor')),
    insatser,
  };
  context.world.kommun.hemsjukvardInskrivningar.push(inskrivning);
  notePeriod(context, patient, fran, till);
  return inskrivning;
}

// Listed in the order insatser are usually shown; [probability, hours per month added].
const hemtjanstInsatser: readonly (readonly [HemtjanstInsatsTyp, number, readonly [number, number]])[] = [
  ['SERVICE', 0.75, [4, 10]],
  ['PERSONLIG_OMSORG', 0.55, [15, 150]],
  ['TRYGGHETSLARM', 0.6, [0, 0]],
  ['NATTILLSYN', 0.12, [5, 15]],
  ['MATDISTRIBUTION', 0.25, [1, 3]],
  ['LEDSAGNING', 0.1, [2, 8]],
];

const privateShare = 0.25;
const goteborg = '1480';

export interface HemtjanstOverrides {
  insatser?: HemtjanstInsatsTyp[];
  regi?: 'KOMMUNAL' | 'PRIVAT';
}

export function addHemtjanstBeslut(
  context: SeedContext,
  random: Random,
  patient: PatientProfile,
  fran: number,
  till: number | null,
  overrides: HemtjanstOverrides = {},
): HemtjanstBeslutSeed {
  const utforare = required(context.utforareByNaromrade, patient.naromradeId, 'utförare');
  const regi = overrides.regi ?? (utforare.privata.length > 0 && random.chance(privateShare) ? 'PRIVAT' : 'KOMMUNAL');
  let chosen = hemtjanstInsatser.filter(([typ, probability]) =>
    overrides.insatser ? overrides.insatser.includes(typ) : random.chance(probability),
  );
  // A beslut always holds service or personlig omsorg; a lone larm is handled elsewhere.
  if (!overrides.insatser && !chosen.some(([typ]) => typ === 'SERVICE' || typ === 'PERSONLIG_OMSORG')) {
    chosen = hemtjanstInsatser.filter(([typ]) => typ === 'SERVICE' || chosen.some(([other]) => other === typ));
  }
  // Göteborg does all night care itself, so a private utförare never holds nattillsyn there.
  if (regi === 'PRIVAT' && patient.kommunkod === goteborg) chosen = chosen.filter(([typ]) => typ !== 'NATTILLSYN');
  const timmar = chosen.reduce((sum, [, , [min, max]]) => sum + random.int(min, max), 0);
  const beslut: HemtjanstBeslutSeed = {
    id: nextId(context, 'htj', 6),
    personnummer: patient.personnummer,
    kommunkod: patient.kommunkod,
    beslutsdatum: fromDayNumber(fran),
    giltigTill: till === null ? null : fromDayNumber(till),
    beviljadeTimmarPerManad: Math.min(180, Math.max(4, timmar)),
    utforare: regi === 'PRIVAT'
      ? { namn: random.pick(utforare.privata), regi }
      : { namn: utforare.kommunal, regi },
    insatser: chosen.map(([typ]) => typ),
  };
  context.world.kommun.hemtjanstBeslut.push(beslut);
  notePeriod(context, patient, fran, till);
  return beslut;
}

/** A stay; an open one (`till` null) takes a place and becomes the patient's current boende. */
export function addBoendeVistelse(
  context: SeedContext,
  patient: PatientProfile,
  boendeId: string,
  fran: number,
  till: number | null,
): void {
  if (till === null) {
    const boende = required(context.boendeById, boendeId, 'boende');
    const occupied = context.occupancy.get(boendeId) ?? 0;
    if (patient.currentBoendeId !== null) throw new Error('Seed generator: a patient can have only one current stay.');
    if (occupied >= boende.antalPlatser) throw new Error(`Seed generator: ${boendeId} is full.`);
    context.occupancy.set(boendeId, occupied + 1);
    patient.currentBoendeId = boendeId;
    patient.currentBoendeSince = fran;
  }
  context.world.kommun.boendeVistelser.push({
    id: nextId(context, 'bv', 6),
    personnummer: patient.personnummer,
    boendeId,
    fran: fromDayNumber(fran),
    till: till === null ? null : fromDayNumber(till),
  });
  notePeriod(context, patient, fran, till);
}
