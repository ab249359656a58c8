// What the resolvers of each GraphQL type receive (the codegen mappers in
// codegen.ts point here): rows of this subgraph's tables in camelCase, and bare
// references for entities that another subgraph owns.
import type { AtgardFalt, AtgardStatus, AvvikelseKategori, AvvikelseStatus, BoendeansvarFalt, Rondfrekvens, SipStatus, SystemfelNiva } from './generated/resolvers.js';
import type { PlanSkillnad } from './naromrade/planSkillnad.js';
import type { AndradRad } from './naromrade/radskillnad.js';

/** A patient's log extract: its key only, shared by every subgraph that contributes to it. */
export type { LoggutdragRow } from '../../platform/atkomstlogg/loggutdrag.js';

export interface VardsamverkansomradeRow {
  id: string;
  namn: string;
  sjukhus: string;
}

/** Owned by the kommun subgraph; this one adds its collaboration area and närområden. */
export interface KommunRow {
  kod: string;
}

export interface NaromradeRow {
  id: string;
  namn: string;
  kommunkod: string;
  vardsamverkansomradeId: string;
  /** Only on an entity reference from the gateway (`@requires(fields: "boenden { id }")`): the kommun's boenden of the närområde; null or missing when the kommun did not answer. */
  boenden?: readonly BoendeRow[] | null;
}

export interface NaromradesplanRow {
  id: string;
  naromradeId: string;
  version: number;
  giltigFran: string;
  giltigTill: string | null;
  faststalldDatum: string;
  /** Who adopted it (employee HSA-id or system client id) and for which unit; null for versions from before it was recorded. */
  faststalldAv: string | null;
  faststalldAvEnhet: string | null;
}

/** Two versions of one närområde's plan and what differs between them (naromrade/planSkillnad.ts). */
export interface NaromradesplanskillnadRow extends PlanSkillnad {
  fran: NaromradesplanRow;
  till: NaromradesplanRow;
}

export type AndratBoendeansvarRow = AndradRad<BoendeansvarRow, BoendeansvarFalt>;

export type AndradAtgardRow = AndradRad<AtgardRow, AtgardFalt>;

export interface BoendeansvarRow {
  id: string;
  planId: string;
  boendeId: string;
  vardcentralHsaId: string;
  lakareHsaId: string;
  lakarmedverkanTimmarPerVecka: number;
  rondfrekvens: Rondfrekvens;
  kontaktpersonNamn: string;
  kontaktpersonTelefon: string;
}

export interface AtgardRow {
  id: string;
  planId: string;
  beskrivning: string;
  /** Huvudman id: `VGR` or a kommunkod. */
  agare: string;
  ansvarigEnhet: string;
  sistaDatum: string;
  status: AtgardStatus;
}

/** `VGR` or a kommunkod; type and name are derived from it. */
export interface HuvudmanRow {
  id: string;
}

export interface AvvikelseRow {
  id: string;
  kategori: AvvikelseKategori;
  status: AvvikelseStatus;
  handelsedatum: string;
  rapporteradTid: string;
  rapporterandeHuvudman: string;
  rapporterandeEnhetHsaId: string;
  mottagandeHuvudman: string;
  naromradeId: string;
  kommunkod: string;
  vardsamverkansomradeId: string;
  beskrivning: string;
  /** Patient-level data: exposed only through loaders/patientDataLoaders.ts. */
  personnummer: string | null;
  version: number;
  mottagenTid: string | null;
  aterkoppladTid: string | null;
  avvisadAnledning: string | null;
  systemfelNiva: SystemfelNiva | null;
}

export interface SipRow {
  id: string;
  /** Patient-level data: exposed only through loaders/patientDataLoaders.ts. */
  personnummer: string;
  naromradeId: string;
  /** The kommun of the närområde: with VGR, the parties that hold the SIP jointly. */
  kommunkod: string;
  status: SipStatus;
  huvudansvar: string;
  skapadDatum: string;
  nastaUppfoljning: string | null;
  samtyckeDatum: string;
  version: number;
  behov: string[];
  tredjeParter: string[];
}

/** Owned jointly; the key is the validated personnummer/samordningsnummer. */
export interface PatientRow {
  id: string;
}

/** Owned by the kommun subgraph. */
export interface BoendeRow {
  id: string;
}

/** Owned by the vgr subgraph. */
export interface VardcentralRow {
  hsaId: string;
}

/** Owned by the vgr subgraph; never resolved here. */
export interface LakareRow {
  hsaId: string;
}

/** A NOSAM meeting (not a codegen mapper: see naromrade/nosam/nosamMoteParent.ts). */
export interface NosamMoteRow {
  id: string;
  naromradeId: string;
  datum: string;
  deltagare: string[];
  plats: string | null;
  starttid: string | null;
}

/** A participant of a NOSAM meeting; the huvudman is resolved from its id. */
export interface MotesdeltagareRow {
  moteId: string;
  ordning: number;
  namn: string;
  roll: string;
  organisation: string;
  huvudman: string;
}

/** A decision of a NOSAM meeting; the åtgärder are resolved by id. */
export interface MotesBeslutRow {
  id: string;
  moteId: string;
  ordning: number;
  beskrivning: string;
  skapadAtgardId: string | null;
  stangdAtgardId: string | null;
}
