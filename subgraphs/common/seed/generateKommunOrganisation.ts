// The kommun staff and providers that insatser point at: the sjuksköterskor
// of each närområde's hemsjukvård and the hemtjänst utförare.
import { kommunHsaId } from './hsaIds.js';
import { kommunPopulation } from './kommunPopulation.js';
import { personName, privatUtforareNames } from './names.js';
import { createRandom } from './random.js';
import { required, type SeedContext } from './seedContext.js';
import type { SjukskoterskaSeed } from './World.js';

// One sjuksköterska carries roughly this many inskrivna patients.
const patientsPerSjukskoterska = 25;
// Our assumption: the larger kommuner (≥ 25,000 inhabitants) let private utförare in under LOV.
const lovThreshold = 25_000;

export function generateKommunOrganisation(context: SeedContext): void {
  const random = createRandom('kommun-organisation');
  const sjukskoterskaSerial = new Map<string, number>();
  const privataByKommun = new Map<string, string[]>();

  for (const { naromrade } of context.naromraden) {
    const { kommunkod } = naromrade;
    const targets = required(context.targets, naromrade.id, 'targets');
    const sjukskoterskor: SjukskoterskaSeed[] = [];
    const count = Math.max(2, Math.ceil(targets.activeHemsjukvard / patientsPerSjukskoterska));
    for (let index = 0; index < count; index++) {
      const serial = (sjukskoterskaSerial.get(kommunkod) ?? 0) + 1;
      sjukskoterskaSerial.set(kommunkod, serial);
      sjukskoterskor.push({ hsaId: kommunHsaId(kommunkod, 'S', serial), namn: personName(random) });
    }
    context.sjukskoterskorByNaromrade.set(naromrade.id, sjukskoterskor);

    let privata = privataByKommun.get(kommunkod);
    if (!privata) {
      privata = kommunPopulation(kommunkod) >= lovThreshold
        ? random.shuffle(privatUtforareNames).slice(0, random.int(2, 5))
        : [];
      privataByKommun.set(kommunkod, privata);
    }
    context.utforareByNaromrade.set(naromrade.id, { kommunal: `Hemtjänst ${naromrade.namn}`, privata });
  }
}
