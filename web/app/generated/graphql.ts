/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO-8601 `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** An instant, ISO-8601 with offset, e.g. `2026-11-23T08:30:00.000Z`. */
  DateTime: { input: string; output: string; }
};

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
  anvandare?: InputMaybe<Scalars['ID']['input']>;
  /** On or after this day (Swedish time). */
  fran?: InputMaybe<Scalars['Date']['input']>;
  /** Only accesses on this ground. */
  grund?: InputMaybe<AtkomstGrund>;
  /** Only accesses to this patient (personnummer, 12 digits). */
  patientId?: InputMaybe<Scalars['ID']['input']>;
  /** On or before this day (Swedish time). */
  till?: InputMaybe<Scalars['Date']['input']>;
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
  fran?: InputMaybe<Scalars['Date']['input']>;
  /** Only these categories. */
  kategorier?: InputMaybe<Array<AvvikelseKategori>>;
  /** Only this kommun (kommunkod). */
  kommunkod?: InputMaybe<Scalars['ID']['input']>;
  /** Only this närområde. */
  naromradeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these statuses. */
  statusar?: InputMaybe<Array<AvvikelseStatus>>;
  /** Händelsedatum on or before this date. */
  till?: InputMaybe<Scalars['Date']['input']>;
  /** Only this vårdsamverkansområde. */
  vardsamverkansomradeId?: InputMaybe<Scalars['ID']['input']>;
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
  fran: Scalars['Date']['input'];
  /** Dimensions to group by (none: totals only). */
  gruppera?: Array<AvvikelseDimension>;
  /** Also compute the same analysis for the equally long period just before. */
  jamforMedForegaendePeriod?: InputMaybe<Scalars['Boolean']['input']>;
  /** Level. */
  niva: Analysniva;
  /** The närområde (LOKAL) or vårdsamverkansområde (DELREGIONAL); omitted for LANSGEMENSAM. */
  omradeId?: InputMaybe<Scalars['ID']['input']>;
  /** Last day of the period. */
  till: Scalars['Date']['input'];
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
  boendeId: Scalars['ID']['input'];
  /** Contact person's name. */
  kontaktpersonNamn: Scalars['String']['input'];
  /** Contact person's phone. */
  kontaktpersonTelefon: Scalars['String']['input'];
  /** HSA-id of the läkare doing the rounds. */
  lakareHsaId: Scalars['ID']['input'];
  /** Hours of läkarmedverkan per week (0–100). */
  lakarmedverkanTimmarPerVecka: Scalars['Float']['input'];
  /** How often planned rounds take place. */
  rondfrekvens: Rondfrekvens;
  /** HSA-id of the responsible vårdcentral. */
  vardcentralHsaId: Scalars['ID']['input'];
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
  faststalldDatum: Scalars['Date']['input'];
  /** In force from; after the current version's start. */
  giltigFran: Scalars['Date']['input'];
  /** The närområde. */
  naromradeId: Scalars['ID']['input'];
};

/** Which overdue återkopplingar to list; at most one of the area fields. */
export type ForsenadeAterkopplingarFilter = {
  /** Only avvikelser received by this unit (HSA-id). */
  mottagandeEnhetHsaId?: InputMaybe<Scalars['ID']['input']>;
  /** Only avvikelser received by this huvudman (`VGR` or a kommunkod). */
  mottagandeHuvudman?: InputMaybe<Scalars['ID']['input']>;
  /** Only this närområde. */
  naromradeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this vårdsamverkansområde. */
  vardsamverkansomradeId?: InputMaybe<Scalars['ID']['input']>;
};

/** A workflow step for one avvikelse. */
export type HanteraAvvikelseInput = {
  /** The avvikelse. */
  avvikelseId: Scalars['ID']['input'];
  /** The step to take. */
  handling: AvvikelseHandling;
  /** Comment; required for ATERKOPPLA (the återkoppling) and AVVISA (the reason). 1–4000 characters, no personnummer. */
  kommentar?: InputMaybe<Scalars['String']['input']>;
  /** Required for LYFT_SOM_SYSTEMFEL. */
  systemfelNiva?: InputMaybe<SystemfelNiva>;
  /** Its current version, as last read. */
  version: Scalars['Int']['input'];
};

/** A step for one SIP. */
export type HanteraSipInput = {
  /** The step. */
  handling: SipHandling;
  /** Comment (no personnummer). */
  kommentar?: InputMaybe<Scalars['String']['input']>;
  /** The next follow-up date; required for HALL_MOTE and FOLJ_UPP. */
  nastaUppfoljning?: InputMaybe<Scalars['Date']['input']>;
  /** The SIP. */
  sipId: Scalars['ID']['input'];
  /** Its current version. */
  version: Scalars['Int']['input'];
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
  beskrivning: Scalars['String']['input'];
  /** Create this åtgärd in the plan in force. */
  nyAtgard?: InputMaybe<NyAtgardInput>;
  /** Close (KLAR) this åtgärd of the närområde's plan. */
  stangAtgardId?: InputMaybe<Scalars['ID']['input']>;
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
  agare: Scalars['ID']['input'];
  /** The responsible unit. */
  ansvarigEnhet: Scalars['String']['input'];
  /** What is to be done. */
  beskrivning: Scalars['String']['input'];
  /** Due date. */
  sistaDatum: Scalars['Date']['input'];
};

/** A new avvikelse i samverkan. */
export type RapporteraAvvikelseInput = {
  /** What happened, 1–4000 characters, without names or personnummer. */
  beskrivning: Scalars['String']['input'];
  /** The day it happened; not in the future. */
  handelsedatum: Scalars['Date']['input'];
  /** Category. */
  kategori: AvvikelseKategori;
  /** Client-chosen key (8–100 letters, digits, `-` or `_`, e.g. a UUID) that makes a retry safe: the same key and content is stored once. */
  klientnyckel: Scalars['ID']['input'];
  /** `VGR` or the kommunkod of the huvudman where it arose; must differ from the reporter. */
  mottagandeHuvudman: Scalars['ID']['input'];
  /** The närområde where it happened; a kommun named as huvudman must be the närområde's kommun. */
  naromradeId: Scalars['ID']['input'];
  /** Personnummer of the patient concerned, if any (12 digits). */
  patientId?: InputMaybe<Scalars['ID']['input']>;
  /** HSA-id of the reporting unit. */
  rapporterandeEnhetHsaId: Scalars['ID']['input'];
  /** `VGR` or the kommunkod of the reporting huvudman. */
  rapporterandeHuvudman: Scalars['ID']['input'];
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
  beslut?: InputMaybe<Array<MotesBeslutInput>>;
  /** Date of the meeting; not in the future. */
  datum: Scalars['Date']['input'];
  /** Participants; at least one. */
  deltagare: Array<Scalars['String']['input']>;
  /** The närområde. */
  naromradeId: Scalars['ID']['input'];
  /** Avvikelser (ids) of the närområde to lift as systemfel to NOSAM. */
  systemfelAvvikelseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
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
  huvudman?: InputMaybe<Scalars['ID']['input']>;
  /** Role. */
  roll: Scalars['String']['input'];
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
  beskrivning: Scalars['String']['input'];
  /** `VGR` or a kommunkod. */
  huvudman: Scalars['ID']['input'];
  /** The responsible verksamhet. */
  verksamhet: Scalars['String']['input'];
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
  behov: Array<Scalars['String']['input']>;
  /** Participants. */
  deltagare?: InputMaybe<Array<SipDeltagareInput>>;
  /** `VGR` or the närområde's kommunkod: who has huvudansvar. */
  huvudansvar: Scalars['ID']['input'];
  /** The insatser; at least one. */
  insatser: Array<SipInsatsInput>;
  /** Client key (8–100 letters, digits, `-` or `_`) that makes a retry safe. */
  klientnyckel: Scalars['ID']['input'];
  /** The närområde where it is coordinated. */
  naromradeId: Scalars['ID']['input'];
  /** First follow-up; not in the past. */
  nastaUppfoljning: Scalars['Date']['input'];
  /** Personnummer of the person (12 digits). */
  patientId: Scalars['ID']['input'];
  /** Must be true: the person has consented to sharing information for the SIP. */
  samtycke: Scalars['Boolean']['input'];
  /** When the person consented; not in the future. */
  samtyckeDatum: Scalars['Date']['input'];
  /** What third parties or närstående do. */
  tredjeParter?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Identifies the patient whose spärr is registered or lifted. */
export type SparrInput = {
  /** Personnummer or samordningsnummer of the patient (12 digits). */
  patientId: Scalars['ID']['input'];
};

/** Where a recurring collaboration failure (systemfel) is lifted. */
export type SystemfelNiva =
  /** The vårdsamverkansområde (delregional). */
  | 'DELREGIONAL'
  /** The närområde's NOSAM group (lokal). */
  | 'NOSAM';

export type NaromradeValjareQueryVariables = Exact<{ [key: string]: never; }>;


export type NaromradeValjareQuery = { vardsamverkansomraden: Array<{ id: string, namn: string, kommuner: Array<{ kod: string, namn: string }>, naromraden: Array<{ id: string, namn: string, kommun: { kod: string } }> }> };


export const NaromradeValjareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NaromradeValjare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vardsamverkansomraden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"kommuner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kod"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"naromraden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namn"}},{"kind":"Field","name":{"kind":"Name","value":"kommun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kod"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NaromradeValjareQuery, NaromradeValjareQueryVariables>;