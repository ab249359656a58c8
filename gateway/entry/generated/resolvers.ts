import type { GraphQLResolveInfo } from 'graphql';
import type { PatientRow, LoggutdragRow } from '../rows.js';
import type { EntryContext } from '../context.js';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** A patient's log extract (loggutdrag): each huvudman contributes the reads in its own access log, and judges who may see them. It holds no link to the patient's record. */
export type Loggutdrag = {
  __typename?: 'Loggutdrag';
  /** Personnummer or samordningsnummer of the patient whose data was read, 12 digits (YYYYMMDDNNNC). */
  patientId: Scalars['ID']['output'];
};

/** A patient (person): each huvudman contributes its own part of the picture. */
export type Patient = {
  __typename?: 'Patient';
  /** Provided by the kommun subgraph; used only to compute sparradInformationFinns. */
  harSparradKommuninformation?: Maybe<Scalars['Boolean']['output']>;
  /** Provided by the region; used only to compute sparradInformationFinns. */
  harSparradRegioninformation?: Maybe<Scalars['Boolean']['output']>;
  /** Personnummer or samordningsnummer, 12 digits (YYYYMMDDNNNC). */
  id: Scalars['ID']['output'];
  /** True when some huvudman holds information about the patient that a spärr hides from you. What it is is not shown; nödåtkomst opens it. */
  sparradInformationFinns?: Maybe<Scalars['Boolean']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** A patient's log extract (loggutdrag): which units read the patient's data, and when, at each huvudman. For `granskare`, who see the reads of their own huvudman's data, and system clients with the scope `loggutdrag:read`, who see all; anyone else gets FORBIDDEN. `patientId` is a personnummer or samordningsnummer of 12 digits, validated like `patient(id:)`. It gives no access to the patient's record. */
  loggutdrag?: Maybe<Loggutdrag>;
  /** The shared picture of one patient across the region, the kommun and the shared layer. `id` is a personnummer or samordningsnummer of 12 digits; it is validated (date and check digit) before any huvudman is asked. Each huvudman's part is null, with an error naming it, when that huvudman's service is unavailable. */
  patient?: Maybe<Patient>;
};


export type QueryLoggutdragArgs = {
  patientId: Scalars['ID']['input'];
};


export type QueryPatientArgs = {
  id: Scalars['ID']['input'];
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
  Loggutdrag: Loggutdrag;
  Patient: Patient;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Loggutdrag:
    ( { __typename: 'Loggutdrag' }
    & GraphQLRecursivePick<FederationTypes['Loggutdrag'], {"patientId":true}> );
  Patient:
    ( { __typename: 'Patient' }
    & GraphQLRecursivePick<FederationTypes['Patient'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Patient'], {"harSparradRegioninformation":true,"harSparradKommuninformation":true}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Loggutdrag: ResolverTypeWrapper<LoggutdragRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Patient: ResolverTypeWrapper<PatientRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Loggutdrag: LoggutdragRow;
  ID: Scalars['ID']['output'];
  Patient: PatientRow;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
}>;

export type LoggutdragResolvers<ContextType = EntryContext, ParentType extends ResolversParentTypes['Loggutdrag'] = ResolversParentTypes['Loggutdrag'], FederationReferenceType extends FederationReferenceTypes['Loggutdrag'] = FederationReferenceTypes['Loggutdrag']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Loggutdrag']> | FederationReferenceType, FederationReferenceType, ContextType>;
  patientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PatientResolvers<ContextType = EntryContext, ParentType extends ResolversParentTypes['Patient'] = ResolversParentTypes['Patient'], FederationReferenceType extends FederationReferenceTypes['Patient'] = FederationReferenceTypes['Patient']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Patient']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sparradInformationFinns?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = EntryContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  loggutdrag?: Resolver<Maybe<ResolversTypes['Loggutdrag']>, ParentType, ContextType, RequireFields<QueryLoggutdragArgs, 'patientId'>>;
  patient?: Resolver<Maybe<ResolversTypes['Patient']>, ParentType, ContextType, RequireFields<QueryPatientArgs, 'id'>>;
}>;

export type Resolvers<ContextType = EntryContext> = ResolversObject<{
  Loggutdrag?: LoggutdragResolvers<ContextType>;
  Patient?: PatientResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

