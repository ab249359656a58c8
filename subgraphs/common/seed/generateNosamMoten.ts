// Each närområde's NOSAM meeting history: a meeting every six to ten weeks
// over the last months before the reference date, with the vårdcentraler's
// and the kommun's people, and decisions — the latest meeting is where some of
// the plan's open åtgärder were decided, so a fresh install's agenda follows them.
import { fromDayNumber } from './calendarDays.js';
import { personName } from './names.js';
import { createRandom } from './random.js';
import { nextId, required, type SeedContext } from './seedContext.js';
import type { NosamMoteSeed } from './World.js';

const motenPerNaromrade = { min: 3, max: 5 };
const beslutstexter = [
  'Gemensam genomgång av läkemedelslistor vid in- och utskrivning',
  'Kontaktvägar mellan hemsjukvård och vårdcentral ses över',
  'Rondschemat på särskilda boenden stäms av inför helgerna',
  'Avvikelser om informationsöverföring följs upp vid nästa möte',
  'SIP-samordnare utses för nya patienter med insatser från båda huvudmännen',
  'Rutin för trygg hemgång från sjukhus förankras i verksamheterna',
];
const kommunroller = ['MAS', 'Enhetschef hemsjukvård', 'Enhetschef äldreboende', 'Biståndshandläggare'];
const regionroller = ['Verksamhetschef', 'Distriktssköterska', 'Medicinskt ansvarig läkare'];

export function generateNosamMoten(context: SeedContext): void {
  const random = createRandom('nosam-moten');
  const planer = context.world.samverkan.naromradesplaner;
  const atgarder = context.world.samverkan.atgarder;
  for (const { naromrade } of context.naromraden) {
    const vardcentraler = required(context.vardcentralerByNaromrade, naromrade.id, 'vårdcentraler');
    const kommun = required(context.kommunByKod, naromrade.kommunkod, 'kommun');
    const gallande = planer.find((plan) => plan.naromradeId === naromrade.id && plan.giltigTill === null);
    const oppna = gallande ? atgarder.filter((atgard) => atgard.planId === gallande.id && atgard.status !== 'KLAR') : [];
    const antal = random.int(motenPerNaromrade.min, motenPerNaromrade.max);
    const plats = `${random.pick(vardcentraler).namn}, konferensrummet`;
    const moten: NosamMoteSeed[] = [];
    let dag = context.referenceDay - random.int(7, 35);
    for (let index = 0; index < antal; index++) {
      const medverkande = [
        ...vardcentraler.slice(0, 2).map((vardcentral) => ({ namn: personName(random), roll: random.pick(regionroller), organisation: vardcentral.namn, huvudman: 'VGR' as const })),
        ...Array.from({ length: random.int(1, 2) }, () => ({
          namn: personName(random),
          roll: random.pick(kommunroller),
          organisation: `Äldreomsorgen ${kommun.namn}`,
          huvudman: naromrade.kommunkod,
        })),
      ];
      const beslut: NosamMoteSeed['beslut'] = random
        .shuffle([...beslutstexter])
        .slice(0, random.int(1, 3))
        .map((beskrivning) => ({ beskrivning, skapadAtgardId: null }));
      // The latest meeting decided one or two of the plan's open åtgärder.
      if (index === 0) {
        for (const atgard of oppna.slice(0, 2)) beslut.push({ beskrivning: `Åtgärd beslutad: ${atgard.beskrivning}`, skapadAtgardId: atgard.id });
      }
      moten.push({
        id: nextId(context, 'mote', 5),
        naromradeId: naromrade.id,
        datum: fromDayNumber(dag),
        starttid: random.pick(['08:30', '13:00', '14:30']),
        plats,
        medverkande,
        beslut,
      });
      dag -= random.int(42, 70);
    }
    context.world.samverkan.moten.push(...moten);
  }
}
