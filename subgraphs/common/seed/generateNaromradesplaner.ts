// Each närområde's närområdesplan: which vårdcentral and läkare serve which
// boende (boendeansvar), and the joint åtgärder. About a third of the
// närområden have revised their plan, so version 1 is superseded by version 2.
import { fromDayNumber, toDayNumber } from './calendarDays.js';
import { atgardBeskrivningar } from './atgardBeskrivningar.js';
import { personName } from './names.js';
import { createRandom, type Random } from './random.js';
import { nextId, required, type SeedContext } from './seedContext.js';
import type { AtgardSeed, BoendeansvarSeed, BoendeSeed, NaromradeSeed, NaromradesplanSeed, VardcentralSeed } from './World.js';

const revisedShare = 1 / 3;
// Boenden left out of the current plan on purpose: the gaps a NOSAM group must find.
const gapShare = 0.02;
const goteborg = '1480';

const rondfrekvensWeights: Readonly<Record<BoendeSeed['typ'], readonly (readonly [BoendeansvarSeed['rondfrekvens'], number])[]>> = {
  SARSKILT_BOENDE: [['VARJE_VECKA', 70], ['VARANNAN_VECKA', 30]],
  KORTTIDSBOENDE: [['VARJE_VECKA', 90], ['VARANNAN_VECKA', 10]],
  BOSTAD_MED_SARSKILD_SERVICE: [['VARANNAN_VECKA', 40], ['VAR_FJARDE_VECKA', 60]],
};

export function generateNaromradesplaner(context: SeedContext): void {
  const random = createRandom('naromradesplaner');
  const gaps = chooseGaps(context, createRandom('boendeansvar-gaps'));
  const revised = new Set(
    random
      .shuffle(context.naromraden.map(({ naromrade }) => naromrade.id))
      .slice(0, Math.round(context.naromraden.length * revisedShare)),
  );

  for (const { naromrade } of context.naromraden) {
    const vardcentraler = required(context.vardcentralerByNaromrade, naromrade.id, 'vårdcentraler');
    const boenden = required(context.boendenByNaromrade, naromrade.id, 'boenden');

    let currentFrom = context.referenceDay - random.int(90, 1_200);
    let currentVersion = 1;
    if (revised.has(naromrade.id)) {
      currentFrom = context.referenceDay - random.int(60, 600);
      currentVersion = 2;
      const previous = addPlan(context, random, naromrade, 1, currentFrom - random.int(365, 900), currentFrom - 1);
      // A revision usually follows a new vårdcentral in the area: the old plan did not have it yet.
      const previousVardcentraler = vardcentraler.length > 1 ? vardcentraler.slice(0, -1) : vardcentraler;
      addBoendeansvar(context, random, previous, boenden, previousVardcentraler);
      addAtgarder(context, random, naromrade, previous, random.int(1, 3));
    }
    const current = addPlan(context, random, naromrade, currentVersion, currentFrom, null);
    addBoendeansvar(context, random, current, boenden.filter((boende) => !gaps.has(boende.id)), vardcentraler);
    addAtgarder(context, random, naromrade, current, random.int(3, 8));
  }
}

function chooseGaps(context: SeedContext, random: Random): Set<string> {
  const candidates = context.world.kommun.boenden.filter((boende) => !context.demoBoendeIds.has(boende.id));
  const gaps = new Set(candidates.filter(() => random.chance(gapShare)).map((boende) => boende.id));
  const inGoteborg = (id: string): boolean => required(context.boendeById, id, 'boende').kommunkod === goteborg;
  // At least one gap in Göteborg and two in all, so every scale has gaps to find.
  if (![...gaps].some(inGoteborg)) {
    gaps.add(random.pick(candidates.filter((boende) => boende.kommunkod === goteborg)).id);
  }
  while (gaps.size < 2) {
    gaps.add(random.pick(candidates.filter((boende) => boende.kommunkod !== goteborg && !gaps.has(boende.id))).id);
  }
  return gaps;
}

function addPlan(
  context: SeedContext,
  random: Random,
  naromrade: NaromradeSeed,
  version: number,
  giltigFran: number,
  giltigTill: number | null,
): NaromradesplanSeed {
  const plan: NaromradesplanSeed = {
    id: `plan-${naromrade.id}-v${version}`,
    naromradeId: naromrade.id,
    version,
    giltigFran: fromDayNumber(giltigFran),
    giltigTill: giltigTill === null ? null : fromDayNumber(giltigTill),
    faststalldDatum: fromDayNumber(giltigFran - random.int(7, 45)),
  };
  context.world.samverkan.naromradesplaner.push(plan);
  return plan;
}

/** Spreads the boenden evenly over the vårdcentraler, each with one of its läkare. */
function addBoendeansvar(
  context: SeedContext,
  random: Random,
  plan: NaromradesplanSeed,
  boenden: readonly BoendeSeed[],
  vardcentraler: readonly VardcentralSeed[],
): void {
  const order = random.shuffle(vardcentraler);
  boenden.forEach((boende, index) => {
    const vardcentral = order[index % order.length]!;
    const lakare = random.pick(required(context.lakareByVardcentral, vardcentral.hsaId, 'läkare'));
    const timmar = Math.max(0.5, Math.round(boende.antalPlatser * random.between(0.1, 0.25) * 2) / 2);
    context.world.samverkan.boendeansvar.push({
      id: nextId(context, 'ba', 5),
      planId: plan.id,
      boendeId: boende.id,
      vardcentralHsaId: vardcentral.hsaId,
      lakareHsaId: lakare.hsaId,
      lakarmedverkanTimmarPerVecka: timmar,
      rondfrekvens: random.weighted(rondfrekvensWeights[boende.typ]),
      kontaktperson: { namn: personName(random), telefon: regionTelefon(random) },
    });
  });
}

// VGR's numbers start with 010-4; the rest is random.
function regionTelefon(random: Random): string {
  const pair = (): string => String(random.int(0, 99)).padStart(2, '0');
  return `010-4${pair()} ${pair()} ${pair()}`;
}

function addAtgarder(
  context: SeedContext,
  random: Random,
  naromrade: NaromradeSeed,
  plan: NaromradesplanSeed,
  count: number,
): void {
  const kommunNamn = required(context.kommunByKod, naromrade.kommunkod, 'kommun').namn;
  const vardcentraler = required(context.vardcentralerByNaromrade, naromrade.id, 'vårdcentraler');
  const planFrom = toDayNumber(plan.giltigFran);
  const superseded = plan.giltigTill !== null;
  for (const beskrivning of random.shuffle(atgardBeskrivningar).slice(0, count)) {
    const agare = random.chance(0.5) ? 'VGR' : naromrade.kommunkod;
    const ansvarigEnhet = agare === 'VGR'
      ? random.pick(vardcentraler).namn
      : random.pick([`Hemsjukvården ${naromrade.namn}`, `Äldreomsorgen ${naromrade.namn}`, `Medicinskt ansvarig sjuksköterska, ${kommunNamn}`]);
    const latest = plan.giltigTill !== null ? toDayNumber(plan.giltigTill) : context.referenceDay + 365;
    const sistaDatum = random.int(Math.min(planFrom + 30, latest), latest);
    const atgard: AtgardSeed = {
      id: nextId(context, 'atg', 5),
      planId: plan.id,
      beskrivning,
      agare,
      ansvarigEnhet,
      sistaDatum: fromDayNumber(sistaDatum),
      status: superseded ? 'KLAR' : drawStatus(random, sistaDatum, context.referenceDay),
    };
    context.world.samverkan.atgarder.push(atgard);
  }
}

// Past the deadline most are done, but some are not: the overdue ones a NOSAM group follows up.
function drawStatus(random: Random, sistaDatum: number, referenceDay: number): AtgardSeed['status'] {
  return sistaDatum < referenceDay
    ? random.weighted([['KLAR', 60], ['PAGAENDE', 25], ['PLANERAD', 15]])
    : random.weighted([['PLANERAD', 45], ['PAGAENDE', 45], ['KLAR', 10]]);
}
