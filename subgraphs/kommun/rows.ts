// What each GraphQL object type's resolvers receive as parent (the codegen
// mapper targets, see codegen.ts): rows from the loaders in camelCase, and the
// bare references for entities that other subgraphs own.
import type { BoendeTyp, HemsjukvardInsatsTyp, HemtjanstInsatsTyp, Regi } from './generated/resolvers.js';

/** A patient's log extract: its key only, shared by every subgraph that contributes to it. */
export type { LoggutdragRow } from '../../platform/atkomstlogg/loggutdrag.js';

export interface KommunRow {
  kod: string;
  namn: string;
  kommunalforbund: string;
}

export interface BoendeRow {
  id: string;
  namn: string;
  typ: BoendeTyp;
  kommunkod: string;
  naromradeId: string | null;
  antalPlatser: number;
}

/** Samverkan owns Naromrade; the region supplies the pseudonyms through `@requires` when the gateway asks for shared patients. */
export interface NaromradeRow {
  id: string;
  regionensPatientpseudonymer?: string | null;
}

/** The reference only: each contributed field loads its own data through the patient loaders. */
export interface PatientRow {
  id: string;
}

export interface HemsjukvardInskrivningRow {
  id: string;
  personnummer: string;
  kommunkod: string;
  inskrivenFran: string;
  utskrivenDatum: string | null;
  sjukskoterskaHsaId: string;
  sjukskoterskaNamn: string;
}

export interface HemsjukvardInsatsRow {
  inskrivningId: string;
  typ: HemsjukvardInsatsTyp;
  besokPerVecka: number;
}

export interface HemtjanstBeslutRow {
  id: string;
  personnummer: string;
  kommunkod: string;
  beslutsdatum: string;
  giltigTill: string | null;
  beviljadeTimmarPerManad: number;
  utforareNamn: string;
  utforareRegi: Regi;
  insatser: HemtjanstInsatsTyp[];
}

export interface BoendeVistelseRow {
  id: string;
  personnummer: string;
  boendeId: string;
  kommunkod: string;
  fran: string;
  till: string | null;
}

/** A patient as registered with a kommun: where they live, and whether they have a spärr at that kommun. */
export interface KommunPatientRow {
  personnummer: string;
  /** The kommun that holds the patient's data: the data-holding huvudman. */
  kommunkod: string;
  naromradeId: string;
  /** True when the patient has a spärr at `kommunkod`. */
  sparrad: boolean;
}
