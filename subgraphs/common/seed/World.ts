// The synthetic Västra Götaland that every subgraph seeds its own slice from.
// The generator is deterministic, so three processes that each generate the
// world independently agree on every shared key (personnummer, HSA-id, ids).

/** `small` starts fast (default for `npm start` and tests); `vg` is the benchmark scale. */
export type SeedScale = 'small' | 'vg';

/** ISO date `YYYY-MM-DD`. */
export type IsoDate = string;
/** ISO date-time with offset, e.g. `2026-10-01T08:30:00.000Z`. */
export type IsoDateTime = string;

/** `VGR` for the region, otherwise a four-digit kommunkod. */
export type HuvudmanId = string;

export interface World {
  scale: SeedScale;
  /** The day the synthetic data is "as of"; open periods have no end date. */
  referenceDate: IsoDate;
  vgr: VgrSlice;
  kommun: KommunSlice;
  samverkan: SamverkanSlice;
}

// ---------------------------------------------------------------- region (VGR)

export interface VgrSlice {
  vardcentraler: VardcentralSeed[];
  lakare: LakareSeed[];
  narsjukvardsteam: NarsjukvardsteamSeed[];
  /** Every patient the region knows in this synthetic world (listed somewhere). */
  listningar: ListningSeed[];
  fastLakarkontakter: FastLakarkontaktSeed[];
  narsjukvardsteamEpisoder: NarsjukvardsteamEpisodSeed[];
}

export interface VardcentralSeed {
  hsaId: string;
  namn: string;
  kommunkod: string;
  naromradeId: string;
  /** Everyone listed there (the region's listing statistics), not only the patients this world holds. */
  antalListade: number;
  driftsform: 'REGION' | 'PRIVAT';
}

export interface LakareSeed {
  hsaId: string;
  namn: string;
  vardcentralHsaId: string;
}

export interface NarsjukvardsteamSeed {
  id: string;
  namn: string;
  sjukhus: string;
  typ: 'NARSJUKVARDSTEAM' | 'PALLIATIVT_TEAM';
  /** The kommuner the team serves. */
  kommunkoder: string[];
}

export interface ListningSeed {
  personnummer: string;
  vardcentralHsaId: string;
  listadSedan: IsoDate;
  /** Latest visit at the vårdcentral; null when none is recorded. */
  senasteVardkontakt: IsoDate | null;
}

export interface FastLakarkontaktSeed {
  personnummer: string;
  lakareHsaId: string;
  fran: IsoDate;
}

export interface NarsjukvardsteamEpisodSeed {
  id: string;
  personnummer: string;
  teamId: string;
  startdatum: IsoDate;
  slutdatum: IsoDate | null;
  orsak: string;
}

// ------------------------------------------------------------- the kommuner

export type BoendeTyp = 'SARSKILT_BOENDE' | 'KORTTIDSBOENDE' | 'BOSTAD_MED_SARSKILD_SERVICE';

export interface KommunSlice {
  boenden: BoendeSeed[];
  /** Every person a kommun has an insats for, with the närområde they live in. */
  patienter: KommunPatientSeed[];
  hemsjukvardInskrivningar: HemsjukvardInskrivningSeed[];
  hemtjanstBeslut: HemtjanstBeslutSeed[];
  boendeVistelser: BoendeVistelseSeed[];
}

export interface BoendeSeed {
  id: string;
  namn: string;
  kommunkod: string;
  naromradeId: string;
  typ: BoendeTyp;
  antalPlatser: number;
}

export interface KommunPatientSeed {
  personnummer: string;
  kommunkod: string;
  naromradeId: string;
}

export interface SjukskoterskaSeed {
  hsaId: string;
  namn: string;
}

export type HemsjukvardInsatsTyp =
  | 'LAKEMEDELSHANTERING'
  | 'SARVARD'
  | 'PROVTAGNING'
  | 'REHABILITERING'
  | 'PALLIATIV_VARD'
  | 'KATETERVARD'
  | 'DIABETESVARD';

export interface HemsjukvardInsatsSeed {
  typ: HemsjukvardInsatsTyp;
  /** Visits per week. */
  besokPerVecka: number;
}

export interface HemsjukvardInskrivningSeed {
  id: string;
  personnummer: string;
  kommunkod: string;
  inskrivenFran: IsoDate;
  utskrivenDatum: IsoDate | null;
  ansvarigSjukskoterska: SjukskoterskaSeed;
  insatser: HemsjukvardInsatsSeed[];
}

export type HemtjanstInsatsTyp =
  | 'SERVICE'
  | 'PERSONLIG_OMSORG'
  | 'TRYGGHETSLARM'
  | 'NATTILLSYN'
  | 'MATDISTRIBUTION'
  | 'LEDSAGNING';

export interface HemtjanstBeslutSeed {
  id: string;
  personnummer: string;
  kommunkod: string;
  beslutsdatum: IsoDate;
  giltigTill: IsoDate | null;
  beviljadeTimmarPerManad: number;
  utforare: { namn: string; regi: 'KOMMUNAL' | 'PRIVAT' };
  insatser: HemtjanstInsatsTyp[];
}

export interface BoendeVistelseSeed {
  id: string;
  personnummer: string;
  boendeId: string;
  fran: IsoDate;
  till: IsoDate | null;
}

// ------------------------------------------------------- the shared layer

export type AvvikelseKategori =
  | 'INFORMATIONSOVERFORING'
  | 'LAKEMEDEL'
  | 'IN_OCH_UTSKRIVNING'
  | 'SIP'
  | 'LAKARMEDVERKAN'
  | 'HJALPMEDEL'
  | 'VARDPLANERING'
  | 'BEMOTANDE'
  | 'OVRIGT';

export type AvvikelseStatus =
  | 'RAPPORTERAD'
  | 'MOTTAGEN'
  | 'UNDER_UTREDNING'
  | 'ATGARDAD'
  | 'ATERKOPPLAD'
  | 'AVSLUTAD';

export interface SamverkanSlice {
  naromraden: NaromradeSeed[];
  naromradesplaner: NaromradesplanSeed[];
  boendeansvar: BoendeansvarSeed[];
  atgarder: AtgardSeed[];
  avvikelser: AvvikelseSeed[];
  sipar: SipSeed[];
  /** NOSAM meetings held, a history of some months for every närområde. */
  moten: NosamMoteSeed[];
}

export interface NosamMoteSeed {
  id: string;
  naromradeId: string;
  datum: IsoDate;
  starttid: string;
  plats: string;
  medverkande: { namn: string; roll: string; organisation: string; huvudman: HuvudmanId }[];
  /** In order; a decision may be where an åtgärd of the plan in force was decided. */
  beslut: { beskrivning: string; skapadAtgardId: string | null }[];
}

export interface NaromradeSeed {
  id: string;
  namn: string;
  kommunkod: string;
}

export interface NaromradesplanSeed {
  id: string;
  naromradeId: string;
  version: number;
  giltigFran: IsoDate;
  giltigTill: IsoDate | null;
  faststalldDatum: IsoDate;
}

/**
 * Rows exist for every plan version, superseded ones included: filter on the
 * current plan (giltigTill null). That plan lacks a row for a few boenden on purpose (gaps).
 */
export interface BoendeansvarSeed {
  id: string;
  planId: string;
  boendeId: string;
  vardcentralHsaId: string;
  lakareHsaId: string;
  lakarmedverkanTimmarPerVecka: number;
  rondfrekvens: 'VARJE_VECKA' | 'VARANNAN_VECKA' | 'VAR_FJARDE_VECKA';
  kontaktperson: { namn: string; telefon: string };
}

export interface AtgardSeed {
  id: string;
  planId: string;
  beskrivning: string;
  agare: HuvudmanId;
  ansvarigEnhet: string;
  sistaDatum: IsoDate;
  status: 'PLANERAD' | 'PAGAENDE' | 'KLAR';
}

export interface AvvikelseSeed {
  id: string;
  kategori: AvvikelseKategori;
  status: AvvikelseStatus;
  handelsedatum: IsoDate;
  rapporteradTid: IsoDateTime;
  rapporterandeHuvudman: HuvudmanId;
  /** A vårdcentral's HSA-id when VGR reports, else a unit of that kommun (`SE212000<kommunkod>-…`). */
  rapporterandeEnhetHsaId: string;
  mottagandeHuvudman: HuvudmanId;
  naromradeId: string;
  kommunkod: string;
  beskrivning: string;
  /** The patient it concerns, if any. */
  personnummer: string | null;
  /** When the receiving huvudman received it; null while RAPPORTERAD. */
  mottagenTid: IsoDateTime | null;
  /** When återkoppling was given; set for ATERKOPPLAD and AVSLUTAD. */
  aterkoppladTid: IsoDateTime | null;
}

export type SipStatus =
  | 'BEHOV_UPPTACKT'
  | 'FORBEREDD'
  | 'KALLAD'
  | 'MOTE_HALLET'
  | 'UPPFOLJNING'
  | 'AVSLUTAD';

export interface SipSeed {
  id: string;
  personnummer: string;
  naromradeId: string;
  status: SipStatus;
  huvudansvar: HuvudmanId;
  skapadDatum: IsoDate;
  nastaUppfoljning: IsoDate | null;
  samtyckeDatum: IsoDate;
}
