// The generator's working state: the world under construction plus the lookup
// tables that later steps need (the vårdcentraler of a närområde, free places…).
import { loadKommuner, type KommunReference } from '../../../platform/reference/kommuner.js';
import { apportion } from './apportion.js';
import { kommunPopulation } from './kommunPopulation.js';
import { naromradenForKommun, type NaromradeDefinition } from './naromradenForKommun.js';
import { createPersonnummerPool, type PersonnummerPool } from './syntheticPersonnummer.js';
import { toDayNumber } from './calendarDays.js';
import { scaleParameters, type ScaleParameters } from './scaleParameters.js';
import type {
  BoendeSeed,
  IsoDate,
  LakareSeed,
  ListningSeed,
  NarsjukvardsteamSeed,
  SeedScale,
  SjukskoterskaSeed,
  VardcentralSeed,
  World,
} from './World.js';

/** What the generator knows about a patient beyond the rows it writes. */
export interface PatientProfile {
  personnummer: string;
  kommunkod: string;
  /** Where the patient lives (region-only patients: where they are listed). */
  naromradeId: string;
  birthDay: number;
  /** First day of any kommun insats (day number); for region-only patients the listing day. */
  firstDay: number;
  /** Last day of any kommun insats; the reference day while one is still open. */
  lastDay: number;
  /** Has an open insats (region-only patients count as active). */
  active: boolean;
  currentBoendeId: string | null;
  /** Day the current stay began; null without one. */
  currentBoendeSince: number | null;
}

/** Per-närområde targets derived from the scale and the inhabitants. */
export interface NaromradeTargets {
  inhabitants: number;
  kommunPatienter: number;
  boenden: number;
  activeHemtjanst: number;
  activeHemsjukvard: number;
  avvikelser: number;
}

export interface HemtjanstUtforare {
  kommunal: string;
  /** Private utförare chosen under LOV; empty in kommuner without LOV here. */
  privata: readonly string[];
}

export interface SeedContext {
  scale: SeedScale;
  /** The day the world is as of (see referenceDate.ts), as a day number. */
  referenceDay: number;
  parameters: ScaleParameters;
  world: World;
  kommunByKod: ReadonlyMap<string, KommunReference>;
  naromraden: readonly NaromradeDefinition[];
  naromradeById: ReadonlyMap<string, NaromradeDefinition>;
  /** Position of a närområde within its kommun (numbers the kommun's units). */
  naromradeIndexInKommun: ReadonlyMap<string, number>;
  targets: ReadonlyMap<string, NaromradeTargets>;
  vardcentralerByNaromrade: Map<string, VardcentralSeed[]>;
  lakareByVardcentral: Map<string, LakareSeed[]>;
  narsjukvardsteamById: Map<string, NarsjukvardsteamSeed>;
  boendenByNaromrade: Map<string, BoendeSeed[]>;
  boendeById: Map<string, BoendeSeed>;
  /** Current stays per boende id. */
  occupancy: Map<string, number>;
  sjukskoterskorByNaromrade: Map<string, SjukskoterskaSeed[]>;
  utforareByNaromrade: Map<string, HemtjanstUtforare>;
  personnummerPool: PersonnummerPool;
  /** Generated kommun patients by närområde; demo patients are kept out so random steps leave their picture alone. */
  kommunPatientsByNaromrade: Map<string, PatientProfile[]>;
  regionOnlyPatients: PatientProfile[];
  listningByPersonnummer: Map<string, ListningSeed>;
  /** Boenden whose picture the demo patients depend on. */
  demoBoendeIds: Set<string>;
  counters: Map<string, number>;
}

export function createSeedContext(scale: SeedScale, referenceDate: IsoDate): SeedContext {
  const parameters = scaleParameters[scale];
  const kommuner = loadKommuner();
  const naromraden = kommuner.flatMap(naromradenForKommun);
  const naromradeIndexInKommun = new Map<string, number>();
  for (const kommun of kommuner) {
    naromraden
      .filter((definition) => definition.naromrade.kommunkod === kommun.kommunkod)
      .forEach((definition, index) => naromradeIndexInKommun.set(definition.naromrade.id, index));
  }

  const world: World = {
    scale,
    referenceDate,
    vgr: { vardcentraler: [], lakare: [], narsjukvardsteam: [], listningar: [], fastLakarkontakter: [], narsjukvardsteamEpisoder: [] },
    kommun: { boenden: [], patienter: [], hemsjukvardInskrivningar: [], hemtjanstBeslut: [], boendeVistelser: [] },
    samverkan: {
      naromraden: naromraden.map((definition) => definition.naromrade),
      naromradesplaner: [],
      boendeansvar: [],
      atgarder: [],
      avvikelser: [],
      sipar: [],
      moten: [],
    },
  };

  return {
    scale,
    referenceDay: toDayNumber(referenceDate),
    parameters,
    world,
    kommunByKod: new Map(kommuner.map((kommun) => [kommun.kommunkod, kommun])),
    naromraden,
    naromradeById: new Map(naromraden.map((definition) => [definition.naromrade.id, definition])),
    naromradeIndexInKommun,
    targets: computeTargets(parameters, naromraden),
    vardcentralerByNaromrade: new Map(),
    lakareByVardcentral: new Map(),
    narsjukvardsteamById: new Map(),
    boendenByNaromrade: new Map(),
    boendeById: new Map(),
    occupancy: new Map(),
    sjukskoterskorByNaromrade: new Map(),
    utforareByNaromrade: new Map(),
    personnummerPool: createPersonnummerPool(),
    kommunPatientsByNaromrade: new Map(),
    regionOnlyPatients: [],
    listningByPersonnummer: new Map(),
    demoBoendeIds: new Set(),
    counters: new Map(),
  };
}

function computeTargets(
  parameters: ScaleParameters,
  naromraden: readonly NaromradeDefinition[],
): Map<string, NaromradeTargets> {
  const inhabitants = naromraden.map(
    (definition) => kommunPopulation(definition.naromrade.kommunkod) * definition.populationShare,
  );
  const kommunPatienter = apportion(parameters.kommunPatienter, inhabitants);
  const boenden = apportion(parameters.boenden, inhabitants);
  const avvikelser = apportion(parameters.avvikelser, inhabitants);
  return new Map(
    naromraden.map((definition, index) => {
      const people = inhabitants[index]!;
      return [
        definition.naromrade.id,
        {
          inhabitants: people,
          kommunPatienter: kommunPatienter[index]!,
          // Every närområde needs a boende for its närområdesplan to mean anything.
          boenden: Math.max(1, boenden[index]!),
          activeHemtjanst: Math.max(1, Math.round((people / 1_000) * parameters.activeHemtjanstPer1000)),
          activeHemsjukvard: Math.max(1, Math.round((people / 1_000) * parameters.activeHemsjukvardPer1000)),
          avvikelser: avvikelser[index]!,
        },
      ];
    }),
  );
}

/** The next id in a readable series, e.g. `nextId(context, 'hsj', 6)` → `hsj-000001`. */
export function nextId(context: SeedContext, prefix: string, width: number): string {
  const next = (context.counters.get(prefix) ?? 0) + 1;
  context.counters.set(prefix, next);
  return `${prefix}-${String(next).padStart(width, '0')}`;
}

/** Looks up a map entry that earlier steps guarantee; a miss is a generator bug. */
export function required<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed generator: no ${what} for "${String(key)}".`);
  return value;
}
