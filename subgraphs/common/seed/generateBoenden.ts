// Kommunal boenden per närområde, in proportion to inhabitants: mostly
// särskilda boenden, some korttidsboenden and bostäder med särskild service.
import { boendeNameCandidates } from './names.js';
import { createRandom, type Random } from './random.js';
import { required, type SeedContext } from './seedContext.js';
import type { BoendeSeed, BoendeTyp } from './World.js';

const typeWeights: readonly (readonly [BoendeTyp, number])[] = [
  ['SARSKILT_BOENDE', 70],
  ['KORTTIDSBOENDE', 15],
  ['BOSTAD_MED_SARSKILD_SERVICE', 15],
];

const namePrefix: Readonly<Record<BoendeTyp, readonly string[]>> = {
  SARSKILT_BOENDE: ['Vård- och omsorgsboende'],
  KORTTIDSBOENDE: ['Korttidsboende'],
  BOSTAD_MED_SARSKILD_SERVICE: ['Gruppbostad', 'Servicebostad'],
};

export function generateBoenden(context: SeedContext): void {
  const random = createRandom('boenden');
  const serialByKommun = new Map<string, number>();
  const freeNamesByKommun = new Map<string, string[]>();

  for (const { naromrade } of context.naromraden) {
    const { boenden: count } = required(context.targets, naromrade.id, 'targets');
    let freeNames = freeNamesByKommun.get(naromrade.kommunkod);
    if (!freeNames) {
      freeNames = random.shuffle(boendeNameCandidates());
      freeNamesByKommun.set(naromrade.kommunkod, freeNames);
    }
    const boenden: BoendeSeed[] = [];
    for (let index = 0; index < count; index++) {
      // The first boende of a närområde is a särskilt boende, so every närområde has one.
      const typ = index === 0 ? 'SARSKILT_BOENDE' : random.weighted(typeWeights);
      const serial = (serialByKommun.get(naromrade.kommunkod) ?? 0) + 1;
      serialByKommun.set(naromrade.kommunkod, serial);
      const word = freeNames.pop();
      if (word === undefined) throw new Error(`Seed generator: kommun ${naromrade.kommunkod} ran out of boende names.`);
      const boende: BoendeSeed = {
        id: `boende-${naromrade.kommunkod}-${String(serial).padStart(4, '0')}`,
        namn: `${random.pick(namePrefix[typ])} ${word}`,
        kommunkod: naromrade.kommunkod,
        naromradeId: naromrade.id,
        typ,
        antalPlatser: drawAntalPlatser(random, typ, context.parameters.boendestorlek),
      };
      boenden.push(boende);
      context.boendeById.set(boende.id, boende);
      context.occupancy.set(boende.id, 0);
    }
    context.boendenByNaromrade.set(naromrade.id, boenden);
    context.world.kommun.boenden.push(...boenden);
  }
}

// Squaring the uniform draw skews towards the smaller units that dominate in practice.
function drawAntalPlatser(random: Random, typ: BoendeTyp, storlek: number): number {
  const skewed = random.next() ** 2;
  switch (typ) {
    case 'SARSKILT_BOENDE':
      return Math.max(10, Math.round((16 + 74 * skewed) * storlek));
    case 'KORTTIDSBOENDE':
      return Math.max(6, Math.round((8 + 32 * skewed) * storlek));
    case 'BOSTAD_MED_SARSKILD_SERVICE':
      return random.int(6, 12);
  }
}
