import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { BoendeRow, VardcentralRow, LakareRow, NarsjukvardsteamRow, KommunRow, NaromradeRow, PatientRow, LoggutdragRow, ListningRow, FastLakarkontaktRow, NarsjukvardsteamEpisodRow } from '../rows.js';
import type { VgrContext } from '../context.js';
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

/** Boende: a kommunal residence (owned by the kommun subgraph). The region adds where the people living there are listed. */
export type Boende = {
  __typename?: 'Boende';
  /** From samverkan: the vårdcentral the närområdesplan in force makes responsible. */
  ansvarigVardcentralHsaId?: Maybe<Scalars['ID']['output']>;
  /** People living here today who are not listed at the vårdcentral the närområdesplan makes responsible for the boende: listed at another vårdcentral (free choice of vårdcentral), or not listed in the region. What a NOSAM group weighs when it plans läkarmedverkan and rounds. Matched by pseudonym, never personnummer; a protected count (withheld from 1 to the threshold) for every role. Null when the plan names no responsible vårdcentral (a gap) or the kommun's or samverkan's service is unavailable. */
  antalInvanareListadeAnnanstans?: Maybe<Antal>;
  /** Id of the boende. */
  id: Scalars['ID']['output'];
  /** From the kommun: pseudonyms of the people living here today. */
  invanarnasPseudonymer?: Maybe<Scalars['Patientpseudonymer']['output']>;
};

/** Who runs a vårdcentral under Vårdval Vårdcentral. */
export type Driftsform =
  /** Run by a private provider on the region's contract. */
  | 'PRIVAT'
  /** Run by the region itself (Närhälsan). */
  | 'REGION';

/** Fast läkarkontakt: a named doctor responsible for the patient's continuity of care. */
export type FastLakarkontakt = {
  __typename?: 'FastLakarkontakt';
  /** Since when. */
  fran: Scalars['Date']['output'];
  /** The doctor. */
  lakare: Lakare;
};

/** Kommun as seen by the region: the region's units in it. The kommun subgraph owns the kommun itself. */
export type Kommun = {
  __typename?: 'Kommun';
  /** Kommunkod (SCB), four digits. */
  kod: Scalars['ID']['output'];
  /** The närsjukvårdsteam that serve the kommun (null if the region's service is unavailable). */
  narsjukvardsteam?: Maybe<Array<Narsjukvardsteam>>;
  /** The region's vårdcentraler in the kommun (null if the region's service is unavailable). */
  vardcentraler?: Maybe<Array<Vardcentral>>;
};

/** Läkare: a doctor of the region. Doctors serve municipal patients too (läkarmedverkan), since the kommuner employ no doctors. */
export type Lakare = {
  __typename?: 'Lakare';
  /** HSA-id of the person, e.g. `SE2321000131-P000000000001`. */
  hsaId: Scalars['ID']['output'];
  /** Name (synthetic in seeded data). */
  namn: Scalars['String']['output'];
  /** The vårdcentral where the läkare works. */
  vardcentral: Vardcentral;
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

/** Listning: the patient's registration at a vårdcentral. */
export type Listning = {
  __typename?: 'Listning';
  /** Date of listing. */
  listadSedan: Scalars['Date']['output'];
  /** The vårdcentral the patient is listed at. */
  vardcentral: Vardcentral;
};

/** A patient's log extract (loggutdrag), keyed by the patient's personnummer or samordningsnummer: the region contributes the reads in its access log. */
export type Loggutdrag = {
  __typename?: 'Loggutdrag';
  /** Personnummer or samordningsnummer of the patient whose data was read, 12 digits (YYYYMMDDNNNC). */
  patientId: Scalars['ID']['output'];
  /** The reads of the patient's data at the region (regionens läsningar), newest first. For the region's `granskare` and system clients with `loggutdrag:read`; anyone else gets null with FORBIDDEN. */
  regionensLasningar?: Maybe<Array<Lasning>>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Lifts the patient's spärr at the region. For `vardpersonal` of the region. Idempotent. */
  havRegionensSparr: SparrPayload;
  /** Registers the patient's spärr at the region: the region's data is then hidden from other huvudmän's users, even with samtycke (nödåtkomst still opens it). For `vardpersonal` of the region. Idempotent. */
  registreraRegionensSparr: SparrPayload;
};


export type MutationHavRegionensSparrArgs = {
  input: SparrInput;
};


export type MutationRegistreraRegionensSparrArgs = {
  input: SparrInput;
};

/** Närområde as seen by the region: the vårdcentraler sharing närområdesansvar, and the region's patients there. */
export type Naromrade = {
  __typename?: 'Naromrade';
  /** Patients listed at the närområde's vårdcentraler who have a region insats: a fast läkarkontakt, an ongoing närsjukvårdsteam episode, or a visit at the vårdcentral within the last year. Counted at most a minute ago (the same for every reader). */
  antalPatienterMedRegioninsats?: Maybe<Antal>;
  /** Id of the närområde, e.g. `1480-angered`. */
  id: Scalars['ID']['output'];
  /** Pseudonyms (keyed hash) of the patients counted in antalPatienterMedRegioninsats, in string order, so the kommun can count shared patients without receiving personnummer. Internal to the federation. */
  regionensPatientpseudonymer?: Maybe<Scalars['Patientpseudonymer']['output']>;
  /** The vårdcentraler that share närområdesansvar in the närområde (null if the region's service is unavailable). */
  vardcentraler?: Maybe<Array<Vardcentral>>;
};

/** Närsjukvårdsteam: a mobile team of a hospital that treats patients at home or on a boende, together with the kommun's hemsjukvård. */
export type Narsjukvardsteam = {
  __typename?: 'Narsjukvardsteam';
  /** Stable id, e.g. `nst-angered`. */
  id: Scalars['ID']['output'];
  /** The kommuner the team serves (null if the kommun's service is unavailable and a field of it was asked for). */
  kommuner?: Maybe<Array<Kommun>>;
  /** Name of the team. */
  namn: Scalars['String']['output'];
  /** The hospital (sjukhus) that runs the team. */
  sjukhus: Scalars['String']['output'];
  /** Närsjukvårdsteam or palliativt team. */
  typ: NarsjukvardsteamTyp;
};

/** An episode of care by a närsjukvårdsteam or palliativt team. */
export type NarsjukvardsteamEpisod = {
  __typename?: 'NarsjukvardsteamEpisod';
  /** Id of the episode. */
  id: Scalars['ID']['output'];
  /** Why the team was engaged. */
  orsak: Scalars['String']['output'];
  /** True while the episode has no end date. */
  pagaende: Scalars['Boolean']['output'];
  /** Last day; null while ongoing. */
  slutdatum?: Maybe<Scalars['Date']['output']>;
  /** First day of the episode. */
  startdatum: Scalars['Date']['output'];
  /** The team. */
  team: Narsjukvardsteam;
};

/** Kinds of mobile team in mobil närvård. */
export type NarsjukvardsteamTyp =
  /** Närsjukvårdsteam run by a hospital, for patients who would otherwise be admitted. */
  | 'NARSJUKVARDSTEAM'
  /** Palliativt team for palliative care at home. */
  | 'PALLIATIVT_TEAM';

/** Paging state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on the page; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A patient (person) as seen by the region. `id` is the personnummer or samordningsnummer, 12 digits. */
export type Patient = {
  __typename?: 'Patient';
  /** The patient's fast läkarkontakt (named regular doctor), if any. */
  fastLakarkontakt?: Maybe<FastLakarkontakt>;
  /** True when the patient has a spärr at the region that hides its data from this reader. Internal to the federation; clients read Patient.sparradInformationFinns. */
  harSparradRegioninformation?: Maybe<Scalars['Boolean']['output']>;
  /** Personnummer or samordningsnummer, 12 digits (YYYYMMDDNNNC). */
  id: Scalars['ID']['output'];
  /** The patient's listning (registration) at a vårdcentral; null if not listed or the region is unavailable. */
  listning?: Maybe<Listning>;
  /** Episodes with a närsjukvårdsteam or palliativt team, newest first. */
  narsjukvardsteamEpisoder?: Maybe<Array<NarsjukvardsteamEpisod>>;
  /**
   * The patient's log extract at the region: which units read the patient's data and when. For a system client with `loggutdrag:read` (and `patient:read` to open the patient); a granskare reads it through Query.loggutdrag.
   * @deprecated Use Query.loggutdrag
   */
  regionensLasningar?: Maybe<Array<Lasning>>;
};

export type Query = {
  __typename?: 'Query';
  /** A läkare (doctor) employed by the region, by HSA-id; null when unknown. */
  lakare?: Maybe<Lakare>;
  /** All närsjukvårdsteam and palliativa team run by the region's hospitals (mobil närvård). */
  narsjukvardsteam: Array<Narsjukvardsteam>;
  /** The region's access log: reads and writes of the region's patient data. For `granskare` of the region (or a system client with `atkomstlogg:read`). */
  regionensAtkomstlogg: AtkomstloggConnection;
  /** Checks the hash chain of the region's access log. For `granskare` of the region, or the region's system client with `atkomstlogg:read`. */
  regionensAtkomstloggVerifiering: AtkomstloggVerifiering;
  /** A vårdcentral (primary care centre) by its HSA-id; null when the region has none with that id. */
  vardcentral?: Maybe<Vardcentral>;
  /** The vårdcentraler in one kommun, by kommunkod (1401–1499), ordered by name. */
  vardcentraler: Array<Vardcentral>;
};


export type QueryLakareArgs = {
  hsaId: Scalars['ID']['input'];
};


export type QueryRegionensAtkomstloggArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AtkomstloggFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVardcentralArgs = {
  hsaId: Scalars['ID']['input'];
};


export type QueryVardcentralerArgs = {
  kommunkod: Scalars['ID']['input'];
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

/** Vårdcentral: a primary care centre of the region. Its läkare provide läkarmedverkan to the kommun's boenden and hemsjukvård in its närområde. */
export type Vardcentral = {
  __typename?: 'Vardcentral';
  /** Everyone listed (listade) at the vårdcentral, from the region's monthly listing statistics (listningsstatistik); null until reported. The synthetic demo data estimates it from the närområde's population. */
  antalListade?: Maybe<Scalars['Int']['output']>;
  /** Number of the patients Samsyn holds (those with a kommun insats or a region insats it serves) who are listed at the vårdcentral. Counted at most a minute ago (the same for every reader). For the size of the whole list see `antalListade`. */
  antalListadePatienter: Scalars['Int']['output'];
  /** Whether the region (Närhälsan) or a private provider runs it. */
  driftsform: Driftsform;
  /** HSA-id of the unit, e.g. `SE2321000131-E000000000001`. */
  hsaId: Scalars['ID']['output'];
  /** The kommun the vårdcentral lies in (from the kommun subgraph; null if it is unavailable). */
  kommun?: Maybe<Kommun>;
  /** The läkare (doctors) working at the vårdcentral. */
  lakare: Array<Lakare>;
  /** Name of the vårdcentral. */
  namn: Scalars['String']['output'];
  /** The närområde whose shared närområdesansvar the vårdcentral takes part in. */
  naromrade?: Maybe<Naromrade>;
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
  Lakare: Lakare;
  Loggutdrag: Loggutdrag;
  Naromrade: Naromrade;
  Narsjukvardsteam: Narsjukvardsteam;
  Patient: Patient;
  Vardcentral: Vardcentral;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Boende:
    ( { __typename: 'Boende' }
    & GraphQLRecursivePick<FederationTypes['Boende'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Boende'], {"invanarnasPseudonymer":true,"ansvarigVardcentralHsaId":true}> ) );
  Kommun:
    ( { __typename: 'Kommun' }
    & GraphQLRecursivePick<FederationTypes['Kommun'], {"kod":true}> );
  Lakare:
    ( { __typename: 'Lakare' }
    & GraphQLRecursivePick<FederationTypes['Lakare'], {"hsaId":true}> );
  Loggutdrag:
    ( { __typename: 'Loggutdrag' }
    & GraphQLRecursivePick<FederationTypes['Loggutdrag'], {"patientId":true}> );
  Naromrade:
    ( { __typename: 'Naromrade' }
    & GraphQLRecursivePick<FederationTypes['Naromrade'], {"id":true}> );
  Narsjukvardsteam:
    ( { __typename: 'Narsjukvardsteam' }
    & GraphQLRecursivePick<FederationTypes['Narsjukvardsteam'], {"id":true}> );
  Patient:
    ( { __typename: 'Patient' }
    & GraphQLRecursivePick<FederationTypes['Patient'], {"id":true}> );
  Vardcentral:
    ( { __typename: 'Vardcentral' }
    & GraphQLRecursivePick<FederationTypes['Vardcentral'], {"hsaId":true}> );
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
  Boende: ResolverTypeWrapper<BoendeRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Driftsform: Driftsform;
  FastLakarkontakt: ResolverTypeWrapper<FastLakarkontaktRow>;
  Kommun: ResolverTypeWrapper<KommunRow>;
  Lakare: ResolverTypeWrapper<LakareRow>;
  Lasning: ResolverTypeWrapper<Lasning>;
  Listning: ResolverTypeWrapper<ListningRow>;
  Loggutdrag: ResolverTypeWrapper<LoggutdragRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Naromrade: ResolverTypeWrapper<NaromradeRow>;
  Narsjukvardsteam: ResolverTypeWrapper<NarsjukvardsteamRow>;
  NarsjukvardsteamEpisod: ResolverTypeWrapper<NarsjukvardsteamEpisodRow>;
  NarsjukvardsteamTyp: NarsjukvardsteamTyp;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Patient: ResolverTypeWrapper<PatientRow>;
  Patientpseudonymer: ResolverTypeWrapper<Scalars['Patientpseudonymer']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SparrInput: SparrInput;
  SparrPayload: ResolverTypeWrapper<SparrPayload>;
  Vardcentral: ResolverTypeWrapper<VardcentralRow>;
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
  Boende: BoendeRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  FastLakarkontakt: FastLakarkontaktRow;
  Kommun: KommunRow;
  Lakare: LakareRow;
  Lasning: Lasning;
  Listning: ListningRow;
  Loggutdrag: LoggutdragRow;
  Mutation: Record<PropertyKey, never>;
  Naromrade: NaromradeRow;
  Narsjukvardsteam: NarsjukvardsteamRow;
  NarsjukvardsteamEpisod: NarsjukvardsteamEpisodRow;
  PageInfo: PageInfo;
  Patient: PatientRow;
  Patientpseudonymer: Scalars['Patientpseudonymer']['output'];
  Query: Record<PropertyKey, never>;
  SparrInput: SparrInput;
  SparrPayload: SparrPayload;
  Vardcentral: VardcentralRow;
}>;

export type AntalResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['Antal'] = ResolversParentTypes['Antal']> = ResolversObject<{
  undertryckt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  varde?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type AtkomstloggConnectionResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['AtkomstloggConnection'] = ResolversParentTypes['AtkomstloggConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AtkomstloggEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AtkomstloggEdgeResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['AtkomstloggEdge'] = ResolversParentTypes['AtkomstloggEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Atkomstloggpost'], ParentType, ContextType>;
}>;

export type AtkomstloggVerifieringResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['AtkomstloggVerifiering'] = ResolversParentTypes['AtkomstloggVerifiering']> = ResolversObject<{
  fel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  forstaFelLopnummer?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kontrolleradeRader?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AtkomstloggpostResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['Atkomstloggpost'] = ResolversParentTypes['Atkomstloggpost']> = ResolversObject<{
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

export type BoendeResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['Boende'] = ResolversParentTypes['Boende'], FederationReferenceType extends FederationReferenceTypes['Boende'] = FederationReferenceTypes['Boende']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Boende']> | FederationReferenceType, FederationReferenceType, ContextType>;
  antalInvanareListadeAnnanstans?: Resolver<Maybe<ResolversTypes['Antal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FastLakarkontaktResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['FastLakarkontakt'] = ResolversParentTypes['FastLakarkontakt']> = ResolversObject<{
  fran?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  lakare?: Resolver<ResolversTypes['Lakare'], ParentType, ContextType>;
}>;

export type KommunResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['Kommun'] = ResolversParentTypes['Kommun'], FederationReferenceType extends FederationReferenceTypes['Kommun'] = FederationReferenceTypes['Kommun']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Kommun']> | FederationReferenceType, FederationReferenceType, ContextType>;
  kod?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  narsjukvardsteam?: Resolver<Maybe<Array<ResolversTypes['Narsjukvardsteam']>>, ParentType, ContextType>;
  vardcentraler?: Resolver<Maybe<Array<ResolversTypes['Vardcentral']>>, ParentType, ContextType>;
}>;

export type LakareResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['Lakare'] = ResolversParentTypes['Lakare'], FederationReferenceType extends FederationReferenceTypes['Lakare'] = FederationReferenceTypes['Lakare']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Lakare']> | FederationReferenceType, FederationReferenceType, ContextType>;
  hsaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  namn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vardcentral?: Resolver<ResolversTypes['Vardcentral'], ParentType, ContextType>;
}>;

export type LasningResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['Lasning'] = ResolversParentTypes['Lasning']> = ResolversObject<{
  huvudman?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  informationskategorier?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  organisationHsaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tid?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ListningResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['Listning'] = ResolversParentTypes['Listning']> = ResolversObject<{
  listadSedan?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  vardcentral?: Resolver<ResolversTypes['Vardcentral'], ParentType, ContextType>;
}>;

export type LoggutdragResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['Loggutdrag'] = ResolversParentTypes['Loggutdrag'], FederationReferenceType extends FederationReferenceTypes['Loggutdrag'] = FederationReferenceTypes['Loggutdrag']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Loggutdrag']> | FederationReferenceType, FederationReferenceType, ContextType>;
  patientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  regionensLasningar?: Resolver<Maybe<Array<ResolversTypes['Lasning']>>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  havRegionensSparr?: Resolver<ResolversTypes['SparrPayload'], ParentType, ContextType, RequireFields<MutationHavRegionensSparrArgs, 'input'>>;
  registreraRegionensSparr?: Resolver<ResolversTypes['SparrPayload'], ParentType, ContextType, RequireFields<MutationRegistreraRegionensSparrArgs, 'input'>>;
}>;

export type NaromradeResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['Naromrade'] = ResolversParentTypes['Naromrade'], FederationReferenceType extends FederationReferenceTypes['Naromrade'] = FederationReferenceTypes['Naromrade']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Naromrade']> | FederationReferenceType, FederationReferenceType, ContextType>;
  antalPatienterMedRegioninsats?: Resolver<Maybe<ResolversTypes['Antal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  regionensPatientpseudonymer?: Resolver<Maybe<ResolversTypes['Patientpseudonymer']>, ParentType, ContextType>;
  vardcentraler?: Resolver<Maybe<Array<ResolversTypes['Vardcentral']>>, ParentType, ContextType>;
}>;

export type NarsjukvardsteamResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['Narsjukvardsteam'] = ResolversParentTypes['Narsjukvardsteam'], FederationReferenceType extends FederationReferenceTypes['Narsjukvardsteam'] = FederationReferenceTypes['Narsjukvardsteam']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Narsjukvardsteam']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kommuner?: Resolver<Maybe<Array<ResolversTypes['Kommun']>>, ParentType, ContextType>;
  namn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sjukhus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  typ?: Resolver<ResolversTypes['NarsjukvardsteamTyp'], ParentType, ContextType>;
}>;

export type NarsjukvardsteamEpisodResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['NarsjukvardsteamEpisod'] = ResolversParentTypes['NarsjukvardsteamEpisod']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orsak?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pagaende?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slutdatum?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  startdatum?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['Narsjukvardsteam'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PatientResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['Patient'] = ResolversParentTypes['Patient'], FederationReferenceType extends FederationReferenceTypes['Patient'] = FederationReferenceTypes['Patient']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Patient']> | FederationReferenceType, FederationReferenceType, ContextType>;
  fastLakarkontakt?: Resolver<Maybe<ResolversTypes['FastLakarkontakt']>, ParentType, ContextType>;
  harSparradRegioninformation?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listning?: Resolver<Maybe<ResolversTypes['Listning']>, ParentType, ContextType>;
  narsjukvardsteamEpisoder?: Resolver<Maybe<Array<ResolversTypes['NarsjukvardsteamEpisod']>>, ParentType, ContextType>;
  regionensLasningar?: Resolver<Maybe<Array<ResolversTypes['Lasning']>>, ParentType, ContextType>;
}>;

export interface PatientpseudonymerScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Patientpseudonymer'], any> {
  name: 'Patientpseudonymer';
}

export type QueryResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  lakare?: Resolver<Maybe<ResolversTypes['Lakare']>, ParentType, ContextType, RequireFields<QueryLakareArgs, 'hsaId'>>;
  narsjukvardsteam?: Resolver<Array<ResolversTypes['Narsjukvardsteam']>, ParentType, ContextType>;
  regionensAtkomstlogg?: Resolver<ResolversTypes['AtkomstloggConnection'], ParentType, ContextType, RequireFields<QueryRegionensAtkomstloggArgs, 'first'>>;
  regionensAtkomstloggVerifiering?: Resolver<ResolversTypes['AtkomstloggVerifiering'], ParentType, ContextType>;
  vardcentral?: Resolver<Maybe<ResolversTypes['Vardcentral']>, ParentType, ContextType, RequireFields<QueryVardcentralArgs, 'hsaId'>>;
  vardcentraler?: Resolver<Array<ResolversTypes['Vardcentral']>, ParentType, ContextType, RequireFields<QueryVardcentralerArgs, 'kommunkod'>>;
}>;

export type SparrPayloadResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['SparrPayload'] = ResolversParentTypes['SparrPayload']> = ResolversObject<{
  huvudman?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  patientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sparrad?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type VardcentralResolvers<ContextType = VgrContext, ParentType extends ResolversParentTypes['Vardcentral'] = ResolversParentTypes['Vardcentral'], FederationReferenceType extends FederationReferenceTypes['Vardcentral'] = FederationReferenceTypes['Vardcentral']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Vardcentral']> | FederationReferenceType, FederationReferenceType, ContextType>;
  antalListade?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  antalListadePatienter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  driftsform?: Resolver<ResolversTypes['Driftsform'], ParentType, ContextType>;
  hsaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kommun?: Resolver<Maybe<ResolversTypes['Kommun']>, ParentType, ContextType>;
  lakare?: Resolver<Array<ResolversTypes['Lakare']>, ParentType, ContextType>;
  namn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  naromrade?: Resolver<Maybe<ResolversTypes['Naromrade']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = VgrContext> = ResolversObject<{
  Antal?: AntalResolvers<ContextType>;
  AtkomstloggConnection?: AtkomstloggConnectionResolvers<ContextType>;
  AtkomstloggEdge?: AtkomstloggEdgeResolvers<ContextType>;
  AtkomstloggVerifiering?: AtkomstloggVerifieringResolvers<ContextType>;
  Atkomstloggpost?: AtkomstloggpostResolvers<ContextType>;
  Boende?: BoendeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  FastLakarkontakt?: FastLakarkontaktResolvers<ContextType>;
  Kommun?: KommunResolvers<ContextType>;
  Lakare?: LakareResolvers<ContextType>;
  Lasning?: LasningResolvers<ContextType>;
  Listning?: ListningResolvers<ContextType>;
  Loggutdrag?: LoggutdragResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Naromrade?: NaromradeResolvers<ContextType>;
  Narsjukvardsteam?: NarsjukvardsteamResolvers<ContextType>;
  NarsjukvardsteamEpisod?: NarsjukvardsteamEpisodResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Patient?: PatientResolvers<ContextType>;
  Patientpseudonymer?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  SparrPayload?: SparrPayloadResolvers<ContextType>;
  Vardcentral?: VardcentralResolvers<ContextType>;
}>;

