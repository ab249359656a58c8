/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The three levels at which avvikelser are analysed. */
export type Analysniva =
  /** One vårdsamverkansområde (delregional). */
  | 'DELREGIONAL'
  /** All of Västra Götaland (länsgemensam). */
  | 'LANSGEMENSAM'
  /** One närområde (lokal). */
  | 'LOKAL';

/** Status of an åtgärd. */
export type AtgardStatus =
  /** Done. */
  | 'KLAR'
  /** In progress. */
  | 'PAGAENDE'
  /** Planned, not started. */
  | 'PLANERAD';

/** What was done with the patient data. */
export type AtkomstAtgard =
  /** Read. */
  | 'LASNING'
  /** Written (e.g. a spärr registered or lifted). */
  | 'SKRIVNING';

/** Grounds for reading patient data (SVOD; NPÖ practice). */
export type AtkomstGrund =
  /** The reader's own huvudman holds the data (egen vårdrelation). */
  | 'EGEN_VARDRELATION'
  /** The reader declared nödåtkomst (emergency access) with a reason. */
  | 'NODATKOMST'
  /** The reader attested the patient's samtycke (consent). */
  | 'SAMTYCKE';

/** Outcome of an access to patient data. */
export type AtkomstResultat =
  /** A spärr hid the data; only the fact that blocked information exists was returned. */
  | 'FILTRERAD'
  /** The data was refused (no role or no access ground). */
  | 'NEKAD'
  /** The data was returned. */
  | 'TILLATEN';

/** Filter for the access log; all given conditions must hold. */
export type AtkomstloggFilter = {
  /** Only accesses by this user (employee HSA-id, or a system client's id). */
  anvandare?: string | number | null | undefined;
  /** On or after this day (Swedish time). */
  fran?: string | null | undefined;
  /** Only accesses on this ground. */
  grund?: AtkomstGrund | null | undefined;
  /** Only accesses to this patient (personnummer, 12 digits). */
  patientId?: string | number | null | undefined;
  /** On or before this day (Swedish time). */
  till?: string | null | undefined;
};

/** What an analysis can be grouped by. */
export type AvvikelseDimension =
  /** The reporting unit (HSA-id). */
  | 'ENHET'
  /** Category. */
  | 'KATEGORI'
  /** Calendar month of the event (händelsedatum). */
  | 'MANAD'
  /** Reporting huvudman → receiving huvudman. */
  | 'RIKTNING'
  /** Current workflow status. */
  | 'STATUS';

/** Filter for avvikelser; all given conditions must hold. */
export type AvvikelseFilter = {
  /** Händelsedatum on or after this date. */
  fran?: string | null | undefined;
  /** Only these categories. */
  kategorier?: Array<AvvikelseKategori> | null | undefined;
  /** Only this kommun (kommunkod). */
  kommunkod?: string | number | null | undefined;
  /** Only avvikelser addressed to, or received by, this unit (HSA-id). */
  mottagandeEnhetHsaId?: string | number | null | undefined;
  /** Only avvikelser sent to this huvudman (`VGR` or a kommunkod). */
  mottagandeHuvudman?: string | number | null | undefined;
  /** Only this närområde. */
  naromradeId?: string | number | null | undefined;
  /** Only avvikelser reported by this huvudman (`VGR` or a kommunkod). */
  rapporterandeHuvudman?: string | number | null | undefined;
  /** Only these statuses. */
  statusar?: Array<AvvikelseStatus> | null | undefined;
  /** Händelsedatum on or before this date. */
  till?: string | null | undefined;
  /** Only this vårdsamverkansområde. */
  vardsamverkansomradeId?: string | number | null | undefined;
};

/** A step of the avvikelse workflow and who may take it: the receiving huvudman receives, investigates, acts, gives återkoppling or refuses; the reporting huvudman closes; either side may lift it as a systemfel. */
export type AvvikelseHandling =
  /** Åtgärdad → återkopplad, with the återkoppling as comment (receiving side). */
  | 'ATERKOPPLA'
  /** Återkopplad → avslutad (reporting side). */
  | 'AVSLUTA'
  /** Rapporterad or mottagen → avvisad, with the reason as comment (receiving side). */
  | 'AVVISA'
  /** Lift as a systemfel to the närområde's NOSAM or the delregional level; the status stays (either side, while not closed). */
  | 'LYFT_SOM_SYSTEMFEL'
  /** Under utredning → åtgärdad (receiving side). */
  | 'MARKERA_ATGARDAD'
  /** Mottagen → under utredning (receiving side). */
  | 'PABORJA_UTREDNING'
  /** Rapporterad → mottagen (receiving side). */
  | 'TA_EMOT';

/** Categories of avvikelse i samverkan (a design assumption kept in one place until the county routine's own list replaces it). */
export type AvvikelseKategori =
  /** Bemötande: how the patient or staff were treated. */
  | 'BEMOTANDE'
  /** Hjälpmedel: assistive devices. */
  | 'HJALPMEDEL'
  /** Informationsöverföring: information did not reach the other huvudman. */
  | 'INFORMATIONSOVERFORING'
  /** In- och utskrivning: admission and discharge. */
  | 'IN_OCH_UTSKRIVNING'
  /** Läkarmedverkan: doctors' participation in municipal care. */
  | 'LAKARMEDVERKAN'
  /** Läkemedel: medication. */
  | 'LAKEMEDEL'
  /** Övrigt: other. */
  | 'OVRIGT'
  /** SIP: samordnad individuell plan. */
  | 'SIP'
  /** Vårdplanering: care planning. */
  | 'VARDPLANERING';

/** Workflow states of an avvikelse: rapporterad → mottagen → under utredning → åtgärdad → återkopplad → avslutad. */
export type AvvikelseStatus =
  /** Feedback (återkoppling) given to the reporter. */
  | 'ATERKOPPLAD'
  /** Actions taken. */
  | 'ATGARDAD'
  /** Closed. */
  | 'AVSLUTAD'
  /** Refused by the receiving side, with a reason. */
  | 'AVVISAD'
  /** Received by the other huvudman. */
  | 'MOTTAGEN'
  /** Reported, not yet received. */
  | 'RAPPORTERAD'
  /** Being investigated. */
  | 'UNDER_UTREDNING';

/** An avvikelse analysis request. */
export type AvvikelseanalysInput = {
  /** First day of the period (händelsedatum). */
  fran: string;
  /** Dimensions to group by (none: totals only). */
  gruppera?: Array<AvvikelseDimension>;
  /** Also compute the same analysis for the equally long period just before. */
  jamforMedForegaendePeriod?: boolean | null | undefined;
  /** Level. */
  niva: Analysniva;
  /** The närområde (LOKAL) or vårdsamverkansområde (DELREGIONAL); omitted for LANSGEMENSAM. */
  omradeId?: string | number | null | undefined;
  /** Last day of the period. */
  till: string;
};

/** Kinds of boende a kommun runs. */
export type BoendeTyp =
  /** Bostad med särskild service (SoL/LSS). */
  | 'BOSTAD_MED_SARSKILD_SERVICE'
  /** Korttidsboende: temporary stays, e.g. after hospital care. */
  | 'KORTTIDSBOENDE'
  /** Särskilt boende / vård- och omsorgsboende (SÄBO): permanent. */
  | 'SARSKILT_BOENDE';

/** A boendeansvar row of a new plan version. */
export type BoendeansvarInput = {
  /** The boende (id from the kommun). */
  boendeId: string | number;
  /** Contact person's name. */
  kontaktpersonNamn: string;
  /** Contact person's phone. */
  kontaktpersonTelefon: string;
  /** HSA-id of the läkare doing the rounds. */
  lakareHsaId: string | number;
  /** Hours of läkarmedverkan per week (0–100). */
  lakarmedverkanTimmarPerVecka: number;
  /** How often planned rounds take place. */
  rondfrekvens: Rondfrekvens;
  /** HSA-id of the responsible vårdcentral. */
  vardcentralHsaId: string | number;
};

/** Who runs a vårdcentral under Vårdval Vårdcentral. */
export type Driftsform =
  /** Run by a private provider on the region's contract. */
  | 'PRIVAT'
  /** Run by the region itself (Närhälsan). */
  | 'REGION';

/** A new version of a närområdesplan. */
export type FaststallNaromradesplanInput = {
  /** Boendeansvar rows; at most one per boende. */
  boendeansvar: Array<BoendeansvarInput>;
  /** Date adopted. */
  faststalldDatum: string;
  /** In force from; after the current version's start. */
  giltigFran: string;
  /** The närområde. */
  naromradeId: string | number;
};

/** Which overdue återkopplingar to list; at most one of the area fields. */
export type ForsenadeAterkopplingarFilter = {
  /** Only avvikelser received by this unit (HSA-id). */
  mottagandeEnhetHsaId?: string | number | null | undefined;
  /** Only avvikelser received by this huvudman (`VGR` or a kommunkod). */
  mottagandeHuvudman?: string | number | null | undefined;
  /** Only this närområde. */
  naromradeId?: string | number | null | undefined;
  /** Only this vårdsamverkansområde. */
  vardsamverkansomradeId?: string | number | null | undefined;
};

/** A workflow step for one avvikelse. */
export type HanteraAvvikelseInput = {
  /** The avvikelse. */
  avvikelseId: string | number;
  /** The step to take. */
  handling: AvvikelseHandling;
  /** Comment; required for ATERKOPPLA (the återkoppling) and AVVISA (the reason). 1–4000 characters, no personnummer. */
  kommentar?: string | null | undefined;
  /** Required for LYFT_SOM_SYSTEMFEL. */
  systemfelNiva?: SystemfelNiva | null | undefined;
  /** Its current version, as last read. */
  version: number;
};

/** A step for one SIP. */
export type HanteraSipInput = {
  /** The step. */
  handling: SipHandling;
  /** Comment (no personnummer). */
  kommentar?: string | null | undefined;
  /** The next follow-up date; required for HALL_MOTE and FOLJ_UPP. */
  nastaUppfoljning?: string | null | undefined;
  /** The SIP. */
  sipId: string | number;
  /** Its current version. */
  version: number;
};

/** Kinds of hemsjukvård insats. */
export type HemsjukvardInsatsTyp =
  /** Diabetesvård. */
  | 'DIABETESVARD'
  /** Katetervård. */
  | 'KATETERVARD'
  /** Läkemedelshantering: medication administration. */
  | 'LAKEMEDELSHANTERING'
  /** Palliativ vård. */
  | 'PALLIATIV_VARD'
  /** Provtagning: samples. */
  | 'PROVTAGNING'
  /** Rehabilitering by arbetsterapeut or fysioterapeut. */
  | 'REHABILITERING'
  /** Sårvård: wound care. */
  | 'SARVARD';

/** Kinds of hemtjänst insats. */
export type HemtjanstInsatsTyp =
  /** Ledsagning: accompaniment. */
  | 'LEDSAGNING'
  /** Matdistribution: meal delivery. */
  | 'MATDISTRIBUTION'
  /** Nattillsyn: night-time checks. */
  | 'NATTILLSYN'
  /** Personlig omsorg: personal care. */
  | 'PERSONLIG_OMSORG'
  /** Service: cleaning, shopping, laundry. */
  | 'SERVICE'
  /** Trygghetslarm: safety alarm. */
  | 'TRYGGHETSLARM';

/** Kinds of huvudman. */
export type HuvudmanTyp =
  /** A kommun. */
  | 'KOMMUN'
  /** Västra Götalandsregionen. */
  | 'REGION';

/** A decision to record. */
export type MotesBeslutInput = {
  /** What was decided. */
  beskrivning: string;
  /** Create this åtgärd in the plan in force. */
  nyAtgard?: NyAtgardInput | null | undefined;
  /** Close (KLAR) this åtgärd of the närområde's plan. */
  stangAtgardId?: string | number | null | undefined;
};

/** Kinds of mobile team in mobil närvård. */
export type NarsjukvardsteamTyp =
  /** Närsjukvårdsteam run by a hospital, for patients who would otherwise be admitted. */
  | 'NARSJUKVARDSTEAM'
  /** Palliativt team for palliative care at home. */
  | 'PALLIATIVT_TEAM';

/** A new åtgärd decided at a meeting. */
export type NyAtgardInput = {
  /** `VGR` or the närområde's kommunkod. */
  agare: string | number;
  /** The responsible unit. */
  ansvarigEnhet: string;
  /** What is to be done. */
  beskrivning: string;
  /** Due date. */
  sistaDatum: string;
};

/** A new avvikelse i samverkan. */
export type RapporteraAvvikelseInput = {
  /** What happened, 1–4000 characters, without names or personnummer. */
  beskrivning: string;
  /** The day it happened; not in the future. */
  handelsedatum: string;
  /** Category. */
  kategori: AvvikelseKategori;
  /** Client-chosen key (8–100 letters, digits, `-` or `_`, e.g. a UUID) that makes a retry safe: the same key and content is stored once. */
  klientnyckel: string | number;
  /** HSA-id of the receiving unit, when the reporter knows it; the receiving huvudman may still take it on with another unit. */
  mottagandeEnhetHsaId?: string | number | null | undefined;
  /** `VGR` or the kommunkod of the huvudman where it arose; must differ from the reporter. */
  mottagandeHuvudman: string | number;
  /** The närområde where it happened; a kommun named as huvudman must be the närområde's kommun. */
  naromradeId: string | number;
  /** Personnummer of the patient concerned, if any (12 digits). */
  patientId?: string | number | null | undefined;
  /** HSA-id of the reporting unit. */
  rapporterandeEnhetHsaId: string | number;
  /** `VGR` or the kommunkod of the reporting huvudman. */
  rapporterandeHuvudman: string | number;
};

/** Who runs an utförare. */
export type Regi =
  /** Kommunal regi: the kommun's own service. */
  | 'KOMMUNAL'
  /** Privat regi under LOV (lagen om valfrihetssystem). */
  | 'PRIVAT';

/** A NOSAM meeting to record. */
export type RegistreraNosamMoteInput = {
  /** Decisions. */
  beslut?: Array<MotesBeslutInput> | null | undefined;
  /** Date of the meeting; not in the future. */
  datum: string;
  /** Participants; at least one. */
  deltagare: Array<string>;
  /** The närområde. */
  naromradeId: string | number;
  /** Avvikelser (ids) of the närområde to lift as systemfel to NOSAM. */
  systemfelAvvikelseIds?: Array<string | number> | null | undefined;
};

/** How often a planned läkarrond (doctor's round) takes place. */
export type Rondfrekvens =
  /** Every second week. */
  | 'VARANNAN_VECKA'
  /** Every week. */
  | 'VARJE_VECKA'
  /** Every fourth week. */
  | 'VAR_FJARDE_VECKA';

/** A participant in a new SIP. */
export type SipDeltagareInput = {
  /** `VGR` or a kommunkod; omitted for the person and närstående. */
  huvudman?: string | number | null | undefined;
  /** Role. */
  roll: string;
};

/** A step of the SIP process. */
export type SipHandling =
  /** Any open state → avslutad. */
  | 'AVSLUTA'
  /** Möte hållet or uppföljning → uppföljning: a follow-up held, with the next date. */
  | 'FOLJ_UPP'
  /** Behov upptäckt → förberedd. */
  | 'FORBERED'
  /** Kallad → möte hållet. */
  | 'HALL_MOTE'
  /** Förberedd → kallad. */
  | 'KALLA';

/** An insats in a new SIP. */
export type SipInsatsInput = {
  /** What is done. */
  beskrivning: string;
  /** `VGR` or a kommunkod. */
  huvudman: string | number;
  /** The responsible verksamhet. */
  verksamhet: string;
};

/** SIP process states: behov upptäckt → förberedd → kallad → möte hållet → uppföljning → avslutad. */
export type SipStatus =
  /** Closed. */
  | 'AVSLUTAD'
  /** Need discovered. */
  | 'BEHOV_UPPTACKT'
  /** Prepared. */
  | 'FORBEREDD'
  /** Participants called. */
  | 'KALLAD'
  /** SIP meeting held. */
  | 'MOTE_HALLET'
  /** In follow-up. */
  | 'UPPFOLJNING';

/** A new SIP. */
export type SkapaSipInput = {
  /** The person's needs; at least one. */
  behov: Array<string>;
  /** Participants. */
  deltagare?: Array<SipDeltagareInput> | null | undefined;
  /** `VGR` or the närområde's kommunkod: who has huvudansvar. */
  huvudansvar: string | number;
  /** The insatser; at least one. */
  insatser: Array<SipInsatsInput>;
  /** Client key (8–100 letters, digits, `-` or `_`) that makes a retry safe. */
  klientnyckel: string | number;
  /** The närområde where it is coordinated. */
  naromradeId: string | number;
  /** First follow-up; not in the past. */
  nastaUppfoljning: string;
  /** Personnummer of the person (12 digits). */
  patientId: string | number;
  /** Must be true: the person has consented to sharing information for the SIP. */
  samtycke: boolean;
  /** When the person consented; not in the future. */
  samtyckeDatum: string;
  /** What third parties or närstående do. */
  tredjeParter?: Array<string> | null | undefined;
};

/** Where a recurring collaboration failure (systemfel) is lifted. */
export type SystemfelNiva =
  /** The vårdsamverkansområde (delregional). */
  | 'DELREGIONAL'
  /** The närområde's NOSAM group (lokal). */
  | 'NOSAM';

export type NaromradeValjareQueryVariables = Exact<{ [key: string]: never; }>;


export type NaromradeValjareQuery = { vardsamverkansomraden: Array<{ id: string, namn: string, kommuner: Array<{ kod: string }> | null, naromraden: Array<{ id: string, namn: string, kommun: { kod: string } | null }> }> };

export type NaromradeValjareKommunnamnQueryVariables = Exact<{ [key: string]: never; }>;


export type NaromradeValjareKommunnamnQuery = { kommuner: Array<{ kod: string, namn: string }> };

export type AvvikelseRadFragment = { id: string, kategori: AvvikelseKategori, status: AvvikelseStatus, handelsedatum: string, rapporteradTid: string, aterkopplingSenast: string | null, dagarTillAterkoppling: number | null, forsenadAterkoppling: boolean, aterkoppladTid: string | null, systemfel: SystemfelNiva | null, naromrade: { id: string, namn: string }, rapporterandeHuvudman: { id: string, namn: string }, mottagandeHuvudman: { id: string, namn: string } };

export type AvvikelseInkorgQueryVariables = Exact<{
  filter: AvvikelseFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type AvvikelseInkorgQuery = { avvikelser: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kategori: AvvikelseKategori, status: AvvikelseStatus, handelsedatum: string, rapporteradTid: string, aterkopplingSenast: string | null, dagarTillAterkoppling: number | null, forsenadAterkoppling: boolean, aterkoppladTid: string | null, systemfel: SystemfelNiva | null, naromrade: { id: string, namn: string }, rapporterandeHuvudman: { id: string, namn: string }, mottagandeHuvudman: { id: string, namn: string } } }> } };

export type VaraRapporterQueryVariables = Exact<{
  filter: AvvikelseFilter;
  attAvsluta: AvvikelseFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type VaraRapporterQuery = { attAvsluta: { totalCount: number, edges: Array<{ node: { id: string, kategori: AvvikelseKategori, status: AvvikelseStatus, handelsedatum: string, rapporteradTid: string, aterkopplingSenast: string | null, dagarTillAterkoppling: number | null, forsenadAterkoppling: boolean, aterkoppladTid: string | null, systemfel: SystemfelNiva | null, naromrade: { id: string, namn: string }, rapporterandeHuvudman: { id: string, namn: string }, mottagandeHuvudman: { id: string, namn: string } } }> }, avvikelser: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kategori: AvvikelseKategori, status: AvvikelseStatus, handelsedatum: string, rapporteradTid: string, aterkopplingSenast: string | null, dagarTillAterkoppling: number | null, forsenadAterkoppling: boolean, aterkoppladTid: string | null, systemfel: SystemfelNiva | null, naromrade: { id: string, namn: string }, rapporterandeHuvudman: { id: string, namn: string }, mottagandeHuvudman: { id: string, namn: string } } }> } };

export type AvvikelseArendeFaltFragment = { version: number, beskrivning: string, mottagenTid: string | null, mottagandeEnhetHsaId: string | null, rapporterandeEnhetHsaId: string, avvisadAnledning: string | null, id: string, kategori: AvvikelseKategori, status: AvvikelseStatus, handelsedatum: string, rapporteradTid: string, aterkopplingSenast: string | null, dagarTillAterkoppling: number | null, forsenadAterkoppling: boolean, aterkoppladTid: string | null, systemfel: SystemfelNiva | null, kommun: { kod: string, namn: string } | null, vardsamverkansomrade: { id: string, namn: string }, handelser: Array<{ handling: string, franStatus: AvvikelseStatus | null, tillStatus: AvvikelseStatus, version: number, tid: string, utfordAv: string, organisationHsaId: string, kommentar: string | null, huvudman: { id: string, namn: string } }>, mojligaHandlingar: Array<{ handling: AvvikelseHandling, kommentarKravs: boolean, systemfelNivaer: Array<SystemfelNiva> }>, naromrade: { id: string, namn: string }, rapporterandeHuvudman: { id: string, namn: string }, mottagandeHuvudman: { id: string, namn: string } };

export type AvvikelseArendeQueryVariables = Exact<{
  id: string | number;
}>;


export type AvvikelseArendeQuery = { avvikelse: { version: number, beskrivning: string, mottagenTid: string | null, mottagandeEnhetHsaId: string | null, rapporterandeEnhetHsaId: string, avvisadAnledning: string | null, id: string, kategori: AvvikelseKategori, status: AvvikelseStatus, handelsedatum: string, rapporteradTid: string, aterkopplingSenast: string | null, dagarTillAterkoppling: number | null, forsenadAterkoppling: boolean, aterkoppladTid: string | null, systemfel: SystemfelNiva | null, kommun: { kod: string, namn: string } | null, vardsamverkansomrade: { id: string, namn: string }, handelser: Array<{ handling: string, franStatus: AvvikelseStatus | null, tillStatus: AvvikelseStatus, version: number, tid: string, utfordAv: string, organisationHsaId: string, kommentar: string | null, huvudman: { id: string, namn: string } }>, mojligaHandlingar: Array<{ handling: AvvikelseHandling, kommentarKravs: boolean, systemfelNivaer: Array<SystemfelNiva> }>, naromrade: { id: string, namn: string }, rapporterandeHuvudman: { id: string, namn: string }, mottagandeHuvudman: { id: string, namn: string } } | null };

export type AvvikelsePatientQueryVariables = Exact<{
  id: string | number;
}>;


export type AvvikelsePatientQuery = { avvikelse: { id: string, patient: { id: string } | null } | null };

export type HanteraAvvikelseMutationVariables = Exact<{
  input: HanteraAvvikelseInput;
}>;


export type HanteraAvvikelseMutation = { hanteraAvvikelse: { avvikelse: { version: number, beskrivning: string, mottagenTid: string | null, mottagandeEnhetHsaId: string | null, rapporterandeEnhetHsaId: string, avvisadAnledning: string | null, id: string, kategori: AvvikelseKategori, status: AvvikelseStatus, handelsedatum: string, rapporteradTid: string, aterkopplingSenast: string | null, dagarTillAterkoppling: number | null, forsenadAterkoppling: boolean, aterkoppladTid: string | null, systemfel: SystemfelNiva | null, kommun: { kod: string, namn: string } | null, vardsamverkansomrade: { id: string, namn: string }, handelser: Array<{ handling: string, franStatus: AvvikelseStatus | null, tillStatus: AvvikelseStatus, version: number, tid: string, utfordAv: string, organisationHsaId: string, kommentar: string | null, huvudman: { id: string, namn: string } }>, mojligaHandlingar: Array<{ handling: AvvikelseHandling, kommentarKravs: boolean, systemfelNivaer: Array<SystemfelNiva> }>, naromrade: { id: string, namn: string }, rapporterandeHuvudman: { id: string, namn: string }, mottagandeHuvudman: { id: string, namn: string } } } };

export type AvvikelseInkorgLageQueryVariables = Exact<{
  attTaEmot: AvvikelseFilter;
  underArbete: AvvikelseFilter;
  aterkopplade: AvvikelseFilter;
  forsenade: ForsenadeAterkopplingarFilter;
}>;


export type AvvikelseInkorgLageQuery = { attTaEmot: { totalCount: number }, underArbete: { totalCount: number }, aterkopplade: { totalCount: number }, forsenade: { totalCount: number } };

export type AvvikelserAntalFragment = { varde: number | null, undertryckt: boolean };

export type AvvikelserOversiktFragment = { fran: string, till: string, andelForsenade: number | null, totalt: { varde: number | null, undertryckt: boolean }, tidTillAterkoppling: { medianDagar: number | null, percentil90Dagar: number | null, antal: { varde: number | null, undertryckt: boolean } } };

export type AvvikelserAnalysQueryVariables = Exact<{
  niva: Analysniva;
  omradeId?: string | number | null | undefined;
  fran: string;
  till: string;
}>;


export type AvvikelserAnalysQuery = { oversikt: { undertryckningsgrans: number, fran: string, till: string, andelForsenade: number | null, foregaendePeriod: { fran: string, till: string, andelForsenade: number | null, totalt: { varde: number | null, undertryckt: boolean }, tidTillAterkoppling: { medianDagar: number | null, percentil90Dagar: number | null, antal: { varde: number | null, undertryckt: boolean } } } | null, totalt: { varde: number | null, undertryckt: boolean }, tidTillAterkoppling: { medianDagar: number | null, percentil90Dagar: number | null, antal: { varde: number | null, undertryckt: boolean } } }, perManad: { celler: Array<{ manad: string | null, antal: { varde: number | null, undertryckt: boolean } }> }, perKategori: { celler: Array<{ kategori: AvvikelseKategori | null, antal: { varde: number | null, undertryckt: boolean } }> }, perRiktning: { celler: Array<{ rapporterandeHuvudman: { id: string, typ: HuvudmanTyp, namn: string } | null, mottagandeHuvudman: { id: string, typ: HuvudmanTyp, namn: string } | null, antal: { varde: number | null, undertryckt: boolean } }> } };

export type AvvikelserOmradenQueryVariables = Exact<{ [key: string]: never; }>;


export type AvvikelserOmradenQuery = { vardsamverkansomraden: Array<{ id: string, namn: string }>, naromraden: Array<{ id: string, namn: string, vardsamverkansomrade: { id: string } }> };

export type GranskningKedjaFragment = { kontrolleradeRader: number, hel: boolean, forstaFelLopnummer: number | null, fel: string | null };

export type GranskningRegionensKedjaQueryVariables = Exact<{ [key: string]: never; }>;


export type GranskningRegionensKedjaQuery = { regionensAtkomstloggVerifiering: { kontrolleradeRader: number, hel: boolean, forstaFelLopnummer: number | null, fel: string | null } };

export type GranskningKommunensKedjaQueryVariables = Exact<{ [key: string]: never; }>;


export type GranskningKommunensKedjaQuery = { kommunensAtkomstloggVerifiering: { kontrolleradeRader: number, hel: boolean, forstaFelLopnummer: number | null, fel: string | null } };

export type GranskningSamverkansKedjaQueryVariables = Exact<{ [key: string]: never; }>;


export type GranskningSamverkansKedjaQuery = { samverkansAtkomstloggVerifiering: { kontrolleradeRader: number, hel: boolean, forstaFelLopnummer: number | null, fel: string | null } };

export type GranskningLoggsidaFragment = { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { lopnummer: number, tid: string, anvandare: string, organisationHsaId: string, anvandarensHuvudman: string, patientId: string, informationskategorier: Array<string>, atgard: AtkomstAtgard, grund: AtkomstGrund | null, nodatkomstAnledning: string | null, resultat: AtkomstResultat, granskasSarskilt: boolean } }> };

export type GranskningRegionensLoggQueryVariables = Exact<{
  filter?: AtkomstloggFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GranskningRegionensLoggQuery = { regionensAtkomstlogg: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { lopnummer: number, tid: string, anvandare: string, organisationHsaId: string, anvandarensHuvudman: string, patientId: string, informationskategorier: Array<string>, atgard: AtkomstAtgard, grund: AtkomstGrund | null, nodatkomstAnledning: string | null, resultat: AtkomstResultat, granskasSarskilt: boolean } }> } };

export type GranskningKommunensLoggQueryVariables = Exact<{
  filter?: AtkomstloggFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GranskningKommunensLoggQuery = { kommunensAtkomstlogg: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { lopnummer: number, tid: string, anvandare: string, organisationHsaId: string, anvandarensHuvudman: string, patientId: string, informationskategorier: Array<string>, atgard: AtkomstAtgard, grund: AtkomstGrund | null, nodatkomstAnledning: string | null, resultat: AtkomstResultat, granskasSarskilt: boolean } }> } };

export type GranskningSamverkansLoggQueryVariables = Exact<{
  filter?: AtkomstloggFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GranskningSamverkansLoggQuery = { samverkansAtkomstlogg: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { lopnummer: number, tid: string, anvandare: string, organisationHsaId: string, anvandarensHuvudman: string, patientId: string, informationskategorier: Array<string>, atgard: AtkomstAtgard, grund: AtkomstGrund | null, nodatkomstAnledning: string | null, resultat: AtkomstResultat, granskasSarskilt: boolean } }> } };

export type GranskningLasningFragment = { tid: string, organisationHsaId: string, huvudman: string, informationskategorier: Array<string> };

export type GranskningLoggutdragQueryVariables = Exact<{
  patientId: string | number;
}>;


export type GranskningLoggutdragQuery = { loggutdrag: { patientId: string, regionensLasningar: Array<{ tid: string, organisationHsaId: string, huvudman: string, informationskategorier: Array<string> }> | null, kommunensLasningar: Array<{ tid: string, organisationHsaId: string, huvudman: string, informationskategorier: Array<string> }> | null, samverkansLasningar: Array<{ tid: string, organisationHsaId: string, huvudman: string, informationskategorier: Array<string> }> | null } | null };

export type NaromradeVyPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type NaromradeVyPlanQuery = { naromrade: { id: string, namn: string, kommun: { kod: string } | null, vardsamverkansomrade: { id: string, namn: string }, boenden: Array<{ id: string, namn: string, typ: BoendeTyp, antalPlatser: number, antalBelagdaPlatser: number }> | null, boendenUtanAnsvar: Array<{ id: string }> | null, vardcentraler: Array<{ hsaId: string, namn: string, driftsform: Driftsform, antalListadePatienter: number, lakare: Array<{ hsaId: string }> }> | null, naromradesplan: { id: string, version: number, giltigFran: string, faststalldDatum: string, boendeansvar: Array<{ id: string, lakarmedverkanTimmarPerVecka: number, rondfrekvens: Rondfrekvens, boende: { id: string } | null, ansvarigVardcentral: { hsaId: string } | null, vardcentral: { hsaId: string, namn: string } | null, lakare: { hsaId: string, namn: string } | null, kontaktperson: { namn: string, telefon: string } }>, atgarder: Array<{ id: string, beskrivning: string, ansvarigEnhet: string, sistaDatum: string, status: AtgardStatus, agare: { id: string, namn: string } }> } | null, antalPatienterMedRegioninsats: { varde: number | null, undertryckt: boolean } | null, antalPatienterMedKommuninsats: { varde: number | null, undertryckt: boolean } | null, antalPatienterMedInsatserFranBada: { varde: number | null, undertryckt: boolean } | null, moten: Array<{ id: string, datum: string, beslut: Array<{ beskrivning: string }> }> } | null };

export type NaromradeVyKommunQueryVariables = Exact<{
  kommunkod: string | number;
}>;


export type NaromradeVyKommunQuery = { kommun: { kod: string, namn: string } | null };

export type NaromradeVyTeamQueryVariables = Exact<{ [key: string]: never; }>;


export type NaromradeVyTeamQuery = { narsjukvardsteam: Array<{ id: string, namn: string, typ: NarsjukvardsteamTyp, sjukhus: string, kommuner: Array<{ kod: string }> | null }> };

export type NaromradeVyAvvikelserQueryVariables = Exact<{
  id: string | number;
  analysFran: string;
  analysTill: string;
}>;


export type NaromradeVyAvvikelserQuery = { oppna: { totalCount: number }, utanAterkoppling: { totalCount: number }, senaste: { edges: Array<{ node: { id: string, kategori: AvvikelseKategori, status: AvvikelseStatus, handelsedatum: string, rapporterandeHuvudman: { id: string, namn: string }, mottagandeHuvudman: { id: string, namn: string } } }> }, forsenadeAterkopplingar: { totalCount: number, edges: Array<{ node: { id: string, kategori: AvvikelseKategori, handelsedatum: string, aterkopplingSenast: string | null, mottagandeHuvudman: { id: string, namn: string } } }> }, avvikelseanalys: { celler: Array<{ kategori: AvvikelseKategori | null, manad: string | null, antal: { varde: number | null, undertryckt: boolean } }> } };

export type NaromradeVySipQueryVariables = Exact<{
  id: string | number;
}>;


export type NaromradeVySipQuery = { naromrade: { id: string, antalForsenadeSipUppfoljningar: { varde: number | null, undertryckt: boolean } | null } | null };

export type PatientPatientbildQueryVariables = Exact<{
  id: string | number;
}>;


export type PatientPatientbildQuery = { patient: { id: string, sparradInformationFinns: boolean | null, listning: { listadSedan: string, vardcentral: { hsaId: string, namn: string } } | null, fastLakarkontakt: { fran: string, lakare: { hsaId: string, namn: string } } | null, narsjukvardsteamEpisoder: Array<{ id: string, startdatum: string, slutdatum: string | null, pagaende: boolean, orsak: string, team: { id: string, namn: string, typ: NarsjukvardsteamTyp, sjukhus: string } }> | null, kommun: { kod: string, namn: string } | null, hemsjukvard: { id: string, inskrivenFran: string, ansvarigSjukskoterska: { hsaId: string, namn: string }, insatser: Array<{ typ: HemsjukvardInsatsTyp, besokPerVecka: number }> } | null, hemtjanst: { id: string, beslutsdatum: string, giltigTill: string | null, beviljadeTimmarPerManad: number, insatser: Array<HemtjanstInsatsTyp>, utforare: { namn: string, regi: Regi } } | null, boende: { fran: string, till: string | null, boende: { id: string, namn: string, typ: BoendeTyp } } | null, sipar: Array<{ id: string, status: SipStatus, skapadDatum: string, nastaUppfoljning: string | null, forsenadUppfoljning: boolean, huvudansvar: { id: string, namn: string }, naromrade: { id: string, namn: string } }> | null, avvikelser: Array<{ id: string, kategori: AvvikelseKategori, status: AvvikelseStatus, handelsedatum: string, forsenadAterkoppling: boolean, rapporterandeHuvudman: { id: string, namn: string }, mottagandeHuvudman: { id: string, namn: string } }> | null } | null };

export type RapporteraAvvikelseMutationVariables = Exact<{
  input: RapporteraAvvikelseInput;
}>;


export type RapporteraAvvikelseMutation = { rapporteraAvvikelse: { redanRapporterad: boolean, avvikelse: { id: string, status: AvvikelseStatus, mottagandeHuvudman: { id: string, namn: string } } } };

export type RapporteraEnheterQueryVariables = Exact<{
  naromradeId: string | number;
}>;


export type RapporteraEnheterQuery = { naromrade: { id: string, vardcentraler: Array<{ hsaId: string, namn: string }> | null } | null };

export type SipLuckorArbetslistaQueryVariables = Exact<{
  id: string | number;
}>;


export type SipLuckorArbetslistaQuery = { naromrade: { id: string, namn: string, antalPatienterMedInsatserFranBada: { varde: number | null, undertryckt: boolean } | null, patienterMedInsatserFranBada: Array<{ id: string, sparradInformationFinns: boolean | null, hemsjukvard: { id: string, insatser: Array<{ typ: HemsjukvardInsatsTyp }> } | null, hemtjanst: { id: string, beviljadeTimmarPerManad: number, insatser: Array<HemtjanstInsatsTyp> } | null, boende: { fran: string, boende: { id: string, namn: string, typ: BoendeTyp } } | null, sipar: Array<{ id: string, status: SipStatus, nastaUppfoljning: string | null, forsenadUppfoljning: boolean }> | null, listning: { vardcentral: { namn: string } } | null, fastLakarkontakt: { fran: string, lakare: { namn: string } } | null }> | null } | null };

export type SipLuckorNaromradeQueryVariables = Exact<{
  id: string | number;
  kommunkod: string | number;
}>;


export type SipLuckorNaromradeQuery = { naromrade: { id: string, namn: string } | null, kommun: { kod: string, namn: string } | null };

export type ExempelAvvikelseanalysQueryVariables = Exact<{
  input: AvvikelseanalysInput;
}>;


export type ExempelAvvikelseanalysQuery = { avvikelseanalys: { niva: Analysniva, omradeId: string | null, fran: string, till: string, skyddsmetod: string, undertryckningsgrans: number, andelForsenade: number | null, totalt: { varde: number | null, undertryckt: boolean }, celler: Array<{ kategori: AvvikelseKategori | null, rapporterandeHuvudman: { namn: string } | null, mottagandeHuvudman: { namn: string } | null, antal: { varde: number | null, undertryckt: boolean } }>, tidTillAterkoppling: { medianDagar: number | null, percentil90Dagar: number | null, antal: { varde: number | null, undertryckt: boolean } }, foregaendePeriod: { fran: string, till: string, andelForsenade: number | null, totalt: { varde: number | null, undertryckt: boolean } } | null } };

export type ExempelFaststallNaromradesplanMutationVariables = Exact<{
  input: FaststallNaromradesplanInput;
}>;


export type ExempelFaststallNaromradesplanMutation = { faststallNaromradesplan: { version: number, giltigFran: string, faststalldDatum: string, boendeansvar: Array<{ lakarmedverkanTimmarPerVecka: number, rondfrekvens: Rondfrekvens, boende: { namn: string } | null, vardcentral: { namn: string } | null }> } };

export type ExempelForsenadeAterkopplingarQueryVariables = Exact<{
  filter?: ForsenadeAterkopplingarFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExempelForsenadeAterkopplingarQuery = { forsenadeAterkopplingar: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kategori: AvvikelseKategori, status: AvvikelseStatus, mottagenTid: string | null, aterkopplingSenast: string | null, mottagandeEnhetHsaId: string | null, mottagandeHuvudman: { namn: string }, naromrade: { namn: string } } }> } };

export type ExempelHanteraAvvikelseMutationVariables = Exact<{
  input: HanteraAvvikelseInput;
}>;


export type ExempelHanteraAvvikelseMutation = { hanteraAvvikelse: { avvikelse: { id: string, status: AvvikelseStatus, version: number, systemfel: SystemfelNiva | null, handelser: Array<{ handling: string, tillStatus: AvvikelseStatus, version: number, tid: string }> } } };

export type ExempelHanteraSipMutationVariables = Exact<{
  input: HanteraSipInput;
}>;


export type ExempelHanteraSipMutation = { hanteraSip: { sip: { id: string, status: SipStatus, version: number, nastaUppfoljning: string | null, forsenadUppfoljning: boolean, uppfoljningar: Array<{ datum: string, kommentar: string | null }> } } };

export type ExempelNaromradeNosamQueryVariables = Exact<{
  id: string | number;
}>;


export type ExempelNaromradeNosamQuery = { naromrade: { namn: string, kommun: { namn: string } | null, vardsamverkansomrade: { namn: string }, vardcentraler: Array<{ namn: string, lakare: Array<{ namn: string }> }> | null, boenden: Array<{ namn: string, typ: BoendeTyp, antalPlatser: number, antalBelagdaPlatser: number }> | null, boendenUtanAnsvar: Array<{ namn: string }> | null, naromradesplan: { version: number, giltigFran: string, boendeansvar: Array<{ lakarmedverkanTimmarPerVecka: number, rondfrekvens: Rondfrekvens, boende: { namn: string } | null, vardcentral: { namn: string } | null, lakare: { namn: string } | null, kontaktperson: { namn: string, telefon: string } }>, atgarder: Array<{ beskrivning: string, sistaDatum: string, status: AtgardStatus, forsenad: boolean, agare: { namn: string } }> } | null, antalPatienterMedRegioninsats: { varde: number | null, undertryckt: boolean } | null, antalPatienterMedKommuninsats: { varde: number | null, undertryckt: boolean } | null, antalPatienterMedInsatserFranBada: { varde: number | null, undertryckt: boolean } | null } | null };

export type ExempelPatientbildQueryVariables = Exact<{
  id: string | number;
}>;


export type ExempelPatientbildQuery = { patient: { id: string, sparradInformationFinns: boolean | null, listning: { listadSedan: string, vardcentral: { namn: string } } | null, fastLakarkontakt: { fran: string, lakare: { namn: string } } | null, narsjukvardsteamEpisoder: Array<{ startdatum: string, slutdatum: string | null, pagaende: boolean, orsak: string, team: { namn: string } }> | null, kommun: { namn: string } | null, hemsjukvard: { inskrivenFran: string, ansvarigSjukskoterska: { namn: string }, insatser: Array<{ typ: HemsjukvardInsatsTyp, besokPerVecka: number }> } | null, hemtjanst: { beviljadeTimmarPerManad: number, insatser: Array<HemtjanstInsatsTyp>, utforare: { namn: string, regi: Regi } } | null, boende: { fran: string, boende: { namn: string, typ: BoendeTyp } } | null, sipar: Array<{ status: SipStatus, nastaUppfoljning: string | null, huvudansvar: { namn: string } }> | null, avvikelser: Array<{ kategori: AvvikelseKategori, status: AvvikelseStatus, handelsedatum: string }> | null } | null };

export type ExempelRapporteraAvvikelseMutationVariables = Exact<{
  input: RapporteraAvvikelseInput;
}>;


export type ExempelRapporteraAvvikelseMutation = { rapporteraAvvikelse: { redanRapporterad: boolean, avvikelse: { id: string, status: AvvikelseStatus, version: number, kategori: AvvikelseKategori, handelsedatum: string, rapporterandeHuvudman: { namn: string }, mottagandeHuvudman: { namn: string }, naromrade: { namn: string } } } };

export type ExempelRegistreraNosamMoteMutationVariables = Exact<{
  input: RegistreraNosamMoteInput;
}>;


export type ExempelRegistreraNosamMoteMutation = { registreraNosamMote: { id: string, datum: string, deltagare: Array<string>, beslut: Array<{ beskrivning: string, skapadAtgard: { beskrivning: string, sistaDatum: string, status: AtgardStatus } | null, stangdAtgard: { beskrivning: string } | null }>, systemfel: Array<{ id: string, status: AvvikelseStatus }> } };

export type ExempelSipLuckorQueryVariables = Exact<{
  id: string | number;
}>;


export type ExempelSipLuckorQuery = { naromrade: { namn: string, antalPatienterMedInsatserFranBada: { varde: number | null, undertryckt: boolean } | null, patienterMedInsatserFranBada: Array<{ id: string, sparradInformationFinns: boolean | null, listning: { vardcentral: { namn: string } } | null, fastLakarkontakt: { lakare: { namn: string } } | null, hemsjukvard: { inskrivenFran: string } | null, hemtjanst: { beviljadeTimmarPerManad: number } | null, boende: { boende: { namn: string, typ: BoendeTyp } } | null, sipar: Array<{ status: SipStatus, nastaUppfoljning: string | null, forsenadUppfoljning: boolean }> | null }> | null } | null };

export type ExempelSipUppfoljningarQueryVariables = Exact<{
  naromradeId: string | number;
}>;


export type ExempelSipUppfoljningarQuery = { forsenadeSipUppfoljningar: Array<{ id: string, status: SipStatus, nastaUppfoljning: string | null, huvudansvar: { namn: string }, patient: { id: string }, insatser: Array<{ beskrivning: string, verksamhet: string, huvudman: { namn: string } }> }> };

export type ExempelSkapaSipMutationVariables = Exact<{
  input: SkapaSipInput;
}>;


export type ExempelSkapaSipMutation = { skapaSip: { sip: { id: string, status: SipStatus, version: number, skapadDatum: string, nastaUppfoljning: string | null, huvudansvar: { namn: string }, insatser: Array<{ beskrivning: string, verksamhet: string, huvudman: { namn: string } }> } } };

export const AvvikelseRadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvvikelseRad"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Avvikelse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kategori"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handelsedatum"}},{"kind":"Field","name":{"kind":"Name","value":"rapporteradTid"}},{"kind":"Field","name":{"kind":"Name","value":"aterkopplingSenast"}},{"kind":"Field","name":{"kind":"Name","value":"dagarTillAterkoppling"}},{"kind":"Field","name":{"kind":"Name","value":"forsenadAterkoppling"}},{"kind":"Field","name":{"kind":"Name","value":"aterkoppladTid"}},{"kind":"Field","name":{"kind":"Name","value":"systemfel"}},{"kind":"Field","name":{"kind":"Name","value":"naromrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rapporterandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mottagandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}}]} as unknown as DocumentNode<AvvikelseRadFragment, unknown>;
export const AvvikelseArendeFaltFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvvikelseArendeFalt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Avvikelse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvvikelseRad"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"beskrivning"}},{"kind":"Field","name":{"kind":"Name","value":"mottagenTid"}},{"kind":"Field","name":{"kind":"Name","value":"mottagandeEnhetHsaId"}},{"kind":"Field","name":{"kind":"Name","value":"rapporterandeEnhetHsaId"}},{"kind":"Field","name":{"kind":"Name","value":"avvisadAnledning"}},{"kind":"Field","name":{"kind":"Name","value":"kommun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kod"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vardsamverkansomrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handelser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handling"}},{"kind":"Field","name":{"kind":"Name","value":"franStatus"}},{"kind":"Field","name":{"kind":"Name","value":"tillStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tid"}},{"kind":"Field","name":{"kind":"Name","value":"utfordAv"}},{"kind":"Field","name":{"kind":"Name","value":"organisationHsaId"}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kommentar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mojligaHandlingar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handling"}},{"kind":"Field","name":{"kind":"Name","value":"kommentarKravs"}},{"kind":"Field","name":{"kind":"Name","value":"systemfelNivaer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvvikelseRad"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Avvikelse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kategori"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handelsedatum"}},{"kind":"Field","name":{"kind":"Name","value":"rapporteradTid"}},{"kind":"Field","name":{"kind":"Name","value":"aterkopplingSenast"}},{"kind":"Field","name":{"kind":"Name","value":"dagarTillAterkoppling"}},{"kind":"Field","name":{"kind":"Name","value":"forsenadAterkoppling"}},{"kind":"Field","name":{"kind":"Name","value":"aterkoppladTid"}},{"kind":"Field","name":{"kind":"Name","value":"systemfel"}},{"kind":"Field","name":{"kind":"Name","value":"naromrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rapporterandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mottagandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}}]} as unknown as DocumentNode<AvvikelseArendeFaltFragment, unknown>;
export const AvvikelserAntalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvvikelserAntal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Antal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"varde"}},{"kind":"Field","name":{"kind":"Name","value":"undertryckt"}}]}}]} as unknown as DocumentNode<AvvikelserAntalFragment, unknown>;
export const AvvikelserOversiktFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvvikelserOversikt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Avvikelseanalys"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fran"}},{"kind":"Field","name":{"kind":"Name","value":"till"}},{"kind":"Field","name":{"kind":"Name","value":"totalt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvvikelserAntal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tidTillAterkoppling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"antal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvvikelserAntal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDagar"}},{"kind":"Field","name":{"kind":"Name","value":"percentil90Dagar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"andelForsenade"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvvikelserAntal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Antal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"varde"}},{"kind":"Field","name":{"kind":"Name","value":"undertryckt"}}]}}]} as unknown as DocumentNode<AvvikelserOversiktFragment, unknown>;
export const GranskningKedjaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GranskningKedja"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AtkomstloggVerifiering"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kontrolleradeRader"}},{"kind":"Field","name":{"kind":"Name","value":"hel"}},{"kind":"Field","name":{"kind":"Name","value":"forstaFelLopnummer"}},{"kind":"Field","name":{"kind":"Name","value":"fel"}}]}}]} as unknown as DocumentNode<GranskningKedjaFragment, unknown>;
export const GranskningLoggsidaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GranskningLoggsida"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AtkomstloggConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lopnummer"}},{"kind":"Field","name":{"kind":"Name","value":"tid"}},{"kind":"Field","name":{"kind":"Name","value":"anvandare"}},{"kind":"Field","name":{"kind":"Name","value":"organisationHsaId"}},{"kind":"Field","name":{"kind":"Name","value":"anvandarensHuvudman"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"informationskategorier"}},{"kind":"Field","name":{"kind":"Name","value":"atgard"}},{"kind":"Field","name":{"kind":"Name","value":"grund"}},{"kind":"Field","name":{"kind":"Name","value":"nodatkomstAnledning"}},{"kind":"Field","name":{"kind":"Name","value":"resultat"}},{"kind":"Field","name":{"kind":"Name","value":"granskasSarskilt"}}]}}]}}]}}]} as unknown as DocumentNode<GranskningLoggsidaFragment, unknown>;
export const GranskningLasningFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GranskningLasning"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lasning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tid"}},{"kind":"Field","name":{"kind":"Name","value":"organisationHsaId"}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"}},{"kind":"Field","name":{"kind":"Name","value":"informationskategorier"}}]}}]} as unknown as DocumentNode<GranskningLasningFragment, unknown>;
export const NaromradeValjareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NaromradeValjare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vardsamverkansomraden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"kommuner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"naromraden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"kommun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kod"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NaromradeValjareQuery, NaromradeValjareQueryVariables>;
export const NaromradeValjareKommunnamnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NaromradeValjareKommunnamn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kommuner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kod"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}}]} as unknown as DocumentNode<NaromradeValjareKommunnamnQuery, NaromradeValjareKommunnamnQueryVariables>;
export const AvvikelseInkorgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvvikelseInkorg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvvikelseFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avvikelser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"ordning"},"value":{"kind":"EnumValue","value":"ATERKOPPLINGSFRIST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvvikelseRad"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvvikelseRad"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Avvikelse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kategori"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handelsedatum"}},{"kind":"Field","name":{"kind":"Name","value":"rapporteradTid"}},{"kind":"Field","name":{"kind":"Name","value":"aterkopplingSenast"}},{"kind":"Field","name":{"kind":"Name","value":"dagarTillAterkoppling"}},{"kind":"Field","name":{"kind":"Name","value":"forsenadAterkoppling"}},{"kind":"Field","name":{"kind":"Name","value":"aterkoppladTid"}},{"kind":"Field","name":{"kind":"Name","value":"systemfel"}},{"kind":"Field","name":{"kind":"Name","value":"naromrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rapporterandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mottagandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}}]} as unknown as DocumentNode<AvvikelseInkorgQuery, AvvikelseInkorgQueryVariables>;
export const VaraRapporterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VaraRapporter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvvikelseFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attAvsluta"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvvikelseFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"attAvsluta"},"name":{"kind":"Name","value":"avvikelser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attAvsluta"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvvikelseRad"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"avvikelser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvvikelseRad"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvvikelseRad"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Avvikelse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kategori"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handelsedatum"}},{"kind":"Field","name":{"kind":"Name","value":"rapporteradTid"}},{"kind":"Field","name":{"kind":"Name","value":"aterkopplingSenast"}},{"kind":"Field","name":{"kind":"Name","value":"dagarTillAterkoppling"}},{"kind":"Field","name":{"kind":"Name","value":"forsenadAterkoppling"}},{"kind":"Field","name":{"kind":"Name","value":"aterkoppladTid"}},{"kind":"Field","name":{"kind":"Name","value":"systemfel"}},{"kind":"Field","name":{"kind":"Name","value":"naromrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rapporterandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mottagandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}}]} as unknown as DocumentNode<VaraRapporterQuery, VaraRapporterQueryVariables>;
export const AvvikelseArendeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvvikelseArende"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avvikelse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvvikelseArendeFalt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvvikelseRad"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Avvikelse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kategori"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handelsedatum"}},{"kind":"Field","name":{"kind":"Name","value":"rapporteradTid"}},{"kind":"Field","name":{"kind":"Name","value":"aterkopplingSenast"}},{"kind":"Field","name":{"kind":"Name","value":"dagarTillAterkoppling"}},{"kind":"Field","name":{"kind":"Name","value":"forsenadAterkoppling"}},{"kind":"Field","name":{"kind":"Name","value":"aterkoppladTid"}},{"kind":"Field","name":{"kind":"Name","value":"systemfel"}},{"kind":"Field","name":{"kind":"Name","value":"naromrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rapporterandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mottagandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvvikelseArendeFalt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Avvikelse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvvikelseRad"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"beskrivning"}},{"kind":"Field","name":{"kind":"Name","value":"mottagenTid"}},{"kind":"Field","name":{"kind":"Name","value":"mottagandeEnhetHsaId"}},{"kind":"Field","name":{"kind":"Name","value":"rapporterandeEnhetHsaId"}},{"kind":"Field","name":{"kind":"Name","value":"avvisadAnledning"}},{"kind":"Field","name":{"kind":"Name","value":"kommun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kod"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vardsamverkansomrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handelser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handling"}},{"kind":"Field","name":{"kind":"Name","value":"franStatus"}},{"kind":"Field","name":{"kind":"Name","value":"tillStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tid"}},{"kind":"Field","name":{"kind":"Name","value":"utfordAv"}},{"kind":"Field","name":{"kind":"Name","value":"organisationHsaId"}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kommentar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mojligaHandlingar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handling"}},{"kind":"Field","name":{"kind":"Name","value":"kommentarKravs"}},{"kind":"Field","name":{"kind":"Name","value":"systemfelNivaer"}}]}}]}}]} as unknown as DocumentNode<AvvikelseArendeQuery, AvvikelseArendeQueryVariables>;
export const AvvikelsePatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvvikelsePatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avvikelse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AvvikelsePatientQuery, AvvikelsePatientQueryVariables>;
export const HanteraAvvikelseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HanteraAvvikelse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HanteraAvvikelseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hanteraAvvikelse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avvikelse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvvikelseArendeFalt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvvikelseRad"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Avvikelse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kategori"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handelsedatum"}},{"kind":"Field","name":{"kind":"Name","value":"rapporteradTid"}},{"kind":"Field","name":{"kind":"Name","value":"aterkopplingSenast"}},{"kind":"Field","name":{"kind":"Name","value":"dagarTillAterkoppling"}},{"kind":"Field","name":{"kind":"Name","value":"forsenadAterkoppling"}},{"kind":"Field","name":{"kind":"Name","value":"aterkoppladTid"}},{"kind":"Field","name":{"kind":"Name","value":"systemfel"}},{"kind":"Field","name":{"kind":"Name","value":"naromrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rapporterandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mottagandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvvikelseArendeFalt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Avvikelse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvvikelseRad"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"beskrivning"}},{"kind":"Field","name":{"kind":"Name","value":"mottagenTid"}},{"kind":"Field","name":{"kind":"Name","value":"mottagandeEnhetHsaId"}},{"kind":"Field","name":{"kind":"Name","value":"rapporterandeEnhetHsaId"}},{"kind":"Field","name":{"kind":"Name","value":"avvisadAnledning"}},{"kind":"Field","name":{"kind":"Name","value":"kommun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kod"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vardsamverkansomrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handelser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handling"}},{"kind":"Field","name":{"kind":"Name","value":"franStatus"}},{"kind":"Field","name":{"kind":"Name","value":"tillStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tid"}},{"kind":"Field","name":{"kind":"Name","value":"utfordAv"}},{"kind":"Field","name":{"kind":"Name","value":"organisationHsaId"}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kommentar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mojligaHandlingar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handling"}},{"kind":"Field","name":{"kind":"Name","value":"kommentarKravs"}},{"kind":"Field","name":{"kind":"Name","value":"systemfelNivaer"}}]}}]}}]} as unknown as DocumentNode<HanteraAvvikelseMutation, HanteraAvvikelseMutationVariables>;
export const AvvikelseInkorgLageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvvikelseInkorgLage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attTaEmot"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvvikelseFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"underArbete"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvvikelseFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aterkopplade"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvvikelseFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forsenade"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForsenadeAterkopplingarFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"attTaEmot"},"name":{"kind":"Name","value":"avvikelser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attTaEmot"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"underArbete"},"name":{"kind":"Name","value":"avvikelser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"underArbete"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"aterkopplade"},"name":{"kind":"Name","value":"avvikelser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aterkopplade"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"forsenade"},"name":{"kind":"Name","value":"forsenadeAterkopplingar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forsenade"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AvvikelseInkorgLageQuery, AvvikelseInkorgLageQueryVariables>;
export const AvvikelserAnalysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvvikelserAnalys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niva"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Analysniva"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"omradeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fran"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"till"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"oversikt"},"name":{"kind":"Name","value":"avvikelseanalys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"niva"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niva"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"omradeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"omradeId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"fran"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fran"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"till"},"value":{"kind":"Variable","name":{"kind":"Name","value":"till"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"jamforMedForegaendePeriod"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undertryckningsgrans"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvvikelserOversikt"}},{"kind":"Field","name":{"kind":"Name","value":"foregaendePeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvvikelserOversikt"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"perManad"},"name":{"kind":"Name","value":"avvikelseanalys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"niva"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niva"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"omradeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"omradeId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"fran"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fran"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"till"},"value":{"kind":"Variable","name":{"kind":"Name","value":"till"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"gruppera"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MANAD"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"celler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manad"}},{"kind":"Field","name":{"kind":"Name","value":"antal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvvikelserAntal"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"perKategori"},"name":{"kind":"Name","value":"avvikelseanalys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"niva"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niva"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"omradeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"omradeId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"fran"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fran"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"till"},"value":{"kind":"Variable","name":{"kind":"Name","value":"till"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"gruppera"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"KATEGORI"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"celler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kategori"}},{"kind":"Field","name":{"kind":"Name","value":"antal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvvikelserAntal"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"perRiktning"},"name":{"kind":"Name","value":"avvikelseanalys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"niva"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niva"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"omradeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"omradeId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"fran"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fran"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"till"},"value":{"kind":"Variable","name":{"kind":"Name","value":"till"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"gruppera"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RIKTNING"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"celler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rapporterandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"typ"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mottagandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"typ"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"antal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvvikelserAntal"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvvikelserAntal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Antal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"varde"}},{"kind":"Field","name":{"kind":"Name","value":"undertryckt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvvikelserOversikt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Avvikelseanalys"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fran"}},{"kind":"Field","name":{"kind":"Name","value":"till"}},{"kind":"Field","name":{"kind":"Name","value":"totalt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvvikelserAntal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tidTillAterkoppling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"antal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvvikelserAntal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDagar"}},{"kind":"Field","name":{"kind":"Name","value":"percentil90Dagar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"andelForsenade"}}]}}]} as unknown as DocumentNode<AvvikelserAnalysQuery, AvvikelserAnalysQueryVariables>;
export const AvvikelserOmradenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvvikelserOmraden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vardsamverkansomraden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"naromraden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"vardsamverkansomrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AvvikelserOmradenQuery, AvvikelserOmradenQueryVariables>;
export const GranskningRegionensKedjaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GranskningRegionensKedja"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionensAtkomstloggVerifiering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GranskningKedja"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GranskningKedja"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AtkomstloggVerifiering"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kontrolleradeRader"}},{"kind":"Field","name":{"kind":"Name","value":"hel"}},{"kind":"Field","name":{"kind":"Name","value":"forstaFelLopnummer"}},{"kind":"Field","name":{"kind":"Name","value":"fel"}}]}}]} as unknown as DocumentNode<GranskningRegionensKedjaQuery, GranskningRegionensKedjaQueryVariables>;
export const GranskningKommunensKedjaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GranskningKommunensKedja"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kommunensAtkomstloggVerifiering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GranskningKedja"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GranskningKedja"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AtkomstloggVerifiering"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kontrolleradeRader"}},{"kind":"Field","name":{"kind":"Name","value":"hel"}},{"kind":"Field","name":{"kind":"Name","value":"forstaFelLopnummer"}},{"kind":"Field","name":{"kind":"Name","value":"fel"}}]}}]} as unknown as DocumentNode<GranskningKommunensKedjaQuery, GranskningKommunensKedjaQueryVariables>;
export const GranskningSamverkansKedjaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GranskningSamverkansKedja"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"samverkansAtkomstloggVerifiering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GranskningKedja"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GranskningKedja"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AtkomstloggVerifiering"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kontrolleradeRader"}},{"kind":"Field","name":{"kind":"Name","value":"hel"}},{"kind":"Field","name":{"kind":"Name","value":"forstaFelLopnummer"}},{"kind":"Field","name":{"kind":"Name","value":"fel"}}]}}]} as unknown as DocumentNode<GranskningSamverkansKedjaQuery, GranskningSamverkansKedjaQueryVariables>;
export const GranskningRegionensLoggDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GranskningRegionensLogg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AtkomstloggFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionensAtkomstlogg"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GranskningLoggsida"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GranskningLoggsida"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AtkomstloggConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lopnummer"}},{"kind":"Field","name":{"kind":"Name","value":"tid"}},{"kind":"Field","name":{"kind":"Name","value":"anvandare"}},{"kind":"Field","name":{"kind":"Name","value":"organisationHsaId"}},{"kind":"Field","name":{"kind":"Name","value":"anvandarensHuvudman"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"informationskategorier"}},{"kind":"Field","name":{"kind":"Name","value":"atgard"}},{"kind":"Field","name":{"kind":"Name","value":"grund"}},{"kind":"Field","name":{"kind":"Name","value":"nodatkomstAnledning"}},{"kind":"Field","name":{"kind":"Name","value":"resultat"}},{"kind":"Field","name":{"kind":"Name","value":"granskasSarskilt"}}]}}]}}]}}]} as unknown as DocumentNode<GranskningRegionensLoggQuery, GranskningRegionensLoggQueryVariables>;
export const GranskningKommunensLoggDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GranskningKommunensLogg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AtkomstloggFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kommunensAtkomstlogg"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GranskningLoggsida"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GranskningLoggsida"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AtkomstloggConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lopnummer"}},{"kind":"Field","name":{"kind":"Name","value":"tid"}},{"kind":"Field","name":{"kind":"Name","value":"anvandare"}},{"kind":"Field","name":{"kind":"Name","value":"organisationHsaId"}},{"kind":"Field","name":{"kind":"Name","value":"anvandarensHuvudman"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"informationskategorier"}},{"kind":"Field","name":{"kind":"Name","value":"atgard"}},{"kind":"Field","name":{"kind":"Name","value":"grund"}},{"kind":"Field","name":{"kind":"Name","value":"nodatkomstAnledning"}},{"kind":"Field","name":{"kind":"Name","value":"resultat"}},{"kind":"Field","name":{"kind":"Name","value":"granskasSarskilt"}}]}}]}}]}}]} as unknown as DocumentNode<GranskningKommunensLoggQuery, GranskningKommunensLoggQueryVariables>;
export const GranskningSamverkansLoggDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GranskningSamverkansLogg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AtkomstloggFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"samverkansAtkomstlogg"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GranskningLoggsida"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GranskningLoggsida"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AtkomstloggConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lopnummer"}},{"kind":"Field","name":{"kind":"Name","value":"tid"}},{"kind":"Field","name":{"kind":"Name","value":"anvandare"}},{"kind":"Field","name":{"kind":"Name","value":"organisationHsaId"}},{"kind":"Field","name":{"kind":"Name","value":"anvandarensHuvudman"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"informationskategorier"}},{"kind":"Field","name":{"kind":"Name","value":"atgard"}},{"kind":"Field","name":{"kind":"Name","value":"grund"}},{"kind":"Field","name":{"kind":"Name","value":"nodatkomstAnledning"}},{"kind":"Field","name":{"kind":"Name","value":"resultat"}},{"kind":"Field","name":{"kind":"Name","value":"granskasSarskilt"}}]}}]}}]}}]} as unknown as DocumentNode<GranskningSamverkansLoggQuery, GranskningSamverkansLoggQueryVariables>;
export const GranskningLoggutdragDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GranskningLoggutdrag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loggutdrag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"regionensLasningar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GranskningLasning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kommunensLasningar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GranskningLasning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samverkansLasningar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GranskningLasning"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GranskningLasning"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lasning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tid"}},{"kind":"Field","name":{"kind":"Name","value":"organisationHsaId"}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"}},{"kind":"Field","name":{"kind":"Name","value":"informationskategorier"}}]}}]} as unknown as DocumentNode<GranskningLoggutdragQuery, GranskningLoggutdragQueryVariables>;
export const NaromradeVyPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NaromradeVyPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"naromrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"kommun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vardsamverkansomrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boenden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"typ"}},{"kind":"Field","name":{"kind":"Name","value":"antalPlatser"}},{"kind":"Field","name":{"kind":"Name","value":"antalBelagdaPlatser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boendenUtanAnsvar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vardcentraler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hsaId"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"driftsform"}},{"kind":"Field","name":{"kind":"Name","value":"antalListadePatienter"}},{"kind":"Field","name":{"kind":"Name","value":"lakare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hsaId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"naromradesplan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"giltigFran"}},{"kind":"Field","name":{"kind":"Name","value":"faststalldDatum"}},{"kind":"Field","name":{"kind":"Name","value":"boendeansvar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boende"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ansvarigVardcentral"},"name":{"kind":"Name","value":"vardcentral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hsaId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vardcentral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hsaId"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lakare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hsaId"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lakarmedverkanTimmarPerVecka"}},{"kind":"Field","name":{"kind":"Name","value":"rondfrekvens"}},{"kind":"Field","name":{"kind":"Name","value":"kontaktperson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"telefon"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"atgarder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"beskrivning"}},{"kind":"Field","name":{"kind":"Name","value":"agare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ansvarigEnhet"}},{"kind":"Field","name":{"kind":"Name","value":"sistaDatum"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"antalPatienterMedRegioninsats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"varde"}},{"kind":"Field","name":{"kind":"Name","value":"undertryckt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"antalPatienterMedKommuninsats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"varde"}},{"kind":"Field","name":{"kind":"Name","value":"undertryckt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"antalPatienterMedInsatserFranBada"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"varde"}},{"kind":"Field","name":{"kind":"Name","value":"undertryckt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datum"}},{"kind":"Field","name":{"kind":"Name","value":"beslut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beskrivning"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NaromradeVyPlanQuery, NaromradeVyPlanQueryVariables>;
export const NaromradeVyKommunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NaromradeVyKommun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kommunkod"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kommun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kod"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kommunkod"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kod"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}}]} as unknown as DocumentNode<NaromradeVyKommunQuery, NaromradeVyKommunQueryVariables>;
export const NaromradeVyTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NaromradeVyTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"narsjukvardsteam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"typ"}},{"kind":"Field","name":{"kind":"Name","value":"sjukhus"}},{"kind":"Field","name":{"kind":"Name","value":"kommuner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kod"}}]}}]}}]}}]} as unknown as DocumentNode<NaromradeVyTeamQuery, NaromradeVyTeamQueryVariables>;
export const NaromradeVyAvvikelserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NaromradeVyAvvikelser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"analysFran"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"analysTill"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"oppna"},"name":{"kind":"Name","value":"avvikelser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"naromradeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statusar"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RAPPORTERAD"},{"kind":"EnumValue","value":"MOTTAGEN"},{"kind":"EnumValue","value":"UNDER_UTREDNING"},{"kind":"EnumValue","value":"ATGARDAD"},{"kind":"EnumValue","value":"ATERKOPPLAD"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"utanAterkoppling"},"name":{"kind":"Name","value":"avvikelser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"naromradeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statusar"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RAPPORTERAD"},{"kind":"EnumValue","value":"MOTTAGEN"},{"kind":"EnumValue","value":"UNDER_UTREDNING"},{"kind":"EnumValue","value":"ATGARDAD"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"senaste"},"name":{"kind":"Name","value":"avvikelser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"naromradeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kategori"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handelsedatum"}},{"kind":"Field","name":{"kind":"Name","value":"rapporterandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mottagandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"forsenadeAterkopplingar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"naromradeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kategori"}},{"kind":"Field","name":{"kind":"Name","value":"handelsedatum"}},{"kind":"Field","name":{"kind":"Name","value":"aterkopplingSenast"}},{"kind":"Field","name":{"kind":"Name","value":"mottagandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"avvikelseanalys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"niva"},"value":{"kind":"EnumValue","value":"LOKAL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"omradeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"fran"},"value":{"kind":"Variable","name":{"kind":"Name","value":"analysFran"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"till"},"value":{"kind":"Variable","name":{"kind":"Name","value":"analysTill"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"gruppera"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"KATEGORI"},{"kind":"EnumValue","value":"MANAD"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"celler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kategori"}},{"kind":"Field","name":{"kind":"Name","value":"manad"}},{"kind":"Field","name":{"kind":"Name","value":"antal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"varde"}},{"kind":"Field","name":{"kind":"Name","value":"undertryckt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NaromradeVyAvvikelserQuery, NaromradeVyAvvikelserQueryVariables>;
export const NaromradeVySipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NaromradeVySip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"naromrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"antalForsenadeSipUppfoljningar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"varde"}},{"kind":"Field","name":{"kind":"Name","value":"undertryckt"}}]}}]}}]}}]} as unknown as DocumentNode<NaromradeVySipQuery, NaromradeVySipQueryVariables>;
export const PatientPatientbildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientPatientbild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sparradInformationFinns"}},{"kind":"Field","name":{"kind":"Name","value":"listning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listadSedan"}},{"kind":"Field","name":{"kind":"Name","value":"vardcentral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hsaId"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fastLakarkontakt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fran"}},{"kind":"Field","name":{"kind":"Name","value":"lakare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hsaId"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"narsjukvardsteamEpisoder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"typ"}},{"kind":"Field","name":{"kind":"Name","value":"sjukhus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startdatum"}},{"kind":"Field","name":{"kind":"Name","value":"slutdatum"}},{"kind":"Field","name":{"kind":"Name","value":"pagaende"}},{"kind":"Field","name":{"kind":"Name","value":"orsak"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kommun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kod"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hemsjukvard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inskrivenFran"}},{"kind":"Field","name":{"kind":"Name","value":"ansvarigSjukskoterska"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hsaId"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insatser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typ"}},{"kind":"Field","name":{"kind":"Name","value":"besokPerVecka"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hemtjanst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"beslutsdatum"}},{"kind":"Field","name":{"kind":"Name","value":"giltigTill"}},{"kind":"Field","name":{"kind":"Name","value":"beviljadeTimmarPerManad"}},{"kind":"Field","name":{"kind":"Name","value":"utforare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"regi"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insatser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boende"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fran"}},{"kind":"Field","name":{"kind":"Name","value":"till"}},{"kind":"Field","name":{"kind":"Name","value":"boende"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"typ"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sipar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"huvudansvar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skapadDatum"}},{"kind":"Field","name":{"kind":"Name","value":"nastaUppfoljning"}},{"kind":"Field","name":{"kind":"Name","value":"forsenadUppfoljning"}},{"kind":"Field","name":{"kind":"Name","value":"naromrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"avvikelser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kategori"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handelsedatum"}},{"kind":"Field","name":{"kind":"Name","value":"rapporterandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mottagandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forsenadAterkoppling"}}]}}]}}]}}]} as unknown as DocumentNode<PatientPatientbildQuery, PatientPatientbildQueryVariables>;
export const RapporteraAvvikelseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RapporteraAvvikelse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RapporteraAvvikelseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rapporteraAvvikelse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redanRapporterad"}},{"kind":"Field","name":{"kind":"Name","value":"avvikelse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mottagandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RapporteraAvvikelseMutation, RapporteraAvvikelseMutationVariables>;
export const RapporteraEnheterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RapporteraEnheter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"naromradeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"naromrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"naromradeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vardcentraler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hsaId"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}}]}}]} as unknown as DocumentNode<RapporteraEnheterQuery, RapporteraEnheterQueryVariables>;
export const SipLuckorArbetslistaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SipLuckorArbetslista"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"naromrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"antalPatienterMedInsatserFranBada"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"varde"}},{"kind":"Field","name":{"kind":"Name","value":"undertryckt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patienterMedInsatserFranBada"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sparradInformationFinns"}},{"kind":"Field","name":{"kind":"Name","value":"hemsjukvard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insatser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typ"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hemtjanst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"beviljadeTimmarPerManad"}},{"kind":"Field","name":{"kind":"Name","value":"insatser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boende"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fran"}},{"kind":"Field","name":{"kind":"Name","value":"boende"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"typ"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sipar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nastaUppfoljning"}},{"kind":"Field","name":{"kind":"Name","value":"forsenadUppfoljning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vardcentral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fastLakarkontakt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fran"}},{"kind":"Field","name":{"kind":"Name","value":"lakare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SipLuckorArbetslistaQuery, SipLuckorArbetslistaQueryVariables>;
export const SipLuckorNaromradeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SipLuckorNaromrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kommunkod"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"naromrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kommun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kod"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kommunkod"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kod"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}}]} as unknown as DocumentNode<SipLuckorNaromradeQuery, SipLuckorNaromradeQueryVariables>;
export const ExempelAvvikelseanalysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExempelAvvikelseanalys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvvikelseanalysInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avvikelseanalys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"niva"}},{"kind":"Field","name":{"kind":"Name","value":"omradeId"}},{"kind":"Field","name":{"kind":"Name","value":"fran"}},{"kind":"Field","name":{"kind":"Name","value":"till"}},{"kind":"Field","name":{"kind":"Name","value":"skyddsmetod"}},{"kind":"Field","name":{"kind":"Name","value":"undertryckningsgrans"}},{"kind":"Field","name":{"kind":"Name","value":"totalt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"varde"}},{"kind":"Field","name":{"kind":"Name","value":"undertryckt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"celler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kategori"}},{"kind":"Field","name":{"kind":"Name","value":"rapporterandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mottagandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"antal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"varde"}},{"kind":"Field","name":{"kind":"Name","value":"undertryckt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tidTillAterkoppling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"antal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"varde"}},{"kind":"Field","name":{"kind":"Name","value":"undertryckt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDagar"}},{"kind":"Field","name":{"kind":"Name","value":"percentil90Dagar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"andelForsenade"}},{"kind":"Field","name":{"kind":"Name","value":"foregaendePeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fran"}},{"kind":"Field","name":{"kind":"Name","value":"till"}},{"kind":"Field","name":{"kind":"Name","value":"totalt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"varde"}},{"kind":"Field","name":{"kind":"Name","value":"undertryckt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"andelForsenade"}}]}}]}}]}}]} as unknown as DocumentNode<ExempelAvvikelseanalysQuery, ExempelAvvikelseanalysQueryVariables>;
export const ExempelFaststallNaromradesplanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExempelFaststallNaromradesplan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaststallNaromradesplanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faststallNaromradesplan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"giltigFran"}},{"kind":"Field","name":{"kind":"Name","value":"faststalldDatum"}},{"kind":"Field","name":{"kind":"Name","value":"boendeansvar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boende"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vardcentral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lakarmedverkanTimmarPerVecka"}},{"kind":"Field","name":{"kind":"Name","value":"rondfrekvens"}}]}}]}}]}}]} as unknown as DocumentNode<ExempelFaststallNaromradesplanMutation, ExempelFaststallNaromradesplanMutationVariables>;
export const ExempelForsenadeAterkopplingarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExempelForsenadeAterkopplingar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ForsenadeAterkopplingarFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forsenadeAterkopplingar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kategori"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mottagenTid"}},{"kind":"Field","name":{"kind":"Name","value":"aterkopplingSenast"}},{"kind":"Field","name":{"kind":"Name","value":"mottagandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mottagandeEnhetHsaId"}},{"kind":"Field","name":{"kind":"Name","value":"naromrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExempelForsenadeAterkopplingarQuery, ExempelForsenadeAterkopplingarQueryVariables>;
export const ExempelHanteraAvvikelseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExempelHanteraAvvikelse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HanteraAvvikelseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hanteraAvvikelse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avvikelse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"systemfel"}},{"kind":"Field","name":{"kind":"Name","value":"handelser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handling"}},{"kind":"Field","name":{"kind":"Name","value":"tillStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExempelHanteraAvvikelseMutation, ExempelHanteraAvvikelseMutationVariables>;
export const ExempelHanteraSipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExempelHanteraSip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HanteraSipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hanteraSip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nastaUppfoljning"}},{"kind":"Field","name":{"kind":"Name","value":"forsenadUppfoljning"}},{"kind":"Field","name":{"kind":"Name","value":"uppfoljningar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datum"}},{"kind":"Field","name":{"kind":"Name","value":"kommentar"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExempelHanteraSipMutation, ExempelHanteraSipMutationVariables>;
export const ExempelNaromradeNosamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExempelNaromradeNosam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"naromrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"kommun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vardsamverkansomrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vardcentraler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"lakare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"boenden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"typ"}},{"kind":"Field","name":{"kind":"Name","value":"antalPlatser"}},{"kind":"Field","name":{"kind":"Name","value":"antalBelagdaPlatser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boendenUtanAnsvar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"naromradesplan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"giltigFran"}},{"kind":"Field","name":{"kind":"Name","value":"boendeansvar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boende"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vardcentral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lakare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lakarmedverkanTimmarPerVecka"}},{"kind":"Field","name":{"kind":"Name","value":"rondfrekvens"}},{"kind":"Field","name":{"kind":"Name","value":"kontaktperson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"telefon"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"atgarder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beskrivning"}},{"kind":"Field","name":{"kind":"Name","value":"agare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sistaDatum"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forsenad"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"antalPatienterMedRegioninsats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"varde"}},{"kind":"Field","name":{"kind":"Name","value":"undertryckt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"antalPatienterMedKommuninsats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"varde"}},{"kind":"Field","name":{"kind":"Name","value":"undertryckt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"antalPatienterMedInsatserFranBada"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"varde"}},{"kind":"Field","name":{"kind":"Name","value":"undertryckt"}}]}}]}}]}}]} as unknown as DocumentNode<ExempelNaromradeNosamQuery, ExempelNaromradeNosamQueryVariables>;
export const ExempelPatientbildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExempelPatientbild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sparradInformationFinns"}},{"kind":"Field","name":{"kind":"Name","value":"listning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listadSedan"}},{"kind":"Field","name":{"kind":"Name","value":"vardcentral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fastLakarkontakt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fran"}},{"kind":"Field","name":{"kind":"Name","value":"lakare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"narsjukvardsteamEpisoder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startdatum"}},{"kind":"Field","name":{"kind":"Name","value":"slutdatum"}},{"kind":"Field","name":{"kind":"Name","value":"pagaende"}},{"kind":"Field","name":{"kind":"Name","value":"orsak"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kommun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hemsjukvard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inskrivenFran"}},{"kind":"Field","name":{"kind":"Name","value":"ansvarigSjukskoterska"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insatser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typ"}},{"kind":"Field","name":{"kind":"Name","value":"besokPerVecka"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hemtjanst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beviljadeTimmarPerManad"}},{"kind":"Field","name":{"kind":"Name","value":"utforare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"regi"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insatser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boende"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fran"}},{"kind":"Field","name":{"kind":"Name","value":"boende"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"typ"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sipar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"huvudansvar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nastaUppfoljning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"avvikelser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kategori"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handelsedatum"}}]}}]}}]}}]} as unknown as DocumentNode<ExempelPatientbildQuery, ExempelPatientbildQueryVariables>;
export const ExempelRapporteraAvvikelseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExempelRapporteraAvvikelse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RapporteraAvvikelseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rapporteraAvvikelse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redanRapporterad"}},{"kind":"Field","name":{"kind":"Name","value":"avvikelse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kategori"}},{"kind":"Field","name":{"kind":"Name","value":"handelsedatum"}},{"kind":"Field","name":{"kind":"Name","value":"rapporterandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mottagandeHuvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"naromrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExempelRapporteraAvvikelseMutation, ExempelRapporteraAvvikelseMutationVariables>;
export const ExempelRegistreraNosamMoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExempelRegistreraNosamMote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistreraNosamMoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registreraNosamMote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datum"}},{"kind":"Field","name":{"kind":"Name","value":"deltagare"}},{"kind":"Field","name":{"kind":"Name","value":"beslut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beskrivning"}},{"kind":"Field","name":{"kind":"Name","value":"skapadAtgard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beskrivning"}},{"kind":"Field","name":{"kind":"Name","value":"sistaDatum"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stangdAtgard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beskrivning"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemfel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ExempelRegistreraNosamMoteMutation, ExempelRegistreraNosamMoteMutationVariables>;
export const ExempelSipLuckorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExempelSipLuckor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"naromrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"antalPatienterMedInsatserFranBada"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"varde"}},{"kind":"Field","name":{"kind":"Name","value":"undertryckt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patienterMedInsatserFranBada"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sparradInformationFinns"}},{"kind":"Field","name":{"kind":"Name","value":"listning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vardcentral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fastLakarkontakt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lakare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hemsjukvard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inskrivenFran"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hemtjanst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beviljadeTimmarPerManad"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boende"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boende"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"typ"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sipar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nastaUppfoljning"}},{"kind":"Field","name":{"kind":"Name","value":"forsenadUppfoljning"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExempelSipLuckorQuery, ExempelSipLuckorQueryVariables>;
export const ExempelSipUppfoljningarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExempelSipUppfoljningar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"naromradeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forsenadeSipUppfoljningar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"naromradeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"naromradeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nastaUppfoljning"}},{"kind":"Field","name":{"kind":"Name","value":"huvudansvar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insatser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beskrivning"}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verksamhet"}}]}}]}}]}}]} as unknown as DocumentNode<ExempelSipUppfoljningarQuery, ExempelSipUppfoljningarQueryVariables>;
export const ExempelSkapaSipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExempelSkapaSip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SkapaSipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skapaSip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"skapadDatum"}},{"kind":"Field","name":{"kind":"Name","value":"nastaUppfoljning"}},{"kind":"Field","name":{"kind":"Name","value":"huvudansvar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insatser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beskrivning"}},{"kind":"Field","name":{"kind":"Name","value":"huvudman"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verksamhet"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExempelSkapaSipMutation, ExempelSkapaSipMutationVariables>;