// The region's vårdcentraler (Närhälsan and private, per närområde) and the
// läkare working at each.
import { vgrHsaId } from './hsaIds.js';
import { personName } from './names.js';
import { apportion } from './apportion.js';
import { createRandom, type Random } from './random.js';
import { required, type SeedContext } from './seedContext.js';
import type { LakareSeed, VardcentralSeed } from './World.js';

// About 55% of VG's vårdcentraler are run by the region (Närhälsan).
const regionShare = 0.55;
// Nearly everyone is listed at a vårdcentral; the few who are not have not chosen and live where none is assigned.
const listedShare = 0.97;

const privateBrands: readonly ((locality: string) => string)[] = [
  (locality) => `Capio Vårdcentral ${locality}`,
  (locality) => `Hälsocentralen ${locality}`,
  (locality) => `Vårdcentralen ${locality}`,
];

export function generateVardcentraler(context: SeedContext): void {
  const random = createRandom('vardcentraler');
  const usedNames = new Set<string>();
  const usedLakareNames = new Set<string>();
  let lakareSerial = 0;

  for (const definition of context.naromraden) {
    const { naromrade } = definition;
    const { inhabitants } = required(context.targets, naromrade.id, 'targets');
    const count = context.parameters.vardcentralerInNaromrade(inhabitants, naromrade.kommunkod);
    const listSizes = drawListSizes(naromrade.id, inhabitants, count);
    const vardcentraler: VardcentralSeed[] = [];
    for (let index = 0; index < count; index++) {
      const driftsform = random.chance(regionShare) ? 'REGION' : 'PRIVAT';
      const brand = driftsform === 'REGION' ? (locality: string) => `Närhälsan ${locality} vårdcentral` : random.pick(privateBrands);
      const namn = uniqueName(definition.localities, index, brand, usedNames);
      const vardcentral: VardcentralSeed = {
        hsaId: vgrHsaId('E', context.world.vgr.vardcentraler.length + 1),
        namn,
        kommunkod: naromrade.kommunkod,
        naromradeId: naromrade.id,
        driftsform,
        antalListade: listSizes[index]!,
      };
      vardcentraler.push(vardcentral);
      context.world.vgr.vardcentraler.push(vardcentral);

      const lakare: LakareSeed[] = [];
      const lakareCount = random.int(2, 6);
      for (let position = 0; position < lakareCount; position++) {
        lakareSerial++;
        lakare.push({
          hsaId: vgrHsaId('P', lakareSerial),
          namn: uniquePersonName(random, usedLakareNames),
          vardcentralHsaId: vardcentral.hsaId,
        });
      }
      context.lakareByVardcentral.set(vardcentral.hsaId, lakare);
      context.world.vgr.lakare.push(...lakare);
    }
    context.vardcentralerByNaromrade.set(naromrade.id, vardcentraler);
  }
}

/** The närområde's listed inhabitants split over its vårdcentraler, some larger than others; a stream of its own. */
function drawListSizes(naromradeId: string, inhabitants: number, count: number): number[] {
  const random = createRandom(`listningsstatistik:${naromradeId}`);
  const weights = Array.from({ length: count }, () => random.between(0.6, 1.4));
  return apportion(Math.round(inhabitants * listedShare), weights);
}

/** Walks the närområde's localities from `start` until a name is free. */
function uniqueName(
  localities: readonly string[],
  start: number,
  brand: (locality: string) => string,
  usedNames: Set<string>,
): string {
  for (let offset = 0; offset < localities.length; offset++) {
    const namn = brand(localities[(start + offset) % localities.length]!);
    if (!usedNames.has(namn)) {
      usedNames.add(namn);
      return namn;
    }
  }
  throw new Error(`Seed generator: no free vårdcentral name among ${localities.join(', ')}.`);
}

// Two läkare with one name would make demos confusing; a few redraws avoid that.
function uniquePersonName(random: Random, used: Set<string>): string {
  let namn = personName(random);
  for (let attempt = 0; attempt < 20 && used.has(namn); attempt++) namn = personName(random);
  used.add(namn);
  return namn;
}
