import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { VardsamverkansomradeRow, KommunRow, NaromradeRow, NaromradesplanRow, NaromradesplanskillnadRow, AndratBoendeansvarRow, AndradAtgardRow, BoendeansvarRow, AtgardRow, HuvudmanRow, AvvikelseRow, SipRow, PatientRow, LoggutdragRow, BoendeRow, VardcentralRow, LakareRow, MotesdeltagareRow } from '../rows.js';
import type { SamverkanContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** One cell of an analysis: the values of the grouped dimensions and the protected count. */
export type Analyscell = {
  __typename?: 'Analyscell';
  /** The protected count. */
  antal: Antal;
  /** Reporting unit's HSA-id, when grouped by ENHET. */
  enhetHsaId?: Maybe<Scalars['ID']['output']>;
  /** Category, when grouped by KATEGORI. */
  kategori?: Maybe<AvvikelseKategori>;
  /** Month `YYYY-MM`, when grouped by MANAD. */
  manad?: Maybe<Scalars['String']['output']>;
  /** Receiving huvudman, when grouped by RIKTNING. */
  mottagandeHuvudman?: Maybe<Huvudman>;
  /** Reporting huvudman, when grouped by RIKTNING. */
  rapporterandeHuvudman?: Maybe<Huvudman>;
  /** Status, when grouped by STATUS. */
  status?: Maybe<AvvikelseStatus>;
};

/** The three levels at which avvikelser are analysed. */
export type Analysniva =
  /** One vårdsamverkansområde (delregional). */
  | 'DELREGIONAL'
  /** All of Västra Götaland (länsgemensam). */
  | 'LANSGEMENSAM'
  /** One närområde (lokal). */
  | 'LOKAL';

/** An åtgärd in both versions compared, with the fields that differ. */
export type AndradAtgard = {
  __typename?: 'AndradAtgard';
  /** The fields that differ, old → new, in the order of AtgardFalt. */
  andringar: Array<AtgardAndring>;
  /** The åtgärd in `till`. */
  efter: Atgard;
  /** The åtgärd in `fran`. */
  fore: Atgard;
};

/** A boende's boendeansvar row in both versions compared, with the fields that differ. */
export type AndratBoendeansvar = {
  __typename?: 'AndratBoendeansvar';
  /** The fields that differ, old → new, in the order of BoendeansvarFalt. */
  andringar: Array<BoendeansvarAndring>;
  /** The boende (from the kommun; null if the kommun's service is unavailable). */
  boende?: Maybe<Boende>;
  /** Id of the boende (from the kommun). */
  boendeId: Scalars['ID']['output'];
  /** The row in `till`. */
  efter: Boendeansvar;
  /** The row in `fran`. */
  fore: Boendeansvar;
};

/** A protected count: withheld when small (1 up to the threshold, SAMSYN_MIN_ANTAL, default 5) so no patient can be singled out. The närområde's patient counts show other values exactly; the avvikelse analysis also rounds them (see Avvikelseanalys.skyddsmetod). */
export type Antal = {
  __typename?: 'Antal';
  /** True when the count is small and withheld. */
  undertryckt: Scalars['Boolean']['output'];
  /** The count; null when withheld. */
  varde?: Maybe<Scalars['Int']['output']>;
};

/** Time from receipt to återkoppling, in days; withheld when too few. */
export type Aterkopplingstid = {
  __typename?: 'Aterkopplingstid';
  /** How many avvikelser the figures rest on. */
  antal: Antal;
  /** Median days; null when withheld. */
  medianDagar?: Maybe<Scalars['Float']['output']>;
  /** 90th percentile days; null when withheld. */
  percentil90Dagar?: Maybe<Scalars['Float']['output']>;
};

/** Åtgärd: an action agreed in a närområdesplan, owned by one huvudman. */
export type Atgard = {
  __typename?: 'Atgard';
  /** The huvudman that owns the åtgärd. */
  agare: Huvudman;
  /** The unit responsible. */
  ansvarigEnhet: Scalars['String']['output'];
  /** What is to be done. */
  beskrivning: Scalars['String']['output'];
  /** True when not done and the due date has passed. */
  forsenad: Scalars['Boolean']['output'];
  /** Id of the åtgärd. */
  id: Scalars['ID']['output'];
  /** Due date. */
  sistaDatum: Scalars['Date']['output'];
  /** Status. */
  status: AtgardStatus;
};

/** One field of an åtgärd as it was and as it became. */
export type AtgardAndring = {
  __typename?: 'AtgardAndring';
  /** The value in `till`, as text in the form AtgardFalt gives. */
  efter: Scalars['String']['output'];
  /** Which field. */
  falt: AtgardFalt;
  /** The value in `fran`, as text in the form AtgardFalt gives. */
  fore: Scalars['String']['output'];
};

/** A field of an åtgärd that can differ between plan versions. */
export type AtgardFalt =
  /** The owning huvudman; values are `VGR` or a kommunkod. */
  | 'AGARE'
  /** The responsible unit. */
  | 'ANSVARIG_ENHET'
  /** What is to be done. */
  | 'BESKRIVNING'
  /** Due date; values are ISO dates. */
  | 'SISTA_DATUM'
  /** Status; values are AtgardStatus names. */
  | 'STATUS';

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

/** A page of access-log rows, nödåtkomst first, then newest first. */
export type AtkomstloggConnection = {
  __typename?: 'AtkomstloggConnection';
  /** The rows on this page. */
  edges: Array<AtkomstloggEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One access-log row in a page. */
export type AtkomstloggEdge = {
  __typename?: 'AtkomstloggEdge';
  /** Pass as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Atkomstloggpost;
};

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

/** The result of checking an access log's hash chain. */
export type AtkomstloggVerifiering = {
  __typename?: 'AtkomstloggVerifiering';
  /** What is wrong there: RAD_ANDRAD (content changed), KEDJAN_BRUTEN (a row inserted or its link changed), RAD_SAKNAS (a row removed). */
  fel?: Maybe<Scalars['String']['output']>;
  /** The first row where the chain breaks; null when whole. */
  forstaFelLopnummer?: Maybe<Scalars['Int']['output']>;
  /** True when every row matches its hash and its link to the row before. */
  hel: Scalars['Boolean']['output'];
  /** Rows checked. */
  kontrolleradeRader: Scalars['Int']['output'];
};

/** One row of a huvudman's access log (åtkomstlogg): who accessed which patient's data, on what ground, with what outcome. */
export type Atkomstloggpost = {
  __typename?: 'Atkomstloggpost';
  /** The user's employee HSA-id, or a system client's id. */
  anvandare: Scalars['ID']['output'];
  /** The user's huvudman. */
  anvandarensHuvudman: Scalars['ID']['output'];
  /** Read or write. */
  atgard: AtkomstAtgard;
  /** The huvudman holding the data. */
  dataHuvudman: Scalars['ID']['output'];
  /** True for nödåtkomst: to be reviewed in the log follow-up. */
  granskasSarskilt: Scalars['Boolean']['output'];
  /** The ground the access rested on; null when refused. */
  grund?: Maybe<AtkomstGrund>;
  /** The information categories touched, e.g. listning, hemsjukvard, sip. */
  informationskategorier: Array<Scalars['String']['output']>;
  /** Position in the hash chain, 1 for the first row. */
  lopnummer: Scalars['Int']['output'];
  /** The reason given for nödåtkomst. */
  nodatkomstAnledning?: Maybe<Scalars['String']['output']>;
  /** The GraphQL operation name, if the client gave one. */
  operation?: Maybe<Scalars['String']['output']>;
  /** HSA-id of the unit the user acted for. */
  organisationHsaId: Scalars['ID']['output'];
  /** The patient (personnummer). */
  patientId: Scalars['ID']['output'];
  /** The request id (also in the service logs). */
  requestId: Scalars['String']['output'];
  /** Outcome. */
  resultat: AtkomstResultat;
  /** The user's roles. */
  roller: Array<Scalars['String']['output']>;
  /** When. */
  tid: Scalars['DateTime']['output'];
};

/** Avvikelse i samverkan: an event where agreements, guidelines, routines or a SIP made in collaboration were not followed, reported by a unit of one huvudman about the collaboration with another. It says what happened, not who. */
export type Avvikelse = {
  __typename?: 'Avvikelse';
  /** When återkoppling was given. */
  aterkoppladTid?: Maybe<Scalars['DateTime']['output']>;
  /** The last day for återkoppling: 60 days after receipt; null until received. */
  aterkopplingSenast?: Maybe<Scalars['Date']['output']>;
  /** Why the receiving side refused it (avvisad). */
  avvisadAnledning?: Maybe<Scalars['String']['output']>;
  /** What happened (no names or personnummer). */
  beskrivning: Scalars['String']['output'];
  /** Days from today (Swedish calendar) to the återkoppling deadline: 0 on the last day, negative when overdue; null when not received, or no longer owed (återkopplad, avslutad, avvisad). */
  dagarTillAterkoppling?: Maybe<Scalars['Int']['output']>;
  /** True when received, not yet återkopplad (nor closed or refused), and the 60 days have passed. */
  forsenadAterkoppling: Scalars['Boolean']['output'];
  /** The day the event happened. */
  handelsedatum: Scalars['Date']['output'];
  /** Every step of the workflow, oldest first. */
  handelser: Array<Avvikelsehandelse>;
  /** Id, e.g. `avv-000123`. */
  id: Scalars['ID']['output'];
  /** Category. */
  kategori: AvvikelseKategori;
  /** The kommun where it happened (null if the kommun's service is unavailable and a field of it was asked for). */
  kommun?: Maybe<Kommun>;
  /** The steps the requesting user may take now; empty for a user who may not act on it (other huvudman, or a role that only reads). */
  mojligaHandlingar: Array<MojligAvvikelsehandling>;
  /** HSA-id of the receiving unit: the one the reporter addressed (when known) until received, then the unit that received it, which owes the återkoppling. */
  mottagandeEnhetHsaId?: Maybe<Scalars['ID']['output']>;
  /** The huvudman where it arose, which must investigate and give återkoppling. */
  mottagandeHuvudman: Huvudman;
  /** When the receiving huvudman received it; null while rapporterad. */
  mottagenTid?: Maybe<Scalars['DateTime']['output']>;
  /** The närområde where it happened. */
  naromrade: Naromrade;
  /** The patient concerned, if any. */
  patient?: Maybe<Patient>;
  /** When it was reported. */
  rapporteradTid: Scalars['DateTime']['output'];
  /** HSA-id of the reporting unit. */
  rapporterandeEnhetHsaId: Scalars['ID']['output'];
  /** The huvudman whose unit reported it. */
  rapporterandeHuvudman: Huvudman;
  /** Workflow status. */
  status: AvvikelseStatus;
  /** Set when the avvikelse has been lifted as a systemfel, and to which level. */
  systemfel?: Maybe<SystemfelNiva>;
  /** The vårdsamverkansområde where it happened. */
  vardsamverkansomrade: Vardsamverkansomrade;
  /** Version for optimistic concurrency: pass it to hanteraAvvikelse; it grows by one with every step. */
  version: Scalars['Int']['output'];
};

/** A page of avvikelser. */
export type AvvikelseConnection = {
  __typename?: 'AvvikelseConnection';
  /** The avvikelser on this page. */
  edges: Array<AvvikelseEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many avvikelser match the filter in all. */
  totalCount: Scalars['Int']['output'];
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

/** One avvikelse in a page. */
export type AvvikelseEdge = {
  __typename?: 'AvvikelseEdge';
  /** Pass as `after` to continue after this avvikelse. */
  cursor: Scalars['String']['output'];
  /** The avvikelse. */
  node: Avvikelse;
};

/** Filter for avvikelser; all given conditions must hold. */
export type AvvikelseFilter = {
  /** Händelsedatum on or after this date. */
  fran?: InputMaybe<Scalars['Date']['input']>;
  /** Only these categories. */
  kategorier?: InputMaybe<Array<AvvikelseKategori>>;
  /** Only this kommun (kommunkod). */
  kommunkod?: InputMaybe<Scalars['ID']['input']>;
  /** Only avvikelser addressed to, or received by, this unit (HSA-id). */
  mottagandeEnhetHsaId?: InputMaybe<Scalars['ID']['input']>;
  /** Only avvikelser sent to this huvudman (`VGR` or a kommunkod). */
  mottagandeHuvudman?: InputMaybe<Scalars['ID']['input']>;
  /** Only this närområde. */
  naromradeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only avvikelser reported by this huvudman (`VGR` or a kommunkod). */
  rapporterandeHuvudman?: InputMaybe<Scalars['ID']['input']>;
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

/** The order of an avvikelse list. */
export type AvvikelseOrdning =
  /** The receiving side's working order: open avvikelser by återkoppling deadline, earliest (most overdue) first, one not yet received by the earliest its deadline can be (reported + 60 days); then återkopplade, avslutade and avvisade in the same order. */
  | 'ATERKOPPLINGSFRIST'
  /** Newest reported first. */
  | 'SENAST_RAPPORTERAD';

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

/** The result of an avvikelse analysis. */
export type Avvikelseanalys = {
  __typename?: 'Avvikelseanalys';
  /** Share (0–1) of received avvikelser whose återkoppling was or is overdue; null when too few to show. */
  andelForsenade?: Maybe<Scalars['Float']['output']>;
  /** One cell per combination of the grouped dimensions that has any avvikelse. */
  celler: Array<Analyscell>;
  /** The same analysis for the period before (see `AvvikelseanalysInput.jamforMedForegaendePeriod`), when asked for. */
  foregaendePeriod?: Maybe<Avvikelseanalys>;
  /** First day of the period. */
  fran: Scalars['Date']['output'];
  /** Level. */
  niva: Analysniva;
  /** The area analysed; null for the county. */
  omradeId?: Maybe<Scalars['ID']['output']>;
  /** How counts are protected: counts from 1 to the threshold − 1 are withheld and all other counts (cells and totals) are rounded to the nearest multiple of the threshold, so a withheld cell cannot be recovered by subtracting shown cells from a total. */
  skyddsmetod: Scalars['String']['output'];
  /** Days from receipt to återkoppling for those återkopplade in the period. */
  tidTillAterkoppling: Aterkopplingstid;
  /** Last day of the period. */
  till: Scalars['Date']['output'];
  /** All avvikelser in the period and area. */
  totalt: Antal;
  /** The threshold (SAMSYN_MIN_ANTAL, default 5). */
  undertryckningsgrans: Scalars['Int']['output'];
};

/** An avvikelse analysis request. */
export type AvvikelseanalysInput = {
  /** First day of the period (händelsedatum). */
  fran: Scalars['Date']['input'];
  /** Dimensions to group by (none: totals only). */
  gruppera?: Array<AvvikelseDimension>;
  /** Also compute the same analysis for the period just before: for a calendar year (1 January–31 December) the year before, for a calendar half-year (1 January–30 June or 1 July–31 December) the half-year before, and for any other period as many days, ending the day before `fran`. */
  jamforMedForegaendePeriod?: InputMaybe<Scalars['Boolean']['input']>;
  /** Level. */
  niva: Analysniva;
  /** The närområde (LOKAL) or vårdsamverkansområde (DELREGIONAL); omitted for LANSGEMENSAM. */
  omradeId?: InputMaybe<Scalars['ID']['input']>;
  /** Last day of the period. */
  till: Scalars['Date']['input'];
};

/** One stored step of an avvikelse's workflow. */
export type Avvikelsehandelse = {
  __typename?: 'Avvikelsehandelse';
  /** Status before; null for the report. */
  franStatus?: Maybe<AvvikelseStatus>;
  /** What was done (RAPPORTERA for the report itself). */
  handling: Scalars['String']['output'];
  /** The huvudman acted for. */
  huvudman: Huvudman;
  /** The comment (återkoppling, reason …). */
  kommentar?: Maybe<Scalars['String']['output']>;
  /** HSA-id of the unit acted for. */
  organisationHsaId: Scalars['ID']['output'];
  /** When. */
  tid: Scalars['DateTime']['output'];
  /** Status after. */
  tillStatus: AvvikelseStatus;
  /** Who: employee HSA-id, or a system client's id. */
  utfordAv: Scalars['ID']['output'];
  /** The version the avvikelse got. */
  version: Scalars['Int']['output'];
};

/** Boende as seen by the shared layer: its responsible vårdcentral under the närområdesplan in force. */
export type Boende = {
  __typename?: 'Boende';
  /** HSA-id of the vårdcentral the plan in force makes responsible (null for a gap). Internal: what the region compares its residents' listning with. */
  ansvarigVardcentralHsaId?: Maybe<Scalars['ID']['output']>;
  /** The boendeansvar row of the plan in force; null when the boende has no responsible vårdcentral (a gap) or samverkan is unavailable. */
  boendeansvar?: Maybe<Boendeansvar>;
  /** Id of the boende. */
  id: Scalars['ID']['output'];
};

/** Boendeansvar: a vårdcentral's responsibility for läkarmedverkan at one boende in a närområdesplan. */
export type Boendeansvar = {
  __typename?: 'Boendeansvar';
  /** The boende (from the kommun; null if the kommun's service is unavailable). */
  boende?: Maybe<Boende>;
  /** Id of the row. */
  id: Scalars['ID']['output'];
  /** Contact person for the boende's staff. */
  kontaktperson: Kontaktperson;
  /** The läkare who does the rounds (from the region; null if unavailable). */
  lakare?: Maybe<Lakare>;
  /** Agreed läkarmedverkan, hours per week. */
  lakarmedverkanTimmarPerVecka: Scalars['Float']['output'];
  /** How often planned rounds take place. */
  rondfrekvens: Rondfrekvens;
  /** The responsible vårdcentral (from the region; null if unavailable). */
  vardcentral?: Maybe<Vardcentral>;
};

/** One field of a boendeansvar row as it was and as it became. */
export type BoendeansvarAndring = {
  __typename?: 'BoendeansvarAndring';
  /** The value in `till`, as text in the form BoendeansvarFalt gives. */
  efter: Scalars['String']['output'];
  /** Which field. */
  falt: BoendeansvarFalt;
  /** The value in `fran`, as text in the form BoendeansvarFalt gives. */
  fore: Scalars['String']['output'];
};

/** A field of a boendeansvar row that can differ between plan versions. */
export type BoendeansvarFalt =
  /** The contact person's name. */
  | 'KONTAKTPERSON_NAMN'
  /** The contact person's telephone number. */
  | 'KONTAKTPERSON_TELEFON'
  /** The läkare doing the rounds; values are the HSA-id. */
  | 'LAKARE'
  /** Läkarmedverkan in hours per week; values are decimal numbers with a point, e.g. `2.5`. */
  | 'LAKARMEDVERKAN_TIMMAR_PER_VECKA'
  /** How often planned rounds take place; values are Rondfrekvens names. */
  | 'RONDFREKVENS'
  /** The responsible vårdcentral; values are its HSA-id. */
  | 'VARDCENTRAL';

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

/** Result of hanteraAvvikelse. */
export type HanteraAvvikelsePayload = {
  __typename?: 'HanteraAvvikelsePayload';
  /** The avvikelse after the step, with its new version. */
  avvikelse: Avvikelse;
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

/** Huvudman: the region or one kommun, the bodies responsible for care and for their own data. */
export type Huvudman = {
  __typename?: 'Huvudman';
  /** `VGR` for the region, else the kommunkod. */
  id: Scalars['ID']['output'];
  /** Name, e.g. Västra Götalandsregionen or Borås. */
  namn: Scalars['String']['output'];
  /** Region or kommun. */
  typ: HuvudmanTyp;
};

/** Kinds of huvudman. */
export type HuvudmanTyp =
  /** A kommun. */
  | 'KOMMUN'
  /** Västra Götalandsregionen. */
  | 'REGION';

/** Kommun as seen by the shared layer: its collaboration area and närområden. */
export type Kommun = {
  __typename?: 'Kommun';
  /** Kommunkod (SCB), four digits. */
  kod: Scalars['ID']['output'];
  /** The kommun's närområden (null if samverkan is unavailable). */
  naromraden?: Maybe<Array<Naromrade>>;
  /** The vårdsamverkansområde the kommun belongs to (null if samverkan is unavailable). */
  vardsamverkansomrade?: Maybe<Vardsamverkansomrade>;
};

/** A contact person named in a närområdesplan. */
export type Kontaktperson = {
  __typename?: 'Kontaktperson';
  /** Name. */
  namn: Scalars['String']['output'];
  /** Telephone number. */
  telefon: Scalars['String']['output'];
};

/** A läkare of the region, referenced from boendeansvar. */
export type Lakare = {
  __typename?: 'Lakare';
  /** HSA-id of the läkare. */
  hsaId: Scalars['ID']['output'];
};

/** For the patient's log extract: a read of the patient's data by a unit. */
export type Lasning = {
  __typename?: 'Lasning';
  /** The reading unit's huvudman. */
  huvudman: Scalars['ID']['output'];
  /** Which information was read. */
  informationskategorier: Array<Scalars['String']['output']>;
  /** HSA-id of the unit that read. */
  organisationHsaId: Scalars['ID']['output'];
  /** When. */
  tid: Scalars['DateTime']['output'];
};

/** A patient's log extract (loggutdrag), keyed by the patient's personnummer or samordningsnummer: the shared layer contributes the reads in its access log. */
export type Loggutdrag = {
  __typename?: 'Loggutdrag';
  /** Personnummer or samordningsnummer of the patient whose data was read, 12 digits (YYYYMMDDNNNC). */
  patientId: Scalars['ID']['output'];
  /** The reads of the patient's SIPs and avvikelser in the shared layer (samverkans läsningar), newest first. A `granskare` sees the reads of its own huvudman's data (a record whose party it is, or its kommun's); a system client with `loggutdrag:read` sees all. Anyone else gets null with FORBIDDEN. */
  samverkansLasningar?: Maybe<Array<Lasning>>;
};

/** A workflow step the requesting user may take now, as the workflow rule decides (the same rule hanteraAvvikelse applies). */
export type MojligAvvikelsehandling = {
  __typename?: 'MojligAvvikelsehandling';
  /** The step. */
  handling: AvvikelseHandling;
  /** True when the step needs `kommentar`: the återkoppling (ATERKOPPLA) or the reason (AVVISA). */
  kommentarKravs: Scalars['Boolean']['output'];
  /** For LYFT_SOM_SYSTEMFEL, the levels it can be lifted to now (only upwards); empty for other steps. */
  systemfelNivaer: Array<SystemfelNiva>;
};

/** A decision of a NOSAM meeting. */
export type MotesBeslut = {
  __typename?: 'MotesBeslut';
  /** What was decided. */
  beskrivning: Scalars['String']['output'];
  /** The åtgärd the decision created, if any. */
  skapadAtgard?: Maybe<Atgard>;
  /** The åtgärd the decision closed, if any. */
  stangdAtgard?: Maybe<Atgard>;
};

/** A decision to record. */
export type MotesBeslutInput = {
  /** What was decided. */
  beskrivning: Scalars['String']['input'];
  /** Create this åtgärd in the plan in force. */
  nyAtgard?: InputMaybe<NyAtgardInput>;
  /** Close (KLAR) this åtgärd of the närområde's plan. */
  stangAtgardId?: InputMaybe<Scalars['ID']['input']>;
};

/** A participant of a NOSAM meeting. */
export type Motesdeltagare = {
  __typename?: 'Motesdeltagare';
  /** The participant's huvudman. */
  huvudman: Huvudman;
  /** Name. */
  namn: Scalars['String']['output'];
  /** The organisation (unit) the participant comes from. */
  organisation: Scalars['String']['output'];
  /** Role at the meeting or at work, e.g. verksamhetschef, MAS, distriktssköterska. */
  roll: Scalars['String']['output'];
};

/** A participant to record. */
export type MotesdeltagareInput = {
  /** `VGR` or a kommunkod. */
  huvudman: Scalars['ID']['input'];
  /** Name (1–200 characters). */
  namn: Scalars['String']['input'];
  /** Organisation (1–200 characters). */
  organisation: Scalars['String']['input'];
  /** Role (1–200 characters). */
  roll: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adopts a new version of a närområde's närområdesplan from `giltigFran`: the version in force until then ends the day before, and its history stays. Each boende may appear at most once. For `vardpersonal` or `nosam` of the region or the närområde's kommun. */
  faststallNaromradesplan: Naromradesplan;
  /** Moves an avvikelse one step in its workflow (rapporterad → mottagen → under utredning → åtgärdad → återkopplad → avslutad; or avvisad with a reason; or lifted as a systemfel). Only legal steps, each by the side allowed to take it; `version` must be the avvikelse's current version (optimistic concurrency: a stale version is refused with CONFLICT and nothing is written). Every step is stored with who, when and the comment. */
  hanteraAvvikelse: HanteraAvvikelsePayload;
  /** Moves a SIP one step: förberedd → kallad → möte hållet → uppföljning (repeatable, each with a new follow-up date) → avslutad. `version` must be current (CONFLICT otherwise). For `vardpersonal` of a party. */
  hanteraSip: SipPayload;
  /** Reports a new avvikelse i samverkan. Idempotent: a retry with the same `klientnyckel` and content returns the stored report. */
  rapporteraAvvikelse: RapporteraAvvikelsePayload;
  /** Records a NOSAM meeting of a närområde: participants, decisions (each may create an åtgärd in the plan in force or close one), and avvikelser lifted as systemfel. For `vardpersonal` or `nosam` of the region or the närområde's kommun. */
  registreraNosamMote: NosamMote;
  /** Starts a SIP for a person. The person's consent to sharing information is required. Idempotent by `klientnyckel`. For `vardpersonal` of a party (the region or the närområde's kommun). */
  skapaSip: SipPayload;
};


export type MutationFaststallNaromradesplanArgs = {
  input: FaststallNaromradesplanInput;
};


export type MutationHanteraAvvikelseArgs = {
  input: HanteraAvvikelseInput;
};


export type MutationHanteraSipArgs = {
  input: HanteraSipInput;
};


export type MutationRapporteraAvvikelseArgs = {
  input: RapporteraAvvikelseInput;
};


export type MutationRegistreraNosamMoteArgs = {
  input: RegistreraNosamMoteInput;
};


export type MutationSkapaSipArgs = {
  input: SkapaSipInput;
};

/** Närområde: the local level of collaboration (NOSAM in Göteborgsområdet, närområdesgrupp elsewhere): a kommun or a part of one, with its vårdcentraler, boenden and a shared närområdesplan. */
export type Naromrade = {
  __typename?: 'Naromrade';
  /** How many open SIPs of the närområde have a follow-up date that has passed: a count for the NOSAM agenda, withheld when small (1 up to SAMSYN_MIN_ANTAL − 1), for every user role. The SIPs themselves are patient-level (forsenadeSipUppfoljningar). Null with FORBIDDEN for system clients. */
  antalForsenadeSipUppfoljningar?: Maybe<Antal>;
  /** The boenden of the närområde, from the kommun; used to find gaps. */
  boenden?: Maybe<Array<Boende>>;
  /** Boenden of the närområde without a responsible vårdcentral in the plan in force (gaps to take up at NOSAM); null if the kommun is unavailable. */
  boendenUtanAnsvar?: Maybe<Array<Boende>>;
  /** Stable id, `<kommunkod>-<name>`, e.g. `1480-angered`. */
  id: Scalars['ID']['output'];
  /** The kommun the närområde lies in (null if the kommun's service is unavailable and a field of it was asked for). */
  kommun?: Maybe<Kommun>;
  /** NOSAM meetings of the närområde, newest first. */
  moten: Array<NosamMote>;
  /** Name, e.g. Angered. */
  namn: Scalars['String']['output'];
  /** The närområdesplan in force today; null if none has been adopted. */
  naromradesplan?: Maybe<Naromradesplan>;
  /** What changed in the närområdesplan between two of its versions, e.g. "what changed since version N": boendeansvar and åtgärder added, removed and changed, field by field (old → new). `tillVersion` defaults to the version in force today (the latest version when none is); the two may be given in either order. A version the närområde does not have is refused with BAD_USER_INPUT, reason PLAN_VERSION_UNKNOWN, `field` naming the argument. Computed here by one rule for the web application and integrations alike, since the versions' rows are this service's. */
  naromradesplanSkillnad?: Maybe<Naromradesplanskillnad>;
  /** Every version of the närområdesplan, newest first. */
  naromradesplaner: Array<Naromradesplan>;
  /** The vårdsamverkansområde (delregional level) it belongs to. */
  vardsamverkansomrade: Vardsamverkansomrade;
};


/** Närområde: the local level of collaboration (NOSAM in Göteborgsområdet, närområdesgrupp elsewhere): a kommun or a part of one, with its vårdcentraler, boenden and a shared närområdesplan. */
export type NaromradeNaromradesplanSkillnadArgs = {
  franVersion: Scalars['Int']['input'];
  tillVersion?: InputMaybe<Scalars['Int']['input']>;
};

/** Närområdesplan: the vårdcentraler's joint plan for a närområde: who provides läkarmedverkan for which boende, and the agreed åtgärder. A new version supersedes the old from a date. */
export type Naromradesplan = {
  __typename?: 'Naromradesplan';
  /** Åtgärder (actions) in the plan, by due date. */
  atgarder: Array<Atgard>;
  /** Boendeansvar rows: which vårdcentral is responsible for läkarmedverkan at which boende. */
  boendeansvar: Array<Boendeansvar>;
  /** Who adopted the version: the user's employee HSA-id, or a system client's id. Null for versions adopted before this was recorded. */
  faststalldAv?: Maybe<Scalars['ID']['output']>;
  /** HSA-id of the unit the adopter acted for. Null for versions adopted before this was recorded. */
  faststalldAvEnhet?: Maybe<Scalars['ID']['output']>;
  /** Date the plan was adopted (fastställd). */
  faststalldDatum: Scalars['Date']['output'];
  /** In force from. */
  giltigFran: Scalars['Date']['output'];
  /** In force until; null for the version in force. */
  giltigTill?: Maybe<Scalars['Date']['output']>;
  /** Id of this version. */
  id: Scalars['ID']['output'];
  /** Version number, 1 for the first. */
  version: Scalars['Int']['output'];
};

/** The difference between two versions of a närområdesplan, from `fran` to `till`. Boendeansvar rows are matched by boende, åtgärder by the id they were first agreed under (an open åtgärd carried over to a new version stays the same åtgärd). Boende, vårdcentral and läkare are compared by id; ask their names through the rows' fields. Every list is ordered by boende id or åtgärd id. */
export type Naromradesplanskillnad = {
  __typename?: 'Naromradesplanskillnad';
  /** Åtgärder in both versions that differ in some field. */
  andradeAtgarder: Array<AndradAtgard>;
  /** Boenden with a row in both versions that differ in some field. */
  andradeBoendeansvar: Array<AndratBoendeansvar>;
  /** Åtgärder of `fran` that `till` does not have (e.g. those done (KLAR) before `till` was adopted, which are not carried over). */
  borttagnaAtgarder: Array<Atgard>;
  /** Rows of `fran` for boenden that `till` has no row for. */
  borttagnaBoendeansvar: Array<Boendeansvar>;
  /** The version compared from (`franVersion`). */
  fran: Naromradesplan;
  /** The version compared with (`tillVersion`, or the one in force). */
  till: Naromradesplan;
  /** Åtgärder of `till` that `fran` does not have. */
  tillagdaAtgarder: Array<Atgard>;
  /** Rows of `till` for boenden that `fran` has no row for. */
  tillagdaBoendeansvar: Array<Boendeansvar>;
};

/** A NOSAM meeting (närområdessamverkan) of a närområde. */
export type NosamMote = {
  __typename?: 'NosamMote';
  /** Decisions taken. */
  beslut: Array<MotesBeslut>;
  /** Date of the meeting. */
  datum: Scalars['Date']['output'];
  /** Participants as one line each: `namn (roll, organisation)` for those recorded in `medverkande`, else as written. */
  deltagare: Array<Scalars['String']['output']>;
  /** Id. */
  id: Scalars['ID']['output'];
  /** Participants with role, organisation and huvudman, in the order recorded; empty for a meeting recorded with names only. */
  medverkande: Array<Motesdeltagare>;
  /** Where it was held; null when not recorded. */
  plats?: Maybe<Scalars['String']['output']>;
  /** When it started, `HH:MM` Swedish time; null when not recorded. */
  starttid?: Maybe<Scalars['String']['output']>;
  /** Avvikelser lifted as systemfel at the meeting. */
  systemfel: Array<Avvikelse>;
};

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

/** Paging state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on the page; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A patient as seen by the shared layer: SIPs and avvikelser that concern the person. */
export type Patient = {
  __typename?: 'Patient';
  /** Avvikelser that concern the person, newest first (null if samverkan is unavailable). */
  avvikelser?: Maybe<Array<Avvikelse>>;
  /** Personnummer or samordningsnummer, 12 digits. */
  id: Scalars['ID']['output'];
  /**
   * The patient's log extract at the shared layer: which units read the patient's SIPs and avvikelser and when. For a system client with `loggutdrag:read` (and `patient:read` to open the patient); a granskare reads it through Query.loggutdrag.
   * @deprecated Use Query.loggutdrag
   */
  samverkansLasningar?: Maybe<Array<Lasning>>;
  /** The person's SIPs, newest first (null if samverkan is unavailable). */
  sipar?: Maybe<Array<Sip>>;
};

export type Query = {
  __typename?: 'Query';
  /** One avvikelse i samverkan by id; null when unknown. */
  avvikelse?: Maybe<Avvikelse>;
  /** Avvikelse analysis at lokal (närområde), delregional (vårdsamverkansområde) or länsgemensam (all of Västra Götaland) level: counts grouped by any of kategori, month, direction (reporting → receiving huvudman), reporting unit and status, with time to återkoppling and the share overdue. Computed in SQL in the samverkan database. Small counts are withheld and every other count is rounded, so that no patient can be singled out (see `Avvikelseanalys.skyddsmetod`). */
  avvikelseanalys: Avvikelseanalys;
  /** Avvikelser i samverkan, filtered and paged, in the order `ordning` names (newest reported first unless told). `first` is at most 100; a cursor continues only the ordering it came from. */
  avvikelser: AvvikelseConnection;
  /** Avvikelser whose återkoppling is overdue (more than 60 days since they were received, no återkoppling yet), oldest deadline first: for one receiving unit (`mottagandeEnhetHsaId`), one receiving huvudman (`mottagandeHuvudman`), one närområde, one vårdsamverkansområde, or the whole county. */
  forsenadeAterkopplingar: AvvikelseConnection;
  /** SIPs in a närområde whose follow-up date has passed (not closed), oldest first. Patient-level: each SIP is shown only to readers the access rules let see it. */
  forsenadeSipUppfoljningar: Array<Sip>;
  /** A närområde by id (e.g. `1480-angered`), as a NOSAM meeting opens it; null when unknown. */
  naromrade?: Maybe<Naromrade>;
  /** Närområden, optionally only those of one kommun or one vårdsamverkansområde, ordered by kommun and name. */
  naromraden: Array<Naromrade>;
  /** The shared layer's access log for the user's huvudman: reads of SIPs and avvikelser concerning patients, where that huvudman is a party. For `granskare` (or a system client with `atkomstlogg:read`). */
  samverkansAtkomstlogg: AtkomstloggConnection;
  /** Checks the hash chain of the shared layer's access log. For `granskare`, or a system client with `atkomstlogg:read`. */
  samverkansAtkomstloggVerifiering: AtkomstloggVerifiering;
  /** One vårdsamverkansområde by id (e.g. `goteborgsomradet`); null when unknown. */
  vardsamverkansomrade?: Maybe<Vardsamverkansomrade>;
  /** The six delregional vårdsamverkansområden. */
  vardsamverkansomraden: Array<Vardsamverkansomrade>;
};


export type QueryAvvikelseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAvvikelseanalysArgs = {
  input: AvvikelseanalysInput;
};


export type QueryAvvikelserArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AvvikelseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ordning?: InputMaybe<AvvikelseOrdning>;
};


export type QueryForsenadeAterkopplingarArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ForsenadeAterkopplingarFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryForsenadeSipUppfoljningarArgs = {
  naromradeId: Scalars['ID']['input'];
};


export type QueryNaromradeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNaromradenArgs = {
  kommunkod?: InputMaybe<Scalars['ID']['input']>;
  vardsamverkansomradeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySamverkansAtkomstloggArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AtkomstloggFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVardsamverkansomradeArgs = {
  id: Scalars['ID']['input'];
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
  /** HSA-id of the receiving unit, when the reporter knows it; the receiving huvudman may still take it on with another unit. */
  mottagandeEnhetHsaId?: InputMaybe<Scalars['ID']['input']>;
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

/** Result of rapporteraAvvikelse. */
export type RapporteraAvvikelsePayload = {
  __typename?: 'RapporteraAvvikelsePayload';
  /** The stored avvikelse. */
  avvikelse: Avvikelse;
  /** True when this klientnyckel had already been used and the earlier report is returned. */
  redanRapporterad: Scalars['Boolean']['output'];
};

/** A NOSAM meeting to record. */
export type RegistreraNosamMoteInput = {
  /** Decisions. */
  beslut?: InputMaybe<Array<MotesBeslutInput>>;
  /** Date of the meeting; not in the future. */
  datum: Scalars['Date']['input'];
  /** Participants by name only; `deltagare` and `medverkande` together must name at least one. */
  deltagare?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Participants with role, organisation and huvudman (`VGR` or a kommunkod). */
  medverkande?: InputMaybe<Array<MotesdeltagareInput>>;
  /** The närområde. */
  naromradeId: Scalars['ID']['input'];
  /** Where it was held (1–200 characters). */
  plats?: InputMaybe<Scalars['String']['input']>;
  /** When it started, `HH:MM`. */
  starttid?: InputMaybe<Scalars['String']['input']>;
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

/** SIP: samordnad individuell plan, the person's own plan when both socialtjänst and hälso- och sjukvård give insatser. */
export type Sip = {
  __typename?: 'Sip';
  /** The person's needs. */
  behov: Array<Scalars['String']['output']>;
  /** Who takes part in the SIP. */
  deltagare: Array<SipDeltagare>;
  /** True when not closed and the follow-up date has passed. */
  forsenadUppfoljning: Scalars['Boolean']['output'];
  /** The huvudman with huvudansvar (overall responsibility). */
  huvudansvar: Huvudman;
  /** Id, e.g. `sip-00012`. */
  id: Scalars['ID']['output'];
  /** The insatser, each with the responsible huvudman and verksamhet. */
  insatser: Array<SipInsats>;
  /** The närområde where it is coordinated. */
  naromrade: Naromrade;
  /** Next follow-up; null when closed. */
  nastaUppfoljning?: Maybe<Scalars['Date']['output']>;
  /** The person the plan belongs to. */
  patient: Patient;
  /** The date the person consented to sharing information for the SIP. */
  samtyckeDatum: Scalars['Date']['output'];
  /** Date the SIP was started. */
  skapadDatum: Scalars['Date']['output'];
  /** Process state. */
  status: SipStatus;
  /** What third parties or närstående do. */
  tredjeParter: Array<Scalars['String']['output']>;
  /** Follow-ups held, oldest first. */
  uppfoljningar: Array<SipUppfoljning>;
  /** Version for optimistic concurrency; pass it to hanteraSip. */
  version: Scalars['Int']['output'];
};

/** A participant in a SIP (staff, the person, närstående). */
export type SipDeltagare = {
  __typename?: 'SipDeltagare';
  /** The huvudman the participant represents; null for the person and närstående. */
  huvudman?: Maybe<Huvudman>;
  /** Role, e.g. sjuksköterska, fast läkarkontakt, närstående, the person. */
  roll: Scalars['String']['output'];
};

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

/** One insats in a SIP. */
export type SipInsats = {
  __typename?: 'SipInsats';
  /** What is done. */
  beskrivning: Scalars['String']['output'];
  /** The responsible huvudman. */
  huvudman: Huvudman;
  /** The responsible verksamhet (e.g. hemsjukvård, vårdcentral, hemtjänst). */
  verksamhet: Scalars['String']['output'];
};

/** An insats in a new SIP. */
export type SipInsatsInput = {
  /** What is done. */
  beskrivning: Scalars['String']['input'];
  /** `VGR` or a kommunkod. */
  huvudman: Scalars['ID']['input'];
  /** The responsible verksamhet. */
  verksamhet: Scalars['String']['input'];
};

/** Result of skapaSip and hanteraSip. */
export type SipPayload = {
  __typename?: 'SipPayload';
  /** The SIP. */
  sip: Sip;
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

/** A held SIP follow-up. */
export type SipUppfoljning = {
  __typename?: 'SipUppfoljning';
  /** When it was held. */
  datum: Scalars['Date']['output'];
  /** What was concluded (no personnummer). */
  kommentar?: Maybe<Scalars['String']['output']>;
};

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

/** Where a recurring collaboration failure (systemfel) is lifted. */
export type SystemfelNiva =
  /** The vårdsamverkansområde (delregional). */
  | 'DELREGIONAL'
  /** The närområde's NOSAM group (lokal). */
  | 'NOSAM';

/** Vårdcentral as seen by the shared layer: its commitments in närområdesplaner in force. */
export type Vardcentral = {
  __typename?: 'Vardcentral';
  /** The boenden the vårdcentral is responsible for under plans in force (null if samverkan is unavailable). */
  boendeansvar?: Maybe<Array<Boendeansvar>>;
  /** HSA-id of the vårdcentral. */
  hsaId: Scalars['ID']['output'];
};

/** Vårdsamverkansområde: one of the six delregional collaboration areas of Västra Götaland (delregional level). */
export type Vardsamverkansomrade = {
  __typename?: 'Vardsamverkansomrade';
  /** Stable id, e.g. `goteborgsomradet`, `simba`, `fyrbodal`. */
  id: Scalars['ID']['output'];
  /** The kommuner in the area (null if the kommun's service is unavailable and a field of it was asked for). */
  kommuner?: Maybe<Array<Kommun>>;
  /** Name, e.g. Göteborgsområdet. */
  namn: Scalars['String']['output'];
  /** The närområden in the area. */
  naromraden: Array<Naromrade>;
  /** The hospital (sjukhus) of the area. */
  sjukhus: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Avvikelse: Avvikelse;
  Boende: Boende;
  Kommun: Kommun;
  Loggutdrag: Loggutdrag;
  Naromrade: Naromrade;
  Patient: Patient;
  Sip: Sip;
  Vardcentral: Vardcentral;
  Vardsamverkansomrade: Vardsamverkansomrade;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Avvikelse:
    ( { __typename: 'Avvikelse' }
    & GraphQLRecursivePick<FederationTypes['Avvikelse'], {"id":true}> );
  Boende:
    ( { __typename: 'Boende' }
    & GraphQLRecursivePick<FederationTypes['Boende'], {"id":true}> );
  Kommun:
    ( { __typename: 'Kommun' }
    & GraphQLRecursivePick<FederationTypes['Kommun'], {"kod":true}> );
  Loggutdrag:
    ( { __typename: 'Loggutdrag' }
    & GraphQLRecursivePick<FederationTypes['Loggutdrag'], {"patientId":true}> );
  Naromrade:
    ( { __typename: 'Naromrade' }
    & GraphQLRecursivePick<FederationTypes['Naromrade'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Naromrade'], {"boenden":{"id":true}}> ) );
  Patient:
    ( { __typename: 'Patient' }
    & GraphQLRecursivePick<FederationTypes['Patient'], {"id":true}> );
  Sip:
    ( { __typename: 'Sip' }
    & GraphQLRecursivePick<FederationTypes['Sip'], {"id":true}> );
  Vardcentral:
    ( { __typename: 'Vardcentral' }
    & GraphQLRecursivePick<FederationTypes['Vardcentral'], {"hsaId":true}> );
  Vardsamverkansomrade:
    ( { __typename: 'Vardsamverkansomrade' }
    & GraphQLRecursivePick<FederationTypes['Vardsamverkansomrade'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Analyscell: ResolverTypeWrapper<Omit<Analyscell, 'mottagandeHuvudman' | 'rapporterandeHuvudman'> & { mottagandeHuvudman?: Maybe<ResolversTypes['Huvudman']>, rapporterandeHuvudman?: Maybe<ResolversTypes['Huvudman']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Analysniva: Analysniva;
  AndradAtgard: ResolverTypeWrapper<AndradAtgardRow>;
  AndratBoendeansvar: ResolverTypeWrapper<AndratBoendeansvarRow>;
  Antal: ResolverTypeWrapper<Antal>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Aterkopplingstid: ResolverTypeWrapper<Aterkopplingstid>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Atgard: ResolverTypeWrapper<AtgardRow>;
  AtgardAndring: ResolverTypeWrapper<AtgardAndring>;
  AtgardFalt: AtgardFalt;
  AtgardStatus: AtgardStatus;
  AtkomstAtgard: AtkomstAtgard;
  AtkomstGrund: AtkomstGrund;
  AtkomstResultat: AtkomstResultat;
  AtkomstloggConnection: ResolverTypeWrapper<AtkomstloggConnection>;
  AtkomstloggEdge: ResolverTypeWrapper<AtkomstloggEdge>;
  AtkomstloggFilter: AtkomstloggFilter;
  AtkomstloggVerifiering: ResolverTypeWrapper<AtkomstloggVerifiering>;
  Atkomstloggpost: ResolverTypeWrapper<Atkomstloggpost>;
  Avvikelse: ResolverTypeWrapper<AvvikelseRow>;
  AvvikelseConnection: ResolverTypeWrapper<Omit<AvvikelseConnection, 'edges'> & { edges: Array<ResolversTypes['AvvikelseEdge']> }>;
  AvvikelseDimension: AvvikelseDimension;
  AvvikelseEdge: ResolverTypeWrapper<Omit<AvvikelseEdge, 'node'> & { node: ResolversTypes['Avvikelse'] }>;
  AvvikelseFilter: AvvikelseFilter;
  AvvikelseHandling: AvvikelseHandling;
  AvvikelseKategori: AvvikelseKategori;
  AvvikelseOrdning: AvvikelseOrdning;
  AvvikelseStatus: AvvikelseStatus;
  Avvikelseanalys: ResolverTypeWrapper<Omit<Avvikelseanalys, 'celler' | 'foregaendePeriod'> & { celler: Array<ResolversTypes['Analyscell']>, foregaendePeriod?: Maybe<ResolversTypes['Avvikelseanalys']> }>;
  AvvikelseanalysInput: AvvikelseanalysInput;
  Avvikelsehandelse: ResolverTypeWrapper<Omit<Avvikelsehandelse, 'huvudman'> & { huvudman: ResolversTypes['Huvudman'] }>;
  Boende: ResolverTypeWrapper<BoendeRow>;
  Boendeansvar: ResolverTypeWrapper<BoendeansvarRow>;
  BoendeansvarAndring: ResolverTypeWrapper<BoendeansvarAndring>;
  BoendeansvarFalt: BoendeansvarFalt;
  BoendeansvarInput: BoendeansvarInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FaststallNaromradesplanInput: FaststallNaromradesplanInput;
  ForsenadeAterkopplingarFilter: ForsenadeAterkopplingarFilter;
  HanteraAvvikelseInput: HanteraAvvikelseInput;
  HanteraAvvikelsePayload: ResolverTypeWrapper<Omit<HanteraAvvikelsePayload, 'avvikelse'> & { avvikelse: ResolversTypes['Avvikelse'] }>;
  HanteraSipInput: HanteraSipInput;
  Huvudman: ResolverTypeWrapper<HuvudmanRow>;
  HuvudmanTyp: HuvudmanTyp;
  Kommun: ResolverTypeWrapper<KommunRow>;
  Kontaktperson: ResolverTypeWrapper<Kontaktperson>;
  Lakare: ResolverTypeWrapper<LakareRow>;
  Lasning: ResolverTypeWrapper<Lasning>;
  Loggutdrag: ResolverTypeWrapper<LoggutdragRow>;
  MojligAvvikelsehandling: ResolverTypeWrapper<MojligAvvikelsehandling>;
  MotesBeslut: ResolverTypeWrapper<Omit<MotesBeslut, 'skapadAtgard' | 'stangdAtgard'> & { skapadAtgard?: Maybe<ResolversTypes['Atgard']>, stangdAtgard?: Maybe<ResolversTypes['Atgard']> }>;
  MotesBeslutInput: MotesBeslutInput;
  Motesdeltagare: ResolverTypeWrapper<MotesdeltagareRow>;
  MotesdeltagareInput: MotesdeltagareInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Naromrade: ResolverTypeWrapper<NaromradeRow>;
  Naromradesplan: ResolverTypeWrapper<NaromradesplanRow>;
  Naromradesplanskillnad: ResolverTypeWrapper<NaromradesplanskillnadRow>;
  NosamMote: ResolverTypeWrapper<Omit<NosamMote, 'beslut' | 'medverkande' | 'systemfel'> & { beslut: Array<ResolversTypes['MotesBeslut']>, medverkande: Array<ResolversTypes['Motesdeltagare']>, systemfel: Array<ResolversTypes['Avvikelse']> }>;
  NyAtgardInput: NyAtgardInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Patient: ResolverTypeWrapper<PatientRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RapporteraAvvikelseInput: RapporteraAvvikelseInput;
  RapporteraAvvikelsePayload: ResolverTypeWrapper<Omit<RapporteraAvvikelsePayload, 'avvikelse'> & { avvikelse: ResolversTypes['Avvikelse'] }>;
  RegistreraNosamMoteInput: RegistreraNosamMoteInput;
  Rondfrekvens: Rondfrekvens;
  Sip: ResolverTypeWrapper<SipRow>;
  SipDeltagare: ResolverTypeWrapper<Omit<SipDeltagare, 'huvudman'> & { huvudman?: Maybe<ResolversTypes['Huvudman']> }>;
  SipDeltagareInput: SipDeltagareInput;
  SipHandling: SipHandling;
  SipInsats: ResolverTypeWrapper<Omit<SipInsats, 'huvudman'> & { huvudman: ResolversTypes['Huvudman'] }>;
  SipInsatsInput: SipInsatsInput;
  SipPayload: ResolverTypeWrapper<Omit<SipPayload, 'sip'> & { sip: ResolversTypes['Sip'] }>;
  SipStatus: SipStatus;
  SipUppfoljning: ResolverTypeWrapper<SipUppfoljning>;
  SkapaSipInput: SkapaSipInput;
  SystemfelNiva: SystemfelNiva;
  Vardcentral: ResolverTypeWrapper<VardcentralRow>;
  Vardsamverkansomrade: ResolverTypeWrapper<VardsamverkansomradeRow>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Analyscell: Omit<Analyscell, 'mottagandeHuvudman' | 'rapporterandeHuvudman'> & { mottagandeHuvudman?: Maybe<ResolversParentTypes['Huvudman']>, rapporterandeHuvudman?: Maybe<ResolversParentTypes['Huvudman']> };
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AndradAtgard: AndradAtgardRow;
  AndratBoendeansvar: AndratBoendeansvarRow;
  Antal: Antal;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  Aterkopplingstid: Aterkopplingstid;
  Float: Scalars['Float']['output'];
  Atgard: AtgardRow;
  AtgardAndring: AtgardAndring;
  AtkomstloggConnection: AtkomstloggConnection;
  AtkomstloggEdge: AtkomstloggEdge;
  AtkomstloggFilter: AtkomstloggFilter;
  AtkomstloggVerifiering: AtkomstloggVerifiering;
  Atkomstloggpost: Atkomstloggpost;
  Avvikelse: AvvikelseRow;
  AvvikelseConnection: Omit<AvvikelseConnection, 'edges'> & { edges: Array<ResolversParentTypes['AvvikelseEdge']> };
  AvvikelseEdge: Omit<AvvikelseEdge, 'node'> & { node: ResolversParentTypes['Avvikelse'] };
  AvvikelseFilter: AvvikelseFilter;
  Avvikelseanalys: Omit<Avvikelseanalys, 'celler' | 'foregaendePeriod'> & { celler: Array<ResolversParentTypes['Analyscell']>, foregaendePeriod?: Maybe<ResolversParentTypes['Avvikelseanalys']> };
  AvvikelseanalysInput: AvvikelseanalysInput;
  Avvikelsehandelse: Omit<Avvikelsehandelse, 'huvudman'> & { huvudman: ResolversParentTypes['Huvudman'] };
  Boende: BoendeRow;
  Boendeansvar: BoendeansvarRow;
  BoendeansvarAndring: BoendeansvarAndring;
  BoendeansvarInput: BoendeansvarInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  FaststallNaromradesplanInput: FaststallNaromradesplanInput;
  ForsenadeAterkopplingarFilter: ForsenadeAterkopplingarFilter;
  HanteraAvvikelseInput: HanteraAvvikelseInput;
  HanteraAvvikelsePayload: Omit<HanteraAvvikelsePayload, 'avvikelse'> & { avvikelse: ResolversParentTypes['Avvikelse'] };
  HanteraSipInput: HanteraSipInput;
  Huvudman: HuvudmanRow;
  Kommun: KommunRow;
  Kontaktperson: Kontaktperson;
  Lakare: LakareRow;
  Lasning: Lasning;
  Loggutdrag: LoggutdragRow;
  MojligAvvikelsehandling: MojligAvvikelsehandling;
  MotesBeslut: Omit<MotesBeslut, 'skapadAtgard' | 'stangdAtgard'> & { skapadAtgard?: Maybe<ResolversParentTypes['Atgard']>, stangdAtgard?: Maybe<ResolversParentTypes['Atgard']> };
  MotesBeslutInput: MotesBeslutInput;
  Motesdeltagare: MotesdeltagareRow;
  MotesdeltagareInput: MotesdeltagareInput;
  Mutation: Record<PropertyKey, never>;
  Naromrade: NaromradeRow;
  Naromradesplan: NaromradesplanRow;
  Naromradesplanskillnad: NaromradesplanskillnadRow;
  NosamMote: Omit<NosamMote, 'beslut' | 'medverkande' | 'systemfel'> & { beslut: Array<ResolversParentTypes['MotesBeslut']>, medverkande: Array<ResolversParentTypes['Motesdeltagare']>, systemfel: Array<ResolversParentTypes['Avvikelse']> };
  NyAtgardInput: NyAtgardInput;
  PageInfo: PageInfo;
  Patient: PatientRow;
  Query: Record<PropertyKey, never>;
  RapporteraAvvikelseInput: RapporteraAvvikelseInput;
  RapporteraAvvikelsePayload: Omit<RapporteraAvvikelsePayload, 'avvikelse'> & { avvikelse: ResolversParentTypes['Avvikelse'] };
  RegistreraNosamMoteInput: RegistreraNosamMoteInput;
  Sip: SipRow;
  SipDeltagare: Omit<SipDeltagare, 'huvudman'> & { huvudman?: Maybe<ResolversParentTypes['Huvudman']> };
  SipDeltagareInput: SipDeltagareInput;
  SipInsats: Omit<SipInsats, 'huvudman'> & { huvudman: ResolversParentTypes['Huvudman'] };
  SipInsatsInput: SipInsatsInput;
  SipPayload: Omit<SipPayload, 'sip'> & { sip: ResolversParentTypes['Sip'] };
  SipUppfoljning: SipUppfoljning;
  SkapaSipInput: SkapaSipInput;
  Vardcentral: VardcentralRow;
  Vardsamverkansomrade: VardsamverkansomradeRow;
}>;

export type AnalyscellResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Analyscell'] = ResolversParentTypes['Analyscell']> = ResolversObject<{
  antal?: Resolver<ResolversTypes['Antal'], ParentType, ContextType>;
  enhetHsaId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kategori?: Resolver<Maybe<ResolversTypes['AvvikelseKategori']>, ParentType, ContextType>;
  manad?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mottagandeHuvudman?: Resolver<Maybe<ResolversTypes['Huvudman']>, ParentType, ContextType>;
  rapporterandeHuvudman?: Resolver<Maybe<ResolversTypes['Huvudman']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['AvvikelseStatus']>, ParentType, ContextType>;
}>;

export type AndradAtgardResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['AndradAtgard'] = ResolversParentTypes['AndradAtgard']> = ResolversObject<{
  andringar?: Resolver<Array<ResolversTypes['AtgardAndring']>, ParentType, ContextType>;
  efter?: Resolver<ResolversTypes['Atgard'], ParentType, ContextType>;
  fore?: Resolver<ResolversTypes['Atgard'], ParentType, ContextType>;
}>;

export type AndratBoendeansvarResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['AndratBoendeansvar'] = ResolversParentTypes['AndratBoendeansvar']> = ResolversObject<{
  andringar?: Resolver<Array<ResolversTypes['BoendeansvarAndring']>, ParentType, ContextType>;
  boende?: Resolver<Maybe<ResolversTypes['Boende']>, ParentType, ContextType>;
  boendeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  efter?: Resolver<ResolversTypes['Boendeansvar'], ParentType, ContextType>;
  fore?: Resolver<ResolversTypes['Boendeansvar'], ParentType, ContextType>;
}>;

export type AntalResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Antal'] = ResolversParentTypes['Antal']> = ResolversObject<{
  undertryckt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  varde?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type AterkopplingstidResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Aterkopplingstid'] = ResolversParentTypes['Aterkopplingstid']> = ResolversObject<{
  antal?: Resolver<ResolversTypes['Antal'], ParentType, ContextType>;
  medianDagar?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentil90Dagar?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type AtgardResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Atgard'] = ResolversParentTypes['Atgard']> = ResolversObject<{
  agare?: Resolver<ResolversTypes['Huvudman'], ParentType, ContextType>;
  ansvarigEnhet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  beskrivning?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  forsenad?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sistaDatum?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AtgardStatus'], ParentType, ContextType>;
}>;

export type AtgardAndringResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['AtgardAndring'] = ResolversParentTypes['AtgardAndring']> = ResolversObject<{
  efter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  falt?: Resolver<ResolversTypes['AtgardFalt'], ParentType, ContextType>;
  fore?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AtkomstloggConnectionResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['AtkomstloggConnection'] = ResolversParentTypes['AtkomstloggConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AtkomstloggEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AtkomstloggEdgeResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['AtkomstloggEdge'] = ResolversParentTypes['AtkomstloggEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Atkomstloggpost'], ParentType, ContextType>;
}>;

export type AtkomstloggVerifieringResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['AtkomstloggVerifiering'] = ResolversParentTypes['AtkomstloggVerifiering']> = ResolversObject<{
  fel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  forstaFelLopnummer?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kontrolleradeRader?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AtkomstloggpostResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Atkomstloggpost'] = ResolversParentTypes['Atkomstloggpost']> = ResolversObject<{
  anvandare?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  anvandarensHuvudman?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  atgard?: Resolver<ResolversTypes['AtkomstAtgard'], ParentType, ContextType>;
  dataHuvudman?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  granskasSarskilt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  grund?: Resolver<Maybe<ResolversTypes['AtkomstGrund']>, ParentType, ContextType>;
  informationskategorier?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lopnummer?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodatkomstAnledning?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisationHsaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  patientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resultat?: Resolver<ResolversTypes['AtkomstResultat'], ParentType, ContextType>;
  roller?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tid?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type AvvikelseResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Avvikelse'] = ResolversParentTypes['Avvikelse'], FederationReferenceType extends FederationReferenceTypes['Avvikelse'] = FederationReferenceTypes['Avvikelse']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Avvikelse']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aterkoppladTid?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  aterkopplingSenast?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  avvisadAnledning?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  beskrivning?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dagarTillAterkoppling?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  forsenadAterkoppling?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  handelsedatum?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  handelser?: Resolver<Array<ResolversTypes['Avvikelsehandelse']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kategori?: Resolver<ResolversTypes['AvvikelseKategori'], ParentType, ContextType>;
  kommun?: Resolver<Maybe<ResolversTypes['Kommun']>, ParentType, ContextType>;
  mojligaHandlingar?: Resolver<Array<ResolversTypes['MojligAvvikelsehandling']>, ParentType, ContextType>;
  mottagandeEnhetHsaId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  mottagandeHuvudman?: Resolver<ResolversTypes['Huvudman'], ParentType, ContextType>;
  mottagenTid?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  naromrade?: Resolver<ResolversTypes['Naromrade'], ParentType, ContextType>;
  patient?: Resolver<Maybe<ResolversTypes['Patient']>, ParentType, ContextType>;
  rapporteradTid?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rapporterandeEnhetHsaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rapporterandeHuvudman?: Resolver<ResolversTypes['Huvudman'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AvvikelseStatus'], ParentType, ContextType>;
  systemfel?: Resolver<Maybe<ResolversTypes['SystemfelNiva']>, ParentType, ContextType>;
  vardsamverkansomrade?: Resolver<ResolversTypes['Vardsamverkansomrade'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AvvikelseConnectionResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['AvvikelseConnection'] = ResolversParentTypes['AvvikelseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AvvikelseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AvvikelseEdgeResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['AvvikelseEdge'] = ResolversParentTypes['AvvikelseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Avvikelse'], ParentType, ContextType>;
}>;

export type AvvikelseanalysResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Avvikelseanalys'] = ResolversParentTypes['Avvikelseanalys']> = ResolversObject<{
  andelForsenade?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  celler?: Resolver<Array<ResolversTypes['Analyscell']>, ParentType, ContextType>;
  foregaendePeriod?: Resolver<Maybe<ResolversTypes['Avvikelseanalys']>, ParentType, ContextType>;
  fran?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  niva?: Resolver<ResolversTypes['Analysniva'], ParentType, ContextType>;
  omradeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  skyddsmetod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tidTillAterkoppling?: Resolver<ResolversTypes['Aterkopplingstid'], ParentType, ContextType>;
  till?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totalt?: Resolver<ResolversTypes['Antal'], ParentType, ContextType>;
  undertryckningsgrans?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AvvikelsehandelseResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Avvikelsehandelse'] = ResolversParentTypes['Avvikelsehandelse']> = ResolversObject<{
  franStatus?: Resolver<Maybe<ResolversTypes['AvvikelseStatus']>, ParentType, ContextType>;
  handling?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  huvudman?: Resolver<ResolversTypes['Huvudman'], ParentType, ContextType>;
  kommentar?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisationHsaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tid?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  tillStatus?: Resolver<ResolversTypes['AvvikelseStatus'], ParentType, ContextType>;
  utfordAv?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BoendeResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Boende'] = ResolversParentTypes['Boende'], FederationReferenceType extends FederationReferenceTypes['Boende'] = FederationReferenceTypes['Boende']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Boende']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ansvarigVardcentralHsaId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  boendeansvar?: Resolver<Maybe<ResolversTypes['Boendeansvar']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type BoendeansvarResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Boendeansvar'] = ResolversParentTypes['Boendeansvar']> = ResolversObject<{
  boende?: Resolver<Maybe<ResolversTypes['Boende']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kontaktperson?: Resolver<ResolversTypes['Kontaktperson'], ParentType, ContextType>;
  lakare?: Resolver<Maybe<ResolversTypes['Lakare']>, ParentType, ContextType>;
  lakarmedverkanTimmarPerVecka?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rondfrekvens?: Resolver<ResolversTypes['Rondfrekvens'], ParentType, ContextType>;
  vardcentral?: Resolver<Maybe<ResolversTypes['Vardcentral']>, ParentType, ContextType>;
}>;

export type BoendeansvarAndringResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['BoendeansvarAndring'] = ResolversParentTypes['BoendeansvarAndring']> = ResolversObject<{
  efter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  falt?: Resolver<ResolversTypes['BoendeansvarFalt'], ParentType, ContextType>;
  fore?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type HanteraAvvikelsePayloadResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['HanteraAvvikelsePayload'] = ResolversParentTypes['HanteraAvvikelsePayload']> = ResolversObject<{
  avvikelse?: Resolver<ResolversTypes['Avvikelse'], ParentType, ContextType>;
}>;

export type HuvudmanResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Huvudman'] = ResolversParentTypes['Huvudman']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  namn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  typ?: Resolver<ResolversTypes['HuvudmanTyp'], ParentType, ContextType>;
}>;

export type KommunResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Kommun'] = ResolversParentTypes['Kommun'], FederationReferenceType extends FederationReferenceTypes['Kommun'] = FederationReferenceTypes['Kommun']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Kommun']> | FederationReferenceType, FederationReferenceType, ContextType>;
  kod?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  naromraden?: Resolver<Maybe<Array<ResolversTypes['Naromrade']>>, ParentType, ContextType>;
  vardsamverkansomrade?: Resolver<Maybe<ResolversTypes['Vardsamverkansomrade']>, ParentType, ContextType>;
}>;

export type KontaktpersonResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Kontaktperson'] = ResolversParentTypes['Kontaktperson']> = ResolversObject<{
  namn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  telefon?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LakareResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Lakare'] = ResolversParentTypes['Lakare']> = ResolversObject<{
  hsaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type LasningResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Lasning'] = ResolversParentTypes['Lasning']> = ResolversObject<{
  huvudman?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  informationskategorier?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  organisationHsaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tid?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type LoggutdragResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Loggutdrag'] = ResolversParentTypes['Loggutdrag'], FederationReferenceType extends FederationReferenceTypes['Loggutdrag'] = FederationReferenceTypes['Loggutdrag']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Loggutdrag']> | FederationReferenceType, FederationReferenceType, ContextType>;
  patientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  samverkansLasningar?: Resolver<Maybe<Array<ResolversTypes['Lasning']>>, ParentType, ContextType>;
}>;

export type MojligAvvikelsehandlingResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['MojligAvvikelsehandling'] = ResolversParentTypes['MojligAvvikelsehandling']> = ResolversObject<{
  handling?: Resolver<ResolversTypes['AvvikelseHandling'], ParentType, ContextType>;
  kommentarKravs?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  systemfelNivaer?: Resolver<Array<ResolversTypes['SystemfelNiva']>, ParentType, ContextType>;
}>;

export type MotesBeslutResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['MotesBeslut'] = ResolversParentTypes['MotesBeslut']> = ResolversObject<{
  beskrivning?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  skapadAtgard?: Resolver<Maybe<ResolversTypes['Atgard']>, ParentType, ContextType>;
  stangdAtgard?: Resolver<Maybe<ResolversTypes['Atgard']>, ParentType, ContextType>;
}>;

export type MotesdeltagareResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Motesdeltagare'] = ResolversParentTypes['Motesdeltagare']> = ResolversObject<{
  huvudman?: Resolver<ResolversTypes['Huvudman'], ParentType, ContextType>;
  namn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roll?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  faststallNaromradesplan?: Resolver<ResolversTypes['Naromradesplan'], ParentType, ContextType, RequireFields<MutationFaststallNaromradesplanArgs, 'input'>>;
  hanteraAvvikelse?: Resolver<ResolversTypes['HanteraAvvikelsePayload'], ParentType, ContextType, RequireFields<MutationHanteraAvvikelseArgs, 'input'>>;
  hanteraSip?: Resolver<ResolversTypes['SipPayload'], ParentType, ContextType, RequireFields<MutationHanteraSipArgs, 'input'>>;
  rapporteraAvvikelse?: Resolver<ResolversTypes['RapporteraAvvikelsePayload'], ParentType, ContextType, RequireFields<MutationRapporteraAvvikelseArgs, 'input'>>;
  registreraNosamMote?: Resolver<ResolversTypes['NosamMote'], ParentType, ContextType, RequireFields<MutationRegistreraNosamMoteArgs, 'input'>>;
  skapaSip?: Resolver<ResolversTypes['SipPayload'], ParentType, ContextType, RequireFields<MutationSkapaSipArgs, 'input'>>;
}>;

export type NaromradeResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Naromrade'] = ResolversParentTypes['Naromrade'], FederationReferenceType extends FederationReferenceTypes['Naromrade'] = FederationReferenceTypes['Naromrade']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Naromrade']> | FederationReferenceType, FederationReferenceType, ContextType>;
  antalForsenadeSipUppfoljningar?: Resolver<Maybe<ResolversTypes['Antal']>, ParentType, ContextType>;
  boendenUtanAnsvar?: Resolver<Maybe<Array<ResolversTypes['Boende']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kommun?: Resolver<Maybe<ResolversTypes['Kommun']>, ParentType, ContextType>;
  moten?: Resolver<Array<ResolversTypes['NosamMote']>, ParentType, ContextType>;
  namn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  naromradesplan?: Resolver<Maybe<ResolversTypes['Naromradesplan']>, ParentType, ContextType>;
  naromradesplanSkillnad?: Resolver<Maybe<ResolversTypes['Naromradesplanskillnad']>, ParentType, ContextType, RequireFields<NaromradeNaromradesplanSkillnadArgs, 'franVersion'>>;
  naromradesplaner?: Resolver<Array<ResolversTypes['Naromradesplan']>, ParentType, ContextType>;
  vardsamverkansomrade?: Resolver<ResolversTypes['Vardsamverkansomrade'], ParentType, ContextType>;
}>;

export type NaromradesplanResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Naromradesplan'] = ResolversParentTypes['Naromradesplan']> = ResolversObject<{
  atgarder?: Resolver<Array<ResolversTypes['Atgard']>, ParentType, ContextType>;
  boendeansvar?: Resolver<Array<ResolversTypes['Boendeansvar']>, ParentType, ContextType>;
  faststalldAv?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  faststalldAvEnhet?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  faststalldDatum?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  giltigFran?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  giltigTill?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NaromradesplanskillnadResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Naromradesplanskillnad'] = ResolversParentTypes['Naromradesplanskillnad']> = ResolversObject<{
  andradeAtgarder?: Resolver<Array<ResolversTypes['AndradAtgard']>, ParentType, ContextType>;
  andradeBoendeansvar?: Resolver<Array<ResolversTypes['AndratBoendeansvar']>, ParentType, ContextType>;
  borttagnaAtgarder?: Resolver<Array<ResolversTypes['Atgard']>, ParentType, ContextType>;
  borttagnaBoendeansvar?: Resolver<Array<ResolversTypes['Boendeansvar']>, ParentType, ContextType>;
  fran?: Resolver<ResolversTypes['Naromradesplan'], ParentType, ContextType>;
  till?: Resolver<ResolversTypes['Naromradesplan'], ParentType, ContextType>;
  tillagdaAtgarder?: Resolver<Array<ResolversTypes['Atgard']>, ParentType, ContextType>;
  tillagdaBoendeansvar?: Resolver<Array<ResolversTypes['Boendeansvar']>, ParentType, ContextType>;
}>;

export type NosamMoteResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['NosamMote'] = ResolversParentTypes['NosamMote']> = ResolversObject<{
  beslut?: Resolver<Array<ResolversTypes['MotesBeslut']>, ParentType, ContextType>;
  datum?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  deltagare?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  medverkande?: Resolver<Array<ResolversTypes['Motesdeltagare']>, ParentType, ContextType>;
  plats?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  starttid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  systemfel?: Resolver<Array<ResolversTypes['Avvikelse']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PatientResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Patient'] = ResolversParentTypes['Patient'], FederationReferenceType extends FederationReferenceTypes['Patient'] = FederationReferenceTypes['Patient']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Patient']> | FederationReferenceType, FederationReferenceType, ContextType>;
  avvikelser?: Resolver<Maybe<Array<ResolversTypes['Avvikelse']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  samverkansLasningar?: Resolver<Maybe<Array<ResolversTypes['Lasning']>>, ParentType, ContextType>;
  sipar?: Resolver<Maybe<Array<ResolversTypes['Sip']>>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  avvikelse?: Resolver<Maybe<ResolversTypes['Avvikelse']>, ParentType, ContextType, RequireFields<QueryAvvikelseArgs, 'id'>>;
  avvikelseanalys?: Resolver<ResolversTypes['Avvikelseanalys'], ParentType, ContextType, RequireFields<QueryAvvikelseanalysArgs, 'input'>>;
  avvikelser?: Resolver<ResolversTypes['AvvikelseConnection'], ParentType, ContextType, RequireFields<QueryAvvikelserArgs, 'first' | 'ordning'>>;
  forsenadeAterkopplingar?: Resolver<ResolversTypes['AvvikelseConnection'], ParentType, ContextType, RequireFields<QueryForsenadeAterkopplingarArgs, 'first'>>;
  forsenadeSipUppfoljningar?: Resolver<Array<ResolversTypes['Sip']>, ParentType, ContextType, RequireFields<QueryForsenadeSipUppfoljningarArgs, 'naromradeId'>>;
  naromrade?: Resolver<Maybe<ResolversTypes['Naromrade']>, ParentType, ContextType, RequireFields<QueryNaromradeArgs, 'id'>>;
  naromraden?: Resolver<Array<ResolversTypes['Naromrade']>, ParentType, ContextType, Partial<QueryNaromradenArgs>>;
  samverkansAtkomstlogg?: Resolver<ResolversTypes['AtkomstloggConnection'], ParentType, ContextType, RequireFields<QuerySamverkansAtkomstloggArgs, 'first'>>;
  samverkansAtkomstloggVerifiering?: Resolver<ResolversTypes['AtkomstloggVerifiering'], ParentType, ContextType>;
  vardsamverkansomrade?: Resolver<Maybe<ResolversTypes['Vardsamverkansomrade']>, ParentType, ContextType, RequireFields<QueryVardsamverkansomradeArgs, 'id'>>;
  vardsamverkansomraden?: Resolver<Array<ResolversTypes['Vardsamverkansomrade']>, ParentType, ContextType>;
}>;

export type RapporteraAvvikelsePayloadResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['RapporteraAvvikelsePayload'] = ResolversParentTypes['RapporteraAvvikelsePayload']> = ResolversObject<{
  avvikelse?: Resolver<ResolversTypes['Avvikelse'], ParentType, ContextType>;
  redanRapporterad?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SipResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Sip'] = ResolversParentTypes['Sip'], FederationReferenceType extends FederationReferenceTypes['Sip'] = FederationReferenceTypes['Sip']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Sip']> | FederationReferenceType, FederationReferenceType, ContextType>;
  behov?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  deltagare?: Resolver<Array<ResolversTypes['SipDeltagare']>, ParentType, ContextType>;
  forsenadUppfoljning?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  huvudansvar?: Resolver<ResolversTypes['Huvudman'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insatser?: Resolver<Array<ResolversTypes['SipInsats']>, ParentType, ContextType>;
  naromrade?: Resolver<ResolversTypes['Naromrade'], ParentType, ContextType>;
  nastaUppfoljning?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  patient?: Resolver<ResolversTypes['Patient'], ParentType, ContextType>;
  samtyckeDatum?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  skapadDatum?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SipStatus'], ParentType, ContextType>;
  tredjeParter?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  uppfoljningar?: Resolver<Array<ResolversTypes['SipUppfoljning']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SipDeltagareResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['SipDeltagare'] = ResolversParentTypes['SipDeltagare']> = ResolversObject<{
  huvudman?: Resolver<Maybe<ResolversTypes['Huvudman']>, ParentType, ContextType>;
  roll?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SipInsatsResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['SipInsats'] = ResolversParentTypes['SipInsats']> = ResolversObject<{
  beskrivning?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  huvudman?: Resolver<ResolversTypes['Huvudman'], ParentType, ContextType>;
  verksamhet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SipPayloadResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['SipPayload'] = ResolversParentTypes['SipPayload']> = ResolversObject<{
  sip?: Resolver<ResolversTypes['Sip'], ParentType, ContextType>;
}>;

export type SipUppfoljningResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['SipUppfoljning'] = ResolversParentTypes['SipUppfoljning']> = ResolversObject<{
  datum?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kommentar?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type VardcentralResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Vardcentral'] = ResolversParentTypes['Vardcentral'], FederationReferenceType extends FederationReferenceTypes['Vardcentral'] = FederationReferenceTypes['Vardcentral']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Vardcentral']> | FederationReferenceType, FederationReferenceType, ContextType>;
  boendeansvar?: Resolver<Maybe<Array<ResolversTypes['Boendeansvar']>>, ParentType, ContextType>;
  hsaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type VardsamverkansomradeResolvers<ContextType = SamverkanContext, ParentType extends ResolversParentTypes['Vardsamverkansomrade'] = ResolversParentTypes['Vardsamverkansomrade'], FederationReferenceType extends FederationReferenceTypes['Vardsamverkansomrade'] = FederationReferenceTypes['Vardsamverkansomrade']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Vardsamverkansomrade']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kommuner?: Resolver<Maybe<Array<ResolversTypes['Kommun']>>, ParentType, ContextType>;
  namn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  naromraden?: Resolver<Array<ResolversTypes['Naromrade']>, ParentType, ContextType>;
  sjukhus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SamverkanContext> = ResolversObject<{
  Analyscell?: AnalyscellResolvers<ContextType>;
  AndradAtgard?: AndradAtgardResolvers<ContextType>;
  AndratBoendeansvar?: AndratBoendeansvarResolvers<ContextType>;
  Antal?: AntalResolvers<ContextType>;
  Aterkopplingstid?: AterkopplingstidResolvers<ContextType>;
  Atgard?: AtgardResolvers<ContextType>;
  AtgardAndring?: AtgardAndringResolvers<ContextType>;
  AtkomstloggConnection?: AtkomstloggConnectionResolvers<ContextType>;
  AtkomstloggEdge?: AtkomstloggEdgeResolvers<ContextType>;
  AtkomstloggVerifiering?: AtkomstloggVerifieringResolvers<ContextType>;
  Atkomstloggpost?: AtkomstloggpostResolvers<ContextType>;
  Avvikelse?: AvvikelseResolvers<ContextType>;
  AvvikelseConnection?: AvvikelseConnectionResolvers<ContextType>;
  AvvikelseEdge?: AvvikelseEdgeResolvers<ContextType>;
  Avvikelseanalys?: AvvikelseanalysResolvers<ContextType>;
  Avvikelsehandelse?: AvvikelsehandelseResolvers<ContextType>;
  Boende?: BoendeResolvers<ContextType>;
  Boendeansvar?: BoendeansvarResolvers<ContextType>;
  BoendeansvarAndring?: BoendeansvarAndringResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  HanteraAvvikelsePayload?: HanteraAvvikelsePayloadResolvers<ContextType>;
  Huvudman?: HuvudmanResolvers<ContextType>;
  Kommun?: KommunResolvers<ContextType>;
  Kontaktperson?: KontaktpersonResolvers<ContextType>;
  Lakare?: LakareResolvers<ContextType>;
  Lasning?: LasningResolvers<ContextType>;
  Loggutdrag?: LoggutdragResolvers<ContextType>;
  MojligAvvikelsehandling?: MojligAvvikelsehandlingResolvers<ContextType>;
  MotesBeslut?: MotesBeslutResolvers<ContextType>;
  Motesdeltagare?: MotesdeltagareResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Naromrade?: NaromradeResolvers<ContextType>;
  Naromradesplan?: NaromradesplanResolvers<ContextType>;
  Naromradesplanskillnad?: NaromradesplanskillnadResolvers<ContextType>;
  NosamMote?: NosamMoteResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Patient?: PatientResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RapporteraAvvikelsePayload?: RapporteraAvvikelsePayloadResolvers<ContextType>;
  Sip?: SipResolvers<ContextType>;
  SipDeltagare?: SipDeltagareResolvers<ContextType>;
  SipInsats?: SipInsatsResolvers<ContextType>;
  SipPayload?: SipPayloadResolvers<ContextType>;
  SipUppfoljning?: SipUppfoljningResolvers<ContextType>;
  Vardcentral?: VardcentralResolvers<ContextType>;
  Vardsamverkansomrade?: VardsamverkansomradeResolvers<ContextType>;
}>;

