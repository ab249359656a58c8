// The shared layer's tables as Kysely sees them: column names as in
// migrations/001_init.sql and 002_avvikelse_workflow.sql; dates come back as `YYYY-MM-DD` strings, instants as ISO strings.
import type { Generated } from 'kysely';
import type { AtgardStatus, AvvikelseHandling, AvvikelseKategori, AvvikelseStatus, Rondfrekvens, SipStatus, SystemfelNiva } from './generated/resolvers.js';

export interface SamverkanDatabase {
  vardsamverkansomrade: VardsamverkansomradeTable;
  kommun_omrade: KommunOmradeTable;
  naromrade: NaromradeTable;
  naromradesplan: NaromradesplanTable;
  boendeansvar: BoendeansvarTable;
  atgard: AtgardTable;
  avvikelse: AvvikelseTable;
  avvikelsehandelse: AvvikelsehandelseTable;
  sip: SipTable;
}

export interface VardsamverkansomradeTable {
  id: string;
  namn: string;
  sjukhus: string;
}

/** Which vårdsamverkansområde each kommun belongs to. */
export interface KommunOmradeTable {
  kommunkod: string;
  kommun_namn: string;
  vardsamverkansomrade_id: string;
}

export interface NaromradeTable {
  id: string;
  namn: string;
  kommunkod: string;
}

export interface NaromradesplanTable {
  id: string;
  naromrade_id: string;
  version: number;
  giltig_fran: string;
  giltig_till: string | null;
  faststalld_datum: string;
}

export interface BoendeansvarTable {
  id: string;
  plan_id: string;
  boende_id: string;
  vardcentral_hsa_id: string;
  lakare_hsa_id: string;
  lakarmedverkan_timmar_per_vecka: number;
  rondfrekvens: Rondfrekvens;
  kontaktperson_namn: string;
  kontaktperson_telefon: string;
}

export interface AtgardTable {
  id: string;
  plan_id: string;
  beskrivning: string;
  agare: string;
  ansvarig_enhet: string;
  sista_datum: string;
  status: AtgardStatus;
}

export interface AvvikelseTable {
  id: string;
  /** Null for seeded rows; set by rapporteraAvvikelse. */
  klientnyckel: string | null;
  innehallshash: string | null;
  kategori: AvvikelseKategori;
  status: AvvikelseStatus;
  handelsedatum: string;
  rapporterad_tid: string;
  rapporterande_huvudman: string;
  rapporterande_enhet_hsa_id: string;
  mottagande_huvudman: string;
  naromrade_id: string;
  kommunkod: string;
  vardsamverkansomrade_id: string;
  beskrivning: string;
  personnummer: string | null;
  /** Optimistic concurrency: the number of stored workflow steps (1 after the report). */
  version: Generated<number>;
  mottagen_tid: string | null;
  aterkopplad_tid: string | null;
  avvisad_anledning: string | null;
  systemfel_niva: SystemfelNiva | null;
}

/** One stored workflow step; `RAPPORTERA` is the report itself. */
export interface AvvikelsehandelseTable {
  id: Generated<number>;
  avvikelse_id: string;
  handling: AvvikelseHandling | 'RAPPORTERA';
  fran_status: AvvikelseStatus | null;
  till_status: AvvikelseStatus;
  version: number;
  tid: string;
  utford_av: string;
  organisation_hsa_id: string;
  huvudman: string;
  kommentar: string | null;
}

export interface SipTable {
  id: string;
  personnummer: string;
  naromrade_id: string;
  status: SipStatus;
  huvudansvar: string;
  skapad_datum: string;
  nasta_uppfoljning: string | null;
  samtycke_datum: string;
}
