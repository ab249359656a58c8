// The shared layer's tables as Kysely sees them: column names as in
// migrations/001_init.sql to 007_nosam_mote_detaljer.sql; dates come back as `YYYY-MM-DD` strings, instants as ISO strings.
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
  sip_insats: SipInsatsTable;
  sip_deltagare: SipDeltagareTable;
  sip_uppfoljning: SipUppfoljningTable;
  nosam_mote: NosamMoteTable;
  motesbeslut: MotesbeslutTable;
  nosam_mote_systemfel: NosamMoteSystemfelTable;
  motesdeltagare: MotesdeltagareTable;
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
  /** 006: the adopter's employee HSA-id or system client id; null before it was recorded. */
  faststalld_av: string | null;
  faststalld_av_enhet_hsa_id: string | null;
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
  /** The unit that received it; set together with mottagen_tid. */
  mottagande_enhet_hsa_id: string | null;
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
  /** Optimistic concurrency (003_sip.sql): 1 when created, +1 per step. */
  version: Generated<number>;
  /** Null for seeded rows; set by skapaSip. */
  klientnyckel: string | null;
  innehallshash: string | null;
  behov: Generated<string[]>;
  tredje_parter: Generated<string[]>;
}

/** One insats of a SIP, in the order given. */
export interface SipInsatsTable {
  sip_id: string;
  ordning: number;
  beskrivning: string;
  huvudman: string;
  verksamhet: string;
}

/** One participant of a SIP, in the order given; huvudman null for the person and närstående. */
export interface SipDeltagareTable {
  sip_id: string;
  ordning: number;
  roll: string;
  huvudman: string | null;
}

/** A follow-up held. */
export interface SipUppfoljningTable {
  id: Generated<number>;
  sip_id: string;
  datum: string;
  kommentar: string | null;
}

/** A NOSAM meeting of a närområde (004_nosam_mote.sql). */
export interface NosamMoteTable {
  id: string;
  naromrade_id: string;
  datum: string;
  deltagare: string[];
  registrerad_tid: string;
  registrerad_av: string;
  /** From 007_nosam_mote_detaljer.sql; null for meetings recorded without them. */
  plats: string | null;
  starttid: string | null;
}

/** A participant of a meeting with role, organisation and huvudman (007_nosam_mote_detaljer.sql). */
export interface MotesdeltagareTable {
  mote_id: string;
  ordning: number;
  namn: string;
  roll: string;
  organisation: string;
  huvudman: string;
}

/** One decision of a meeting, in the order given. */
export interface MotesbeslutTable {
  id: string;
  mote_id: string;
  ordning: number;
  beskrivning: string;
  skapad_atgard_id: string | null;
  stangd_atgard_id: string | null;
}

/** An avvikelse taken up as a systemfel at a meeting. */
export interface NosamMoteSystemfelTable {
  mote_id: string;
  avvikelse_id: string;
}
