import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { KommunRow, BoendeRow, NaromradeRow, PatientRow, LoggutdragRow, HemsjukvardInskrivningRow, HemtjanstBeslutRow, BoendeVistelseRow } from '../rows.js';
import type { KommunContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
  /**
   * Pseudonyms (keyed hashes) of patients, 22 characters of base64url each, one after another in one string: one
   * small value on the wire and in every service rather than thousands of strings. Internal to the federation.
   */
  Patientpseudonymer: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A protected count: withheld when small (1 up to the threshold, SAMSYN_MIN_ANTAL, default 5) so no patient can be singled out. The närområde's patient counts show other values exactly; the avvikelse analysis also rounds them (see Avvikelseanalys.skyddsmetod). */
export type Antal = {
  __typename?: 'Antal';
  /** True when the count is small and withheld. */
  undertryckt: Scalars['Boolean']['output'];
  /** The count; null when withheld. */
  varde?: Maybe<Scalars['Int']['output']>;
};

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

/** A kommun's population on 31 December of `ar`, in total and in the age groups that most often need care from both huvudmän. Reference data from `data/befolkning.csv`; `kalla` names the source and `ungefarlig` says whether the figures are approximate. */
export type Befolkning = {
  __typename?: 'Befolkning';
  /** Inhabitants aged 65 or more. */
  alder65Plus: Scalars['Int']['output'];
  /** Inhabitants aged 80 or more (also counted in alder65Plus). */
  alder80Plus: Scalars['Int']['output'];
  /** The year the figures describe (the population on 31 December). */
  ar: Scalars['Int']['output'];
  /** The source, e.g. `SCB, Folkmängd per kommun 31 december 2024`. */
  kalla: Scalars['String']['output'];
  /** Inhabitants in total. */
  totalt: Scalars['Int']['output'];
  /** True when the figures are approximate (rounded estimates, not the source's exact values). */
  ungefarlig: Scalars['Boolean']['output'];
};

/** Boende: a kommunal residence with care (särskilt boende, korttidsboende, bostad med särskild service). */
export type Boende = {
  __typename?: 'Boende';
  /** Places occupied today (current stays). Counted at most a minute ago (the same for every reader). */
  antalBelagdaPlatser: Scalars['Int']['output'];
  /** Number of places. */
  antalPlatser: Scalars['Int']['output'];
  /** Stable id, e.g. `boende-1480-0001`. */
  id: Scalars['ID']['output'];
  /** Pseudonyms of the people living here today (current stays), for the region to count how many are listed at the vårdcentral responsible for the boende. Internal: no personnummer leaves the kommun. */
  invanarnasPseudonymer?: Maybe<Scalars['Patientpseudonymer']['output']>;
  /** The kommun that runs it. */
  kommun: Kommun;
  /** Name of the boende. */
  namn: Scalars['String']['output'];
  /** The närområde it lies in (its plan and responsible vårdcentral come from samverkan). */
  naromrade?: Maybe<Naromrade>;
  /** Type of boende. */
  typ: BoendeTyp;
};

/** Kinds of boende a kommun runs. */
export type BoendeTyp =
  /** Bostad med särskild service (SoL/LSS). */
  | 'BOSTAD_MED_SARSKILD_SERVICE'
  /** Korttidsboende: temporary stays, e.g. after hospital care. */
  | 'KORTTIDSBOENDE'
  /** Särskilt boende / vård- och omsorgsboende (SÄBO): permanent. */
  | 'SARSKILT_BOENDE';

/** A stay at a boende. */
export type BoendeVistelse = {
  __typename?: 'BoendeVistelse';
  /** The boende. */
  boende: Boende;
  /** First day of the stay. */
  fran: Scalars['Date']['output'];
  /** Last day; null while ongoing. */
  till?: Maybe<Scalars['Date']['output']>;
};

/** One hemsjukvård insats with its frequency. */
export type HemsjukvardInsats = {
  __typename?: 'HemsjukvardInsats';
  /** Planned visits per week; below 1 for visits every second (0.5) or fourth (0.25) week. */
  besokPerVecka: Scalars['Float']['output'];
  /** Kind of insats. */
  typ: HemsjukvardInsatsTyp;
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

/** Inskrivning i hemsjukvård: the patient is enrolled in kommunal home health care (cannot reasonably get to a mottagning, needs care over time). */
export type HemsjukvardInskrivning = {
  __typename?: 'HemsjukvardInskrivning';
  /** The kommun's nurse responsible for the patient. */
  ansvarigSjukskoterska: Sjukskoterska;
  /** Id of the inskrivning. */
  id: Scalars['ID']['output'];
  /** The health-care interventions (insatser) given. */
  insatser: Array<HemsjukvardInsats>;
  /** Enrolled from. */
  inskrivenFran: Scalars['Date']['output'];
  /** Discharged (utskriven) on; null while ongoing. */
  utskrivenDatum?: Maybe<Scalars['Date']['output']>;
};

/** Hemtjänst beslut: a decision under SoL granting home help. */
export type HemtjanstBeslut = {
  __typename?: 'HemtjanstBeslut';
  /** Date of the decision. */
  beslutsdatum: Scalars['Date']['output'];
  /** Granted hours per month. */
  beviljadeTimmarPerManad: Scalars['Float']['output'];
  /** Valid until; null when open-ended. */
  giltigTill?: Maybe<Scalars['Date']['output']>;
  /** Id of the beslut. */
  id: Scalars['ID']['output'];
  /** The granted kinds of help. */
  insatser: Array<HemtjanstInsatsTyp>;
  /** Who performs the hemtjänst. */
  utforare: Utforare;
};

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

/** Kommun: one of the 49 municipalities of Västra Götaland, each a huvudman of its own for kommunal hälso- och sjukvård and socialtjänst. */
export type Kommun = {
  __typename?: 'Kommun';
  /** The kommun's population (reference data, the same for every reader): for rates per inhabitant. */
  befolkning: Befolkning;
  /** The kommun's boenden, optionally of one type, ordered by name. */
  boenden: Array<Boende>;
  /** Kommunkod (SCB), four digits, 1401–1499; 1480 is Göteborg. */
  kod: Scalars['ID']['output'];
  /** The kommunalförbund the kommun belongs to (GR, Fyrbodal, Sjuhärad, Skaraborg). */
  kommunalforbund: Scalars['String']['output'];
  /** Name of the kommun. */
  namn: Scalars['String']['output'];
};


/** Kommun: one of the 49 municipalities of Västra Götaland, each a huvudman of its own for kommunal hälso- och sjukvård and socialtjänst. */
export type KommunBoendenArgs = {
  typ?: InputMaybe<BoendeTyp>;
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

/** A patient's log extract (loggutdrag), keyed by the patient's personnummer or samordningsnummer: the kommuner contribute the reads in their access log. */
export type Loggutdrag = {
  __typename?: 'Loggutdrag';
  /** The reads of the patient's data at the kommuner (kommunens läsningar), newest first. A kommun's `granskare` sees the reads of its own kommun's data only; a system client with `loggutdrag:read` sees every kommun's. Anyone else gets null with FORBIDDEN. */
  kommunensLasningar?: Maybe<Array<Lasning>>;
  /** Personnummer or samordningsnummer of the patient whose data was read, 12 digits (YYYYMMDDNNNC). */
  patientId: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Lifts the patient's spärr at the user's kommun. For `vardpersonal` of a kommun. Idempotent. */
  havKommunensSparr: SparrPayload;
  /** Registers the patient's spärr at the user's kommun: that kommun's data is then hidden from other huvudmän's users, even with samtycke (nödåtkomst still opens it). For `vardpersonal` of a kommun. Idempotent. */
  registreraKommunensSparr: SparrPayload;
};


export type MutationHavKommunensSparrArgs = {
  input: SparrInput;
};


export type MutationRegistreraKommunensSparrArgs = {
  input: SparrInput;
};

/** Närområde as seen by the kommun: its boenden and the kommun's patients living there. */
export type Naromrade = {
  __typename?: 'Naromrade';
  /** Patients with insatser from both huvudmän: counted in antalPatienterMedKommuninsats (any närområde of the kommun) and in the region's antalPatienterMedRegioninsats for this närområde. Computed by matching pseudonyms, never personnummer. */
  antalPatienterMedInsatserFranBada?: Maybe<Antal>;
  /** People living in the närområde with an ongoing kommun insats: hemsjukvård inskrivning, hemtjänst beslut or a boende stay. Counted at most a minute ago (the same for every reader). */
  antalPatienterMedKommuninsats?: Maybe<Antal>;
  /** The kommun's boenden in the närområde (null if the kommun's service is unavailable). */
  boenden?: Maybe<Array<Boende>>;
  /** Id of the närområde, e.g. `1480-angered`. */
  id: Scalars['ID']['output'];
  /**
   * The patients counted in antalPatienterMedInsatserFranBada, identified by personnummer, for coordination work: who may need a SIP or a fast läkarkontakt. Matched by pseudonym exactly as the count, so the list is as long as the count unless patients are left out for this reader (below). Ordered by personnummer. Each patient's own data — hemsjukvård, hemtjänst, boende, SIPs, listning, fast läkarkontakt — comes from the Patient fields, each under its own huvudman's access rules.
   *
   * Patient-level, so it follows the access rules and is logged like any other read of the kommun's data (one access-log row per patient, category `kommun`):
   * - roles that may not read patient data (only `vardpersonal` and system clients with `patient:read` may) get `null` with FORBIDDEN, and nothing is logged;
   * - `vardpersonal` of the närområde's kommun see every patient;
   * - other huvudmän (the region, another kommun) need an access ground (header `x-samsyn-atkomstgrund`): without one the field is `null` with ATKOMSTGRUND_SAKNAS (each refused patient is logged); with samtycke, patients whose spärr at the kommun hides its data are left out; nödåtkomst shows them all (and is flagged for review).
   * Never withheld as small: a reader who may see the patients sees them all. Null if the region's or the kommun's service is unavailable.
   *
   * Paged by personnummer: `first` (1–1000, default 500) patients after the personnummer `after` (the last one of the previous page); only the page's patients are looked up and logged.
   */
  patienterMedInsatserFranBada?: Maybe<Array<Patient>>;
  /** Provided by the region; used only to count and list shared patients. */
  regionensPatientpseudonymer?: Maybe<Scalars['Patientpseudonymer']['output']>;
};


/** Närområde as seen by the kommun: its boenden and the kommun's patients living there. */
export type NaromradePatienterMedInsatserFranBadaArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Paging state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on the page; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A patient (person) as seen by the kommun. `id` is the personnummer or samordningsnummer, 12 digits. */
export type Patient = {
  __typename?: 'Patient';
  /** The current stay at a boende, if any. */
  boende?: Maybe<BoendeVistelse>;
  /** True when the patient has a spärr at their kommun that hides its data from this reader. Internal to the federation; clients read Patient.sparradInformationFinns. */
  harSparradKommuninformation?: Maybe<Scalars['Boolean']['output']>;
  /** The ongoing inskrivning in kommunal hemsjukvård, if any. */
  hemsjukvard?: Maybe<HemsjukvardInskrivning>;
  /** The ongoing hemtjänst beslut, if any. */
  hemtjanst?: Maybe<HemtjanstBeslut>;
  /** Personnummer or samordningsnummer, 12 digits (YYYYMMDDNNNC). */
  id: Scalars['ID']['output'];
  /** The kommun with the patient's insatser (null if none or the kommun's service is unavailable). */
  kommun?: Maybe<Kommun>;
  /**
   * The patient's log extract at the kommuner: which units read the patient's data and when. For a system client with `loggutdrag:read` (and `patient:read` to open the patient); a granskare reads it through Query.loggutdrag.
   * @deprecated Use Query.loggutdrag
   */
  kommunensLasningar?: Maybe<Array<Lasning>>;
};

export type Query = {
  __typename?: 'Query';
  /** A boende by id; null when unknown. */
  boende?: Maybe<Boende>;
  /** The boenden of one kommun, optionally of one type, ordered by name. */
  boenden: Array<Boende>;
  /** One kommun by kommunkod (1401–1499); null when no kommun has that code. */
  kommun?: Maybe<Kommun>;
  /** The user's kommun's access log: reads and writes of that kommun's patient data. For `granskare` of a kommun (or a system client with `atkomstlogg:read`). */
  kommunensAtkomstlogg: AtkomstloggConnection;
  /** Checks the hash chain of the kommun subgraph's access log (all kommuner's rows share one chain). For `granskare` of a kommun, or a kommun's system client with `atkomstlogg:read`. */
  kommunensAtkomstloggVerifiering: AtkomstloggVerifiering;
  /** All 49 kommuner of Västra Götaland, in kommunkod order. */
  kommuner: Array<Kommun>;
};


export type QueryBoendeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBoendenArgs = {
  kommunkod: Scalars['ID']['input'];
  typ?: InputMaybe<BoendeTyp>;
};


export type QueryKommunArgs = {
  kod: Scalars['ID']['input'];
};


export type QueryKommunensAtkomstloggArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AtkomstloggFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Who runs an utförare. */
export type Regi =
  /** Kommunal regi: the kommun's own service. */
  | 'KOMMUNAL'
  /** Privat regi under LOV (lagen om valfrihetssystem). */
  | 'PRIVAT';

/** A sjuksköterska (registered nurse) employed by a kommun. */
export type Sjukskoterska = {
  __typename?: 'Sjukskoterska';
  /** HSA-id of the nurse. */
  hsaId: Scalars['ID']['output'];
  /** Name (synthetic in seeded data). */
  namn: Scalars['String']['output'];
};

/** Identifies the patient whose spärr is registered or lifted. */
export type SparrInput = {
  /** Personnummer or samordningsnummer of the patient (12 digits). */
  patientId: Scalars['ID']['input'];
};

/** The patient's spärr at one huvudman after a registration or lifting. */
export type SparrPayload = {
  __typename?: 'SparrPayload';
  /** The huvudman where the spärr is held (`VGR` or a kommunkod). */
  huvudman: Scalars['ID']['output'];
  /** The patient. */
  patientId: Scalars['ID']['output'];
  /** True while the patient's data at this huvudman is blocked for other huvudmän. */
  sparrad: Scalars['Boolean']['output'];
};

/** Utförare: the provider performing hemtjänst. */
export type Utforare = {
  __typename?: 'Utforare';
  /** Name of the provider. */
  namn: Scalars['String']['output'];
  /** Run by the kommun itself or by a private provider chosen under LOV. */
  regi: Regi;
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
  Boende: Boende;
  Kommun: Kommun;
  Loggutdrag: Loggutdrag;
  Naromrade: Naromrade;
  Patient: Patient;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
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
        | GraphQLRecursivePick<FederationTypes['Naromrade'], {"regionensPatientpseudonymer":true}>
        | GraphQLRecursivePick<FederationTypes['Naromrade'], {"regionensPatientpseudonymer":true}>
        | GraphQLRecursivePick<FederationTypes['Naromrade'], {"regionensPatientpseudonymer":true}> ) );
  Patient:
    ( { __typename: 'Patient' }
    & GraphQLRecursivePick<FederationTypes['Patient'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Antal: ResolverTypeWrapper<Antal>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AtkomstAtgard: AtkomstAtgard;
  AtkomstGrund: AtkomstGrund;
  AtkomstResultat: AtkomstResultat;
  AtkomstloggConnection: ResolverTypeWrapper<AtkomstloggConnection>;
  AtkomstloggEdge: ResolverTypeWrapper<AtkomstloggEdge>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AtkomstloggFilter: AtkomstloggFilter;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AtkomstloggVerifiering: ResolverTypeWrapper<AtkomstloggVerifiering>;
  Atkomstloggpost: ResolverTypeWrapper<Atkomstloggpost>;
  Befolkning: ResolverTypeWrapper<Befolkning>;
  Boende: ResolverTypeWrapper<BoendeRow>;
  BoendeTyp: BoendeTyp;
  BoendeVistelse: ResolverTypeWrapper<BoendeVistelseRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  HemsjukvardInsats: ResolverTypeWrapper<HemsjukvardInsats>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  HemsjukvardInsatsTyp: HemsjukvardInsatsTyp;
  HemsjukvardInskrivning: ResolverTypeWrapper<HemsjukvardInskrivningRow>;
  HemtjanstBeslut: ResolverTypeWrapper<HemtjanstBeslutRow>;
  HemtjanstInsatsTyp: HemtjanstInsatsTyp;
  Kommun: ResolverTypeWrapper<KommunRow>;
  Lasning: ResolverTypeWrapper<Lasning>;
  Loggutdrag: ResolverTypeWrapper<LoggutdragRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Naromrade: ResolverTypeWrapper<NaromradeRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Patient: ResolverTypeWrapper<PatientRow>;
  Patientpseudonymer: ResolverTypeWrapper<Scalars['Patientpseudonymer']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Regi: Regi;
  Sjukskoterska: ResolverTypeWrapper<Sjukskoterska>;
  SparrInput: SparrInput;
  SparrPayload: ResolverTypeWrapper<SparrPayload>;
  Utforare: ResolverTypeWrapper<Utforare>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Antal: Antal;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  AtkomstloggConnection: AtkomstloggConnection;
  AtkomstloggEdge: AtkomstloggEdge;
  String: Scalars['String']['output'];
  AtkomstloggFilter: AtkomstloggFilter;
  ID: Scalars['ID']['output'];
  AtkomstloggVerifiering: AtkomstloggVerifiering;
  Atkomstloggpost: Atkomstloggpost;
  Befolkning: Befolkning;
  Boende: BoendeRow;
  BoendeVistelse: BoendeVistelseRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  HemsjukvardInsats: HemsjukvardInsats;
  Float: Scalars['Float']['output'];
  HemsjukvardInskrivning: HemsjukvardInskrivningRow;
  HemtjanstBeslut: HemtjanstBeslutRow;
  Kommun: KommunRow;
  Lasning: Lasning;
  Loggutdrag: LoggutdragRow;
  Mutation: Record<PropertyKey, never>;
  Naromrade: NaromradeRow;
  PageInfo: PageInfo;
  Patient: PatientRow;
  Patientpseudonymer: Scalars['Patientpseudonymer']['output'];
  Query: Record<PropertyKey, never>;
  Sjukskoterska: Sjukskoterska;
  SparrInput: SparrInput;
  SparrPayload: SparrPayload;
  Utforare: Utforare;
}>;

export type AntalResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['Antal'] = ResolversParentTypes['Antal']> = ResolversObject<{
  undertryckt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  varde?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type AtkomstloggConnectionResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['AtkomstloggConnection'] = ResolversParentTypes['AtkomstloggConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AtkomstloggEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AtkomstloggEdgeResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['AtkomstloggEdge'] = ResolversParentTypes['AtkomstloggEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Atkomstloggpost'], ParentType, ContextType>;
}>;

export type AtkomstloggVerifieringResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['AtkomstloggVerifiering'] = ResolversParentTypes['AtkomstloggVerifiering']> = ResolversObject<{
  fel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  forstaFelLopnummer?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kontrolleradeRader?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AtkomstloggpostResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['Atkomstloggpost'] = ResolversParentTypes['Atkomstloggpost']> = ResolversObject<{
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

export type BefolkningResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['Befolkning'] = ResolversParentTypes['Befolkning']> = ResolversObject<{
  alder65Plus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  alder80Plus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ar?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kalla?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalt?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ungefarlig?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type BoendeResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['Boende'] = ResolversParentTypes['Boende'], FederationReferenceType extends FederationReferenceTypes['Boende'] = FederationReferenceTypes['Boende']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Boende']> | FederationReferenceType, FederationReferenceType, ContextType>;
  antalBelagdaPlatser?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  antalPlatser?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invanarnasPseudonymer?: Resolver<Maybe<ResolversTypes['Patientpseudonymer']>, ParentType, ContextType>;
  kommun?: Resolver<ResolversTypes['Kommun'], ParentType, ContextType>;
  namn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  naromrade?: Resolver<Maybe<ResolversTypes['Naromrade']>, ParentType, ContextType>;
  typ?: Resolver<ResolversTypes['BoendeTyp'], ParentType, ContextType>;
}>;

export type BoendeVistelseResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['BoendeVistelse'] = ResolversParentTypes['BoendeVistelse']> = ResolversObject<{
  boende?: Resolver<ResolversTypes['Boende'], ParentType, ContextType>;
  fran?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  till?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type HemsjukvardInsatsResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['HemsjukvardInsats'] = ResolversParentTypes['HemsjukvardInsats']> = ResolversObject<{
  besokPerVecka?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  typ?: Resolver<ResolversTypes['HemsjukvardInsatsTyp'], ParentType, ContextType>;
}>;

export type HemsjukvardInskrivningResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['HemsjukvardInskrivning'] = ResolversParentTypes['HemsjukvardInskrivning']> = ResolversObject<{
  ansvarigSjukskoterska?: Resolver<ResolversTypes['Sjukskoterska'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insatser?: Resolver<Array<ResolversTypes['HemsjukvardInsats']>, ParentType, ContextType>;
  inskrivenFran?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  utskrivenDatum?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type HemtjanstBeslutResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['HemtjanstBeslut'] = ResolversParentTypes['HemtjanstBeslut']> = ResolversObject<{
  beslutsdatum?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  beviljadeTimmarPerManad?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  giltigTill?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insatser?: Resolver<Array<ResolversTypes['HemtjanstInsatsTyp']>, ParentType, ContextType>;
  utforare?: Resolver<ResolversTypes['Utforare'], ParentType, ContextType>;
}>;

export type KommunResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['Kommun'] = ResolversParentTypes['Kommun'], FederationReferenceType extends FederationReferenceTypes['Kommun'] = FederationReferenceTypes['Kommun']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Kommun']> | FederationReferenceType, FederationReferenceType, ContextType>;
  befolkning?: Resolver<ResolversTypes['Befolkning'], ParentType, ContextType>;
  boenden?: Resolver<Array<ResolversTypes['Boende']>, ParentType, ContextType, Partial<KommunBoendenArgs>>;
  kod?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kommunalforbund?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LasningResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['Lasning'] = ResolversParentTypes['Lasning']> = ResolversObject<{
  huvudman?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  informationskategorier?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  organisationHsaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tid?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type LoggutdragResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['Loggutdrag'] = ResolversParentTypes['Loggutdrag'], FederationReferenceType extends FederationReferenceTypes['Loggutdrag'] = FederationReferenceTypes['Loggutdrag']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Loggutdrag']> | FederationReferenceType, FederationReferenceType, ContextType>;
  kommunensLasningar?: Resolver<Maybe<Array<ResolversTypes['Lasning']>>, ParentType, ContextType>;
  patientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  havKommunensSparr?: Resolver<ResolversTypes['SparrPayload'], ParentType, ContextType, RequireFields<MutationHavKommunensSparrArgs, 'input'>>;
  registreraKommunensSparr?: Resolver<ResolversTypes['SparrPayload'], ParentType, ContextType, RequireFields<MutationRegistreraKommunensSparrArgs, 'input'>>;
}>;

export type NaromradeResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['Naromrade'] = ResolversParentTypes['Naromrade'], FederationReferenceType extends FederationReferenceTypes['Naromrade'] = FederationReferenceTypes['Naromrade']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Naromrade']> | FederationReferenceType, FederationReferenceType, ContextType>;
  antalPatienterMedInsatserFranBada?: Resolver<Maybe<ResolversTypes['Antal']>, ParentType, ContextType>;
  antalPatienterMedKommuninsats?: Resolver<Maybe<ResolversTypes['Antal']>, ParentType, ContextType>;
  boenden?: Resolver<Maybe<Array<ResolversTypes['Boende']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  patienterMedInsatserFranBada?: Resolver<Maybe<Array<ResolversTypes['Patient']>>, ParentType, ContextType, RequireFields<NaromradePatienterMedInsatserFranBadaArgs, 'first'>>;
}>;

export type PageInfoResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PatientResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['Patient'] = ResolversParentTypes['Patient'], FederationReferenceType extends FederationReferenceTypes['Patient'] = FederationReferenceTypes['Patient']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Patient']> | FederationReferenceType, FederationReferenceType, ContextType>;
  boende?: Resolver<Maybe<ResolversTypes['BoendeVistelse']>, ParentType, ContextType>;
  harSparradKommuninformation?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  hemsjukvard?: Resolver<Maybe<ResolversTypes['HemsjukvardInskrivning']>, ParentType, ContextType>;
  hemtjanst?: Resolver<Maybe<ResolversTypes['HemtjanstBeslut']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kommun?: Resolver<Maybe<ResolversTypes['Kommun']>, ParentType, ContextType>;
  kommunensLasningar?: Resolver<Maybe<Array<ResolversTypes['Lasning']>>, ParentType, ContextType>;
}>;

export interface PatientpseudonymerScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Patientpseudonymer'], any> {
  name: 'Patientpseudonymer';
}

export type QueryResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  boende?: Resolver<Maybe<ResolversTypes['Boende']>, ParentType, ContextType, RequireFields<QueryBoendeArgs, 'id'>>;
  boenden?: Resolver<Array<ResolversTypes['Boende']>, ParentType, ContextType, RequireFields<QueryBoendenArgs, 'kommunkod'>>;
  kommun?: Resolver<Maybe<ResolversTypes['Kommun']>, ParentType, ContextType, RequireFields<QueryKommunArgs, 'kod'>>;
  kommunensAtkomstlogg?: Resolver<ResolversTypes['AtkomstloggConnection'], ParentType, ContextType, RequireFields<QueryKommunensAtkomstloggArgs, 'first'>>;
  kommunensAtkomstloggVerifiering?: Resolver<ResolversTypes['AtkomstloggVerifiering'], ParentType, ContextType>;
  kommuner?: Resolver<Array<ResolversTypes['Kommun']>, ParentType, ContextType>;
}>;

export type SjukskoterskaResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['Sjukskoterska'] = ResolversParentTypes['Sjukskoterska']> = ResolversObject<{
  hsaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  namn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SparrPayloadResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['SparrPayload'] = ResolversParentTypes['SparrPayload']> = ResolversObject<{
  huvudman?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  patientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sparrad?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type UtforareResolvers<ContextType = KommunContext, ParentType extends ResolversParentTypes['Utforare'] = ResolversParentTypes['Utforare']> = ResolversObject<{
  namn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regi?: Resolver<ResolversTypes['Regi'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = KommunContext> = ResolversObject<{
  Antal?: AntalResolvers<ContextType>;
  AtkomstloggConnection?: AtkomstloggConnectionResolvers<ContextType>;
  AtkomstloggEdge?: AtkomstloggEdgeResolvers<ContextType>;
  AtkomstloggVerifiering?: AtkomstloggVerifieringResolvers<ContextType>;
  Atkomstloggpost?: AtkomstloggpostResolvers<ContextType>;
  Befolkning?: BefolkningResolvers<ContextType>;
  Boende?: BoendeResolvers<ContextType>;
  BoendeVistelse?: BoendeVistelseResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  HemsjukvardInsats?: HemsjukvardInsatsResolvers<ContextType>;
  HemsjukvardInskrivning?: HemsjukvardInskrivningResolvers<ContextType>;
  HemtjanstBeslut?: HemtjanstBeslutResolvers<ContextType>;
  Kommun?: KommunResolvers<ContextType>;
  Lasning?: LasningResolvers<ContextType>;
  Loggutdrag?: LoggutdragResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Naromrade?: NaromradeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Patient?: PatientResolvers<ContextType>;
  Patientpseudonymer?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  Sjukskoterska?: SjukskoterskaResolvers<ContextType>;
  SparrPayload?: SparrPayloadResolvers<ContextType>;
  Utforare?: UtforareResolvers<ContextType>;
}>;

