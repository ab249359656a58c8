// A query that one subgraph answers in one fetch, selecting exactly what the client selected, needs no work from
// the gateway: its answer is the subgraph's answer. @apollo/gateway still parses it, copies it value by value into
// the client's shape and serializes the copy: for a 6,000-cell analysis that was most of the gateway's time and,
// with many in flight, most of its memory. Here such an answer is handed on as the subgraph's text, and a clean
// one is not even parsed: the executor merges a stand-in object per root field. This module is the one place
// that wraps @apollo/gateway's `executeQueryPlan` and `computeResponse` for it.
//
// Three guards, each of which alone falls back to the ordinary path:
//   1. the plan and operation (checked once per plan): one root fetch of a query, nothing required or rewritten,
//      and the fetch selects the same response names in the same nesting and order as the client, only fields
//      of object, scalar or fully accessible enum types (no fragments, directives, __typename, aliases renamed);
//   2. the answer: the subgraph's body was exactly `{"data": {...}}`, no errors, no extensions;
//   3. the result: the shaper was handed the merged root whose fields are the subgraph's own values, unchanged.
import { createRequire } from 'node:module';
import type { Schema } from '@apollo/federation-internals';
import type { FetchNode, QueryPlan } from '@apollo/query-planner';
import type { Logger } from '../../platform/logging/logger.js';
import { optimisationOn } from '../../platform/optimisations/optimisations.js';
import { isCheckedGatewayVersion } from './checkedGatewayVersion.js';
import type { ResultShapingModule } from './compiledResponseShaper.js';
import { isPlainDataAnswer } from './plainDataAnswer.js';
import {
  Kind,
  parse,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** What the gateway's query-plan executor knows of the client's operation. */
export interface PassThroughOperationContext {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
}

/** The subgraph's answer to the one fetch of a request that may pass through. */
interface SubgraphAnswer {
  data: Record<string, unknown>;
  bytes: Uint8Array;
}

interface PassThroughState {
  /** The response names of the client's (and the fetch's) root fields. */
  rootNames: readonly string[];
  fetches: number;
  answer: SubgraphAnswer | undefined;
  /** The root the shaper was handed unchanged for this answer. */
  passedRoot: object | undefined;
}

const require = createRequire(import.meta.url);
// The gateway's schemas are built by the CommonJS copy of graphql; type tests need that copy (vitest may give
// this module the ESM one).
const { getNamedType, isEnumType, isObjectType, isScalarType } = require('graphql') as typeof import('graphql');

// The state of a request that may pass through is found by its context object, which the executor hands to the
// data source, and then by its answer's first stand-in, which the shaper is handed inside the merged root.
// (An AsyncLocalStorage would be simpler, but once used, Node 20 runs its promise hooks on every promise of the
// process, on every request, whether it may pass through or not.)
const statesByContext = new WeakMap<object, PassThroughState>();
const statesByAnswerValue = new WeakMap<object, PassThroughState>();

/**
 * A clean answer is not parsed (see `unparsedAnswer`): the executor gets a stand-in object per root field.
 * Should the answer not pass after all, the shaper gets the parsed values in their place (`withParsedValues`).
 */
const standIns = new WeakMap<object, { bytes: Uint8Array; name: string }>();

/** Answers whose subgraph bytes are the client's answer, by their `data` object (see `passThroughText`). */
const answerBytes = new WeakMap<object, Uint8Array>();
let passedThrough = 0;

/** How many answers this process has handed on as their subgraph's text. */
export function passedThroughCount(): number {
  return passedThrough;
}

/**
 * Whether the plan's one fetch asks the subgraph for exactly the client's selection, so that the subgraph's
 * clean answer is the client's answer (guard 1). Enum values hidden from clients (@inaccessible) would need
 * the gateway's check, so an enum counts only when the API schema has all of the supergraph's values.
 */
export function canPassThrough(queryPlan: QueryPlan, operationContext: PassThroughOperationContext, accessibleEnum: (name: string) => boolean): boolean {
  const fetch = queryPlan.node;
  if (fetch?.kind !== 'Fetch' || !isPlainQueryFetch(fetch)) return false;
  if (operationContext.operation.operation !== 'query') return false;
  const queryType = operationContext.schema.getQueryType();
  if (!queryType) return false;
  const clientShape = selectionShape(operationContext.operation.selectionSet, queryType, accessibleEnum);
  if (clientShape === null) return false;
  let fetchOperation: OperationDefinitionNode | undefined;
  try {
    const document = parse(fetch.operation, { noLocation: true });
    if (document.definitions.length !== 1 || document.definitions[0]?.kind !== Kind.OPERATION_DEFINITION) return false;
    fetchOperation = document.definitions[0];
  } catch {
    return false;
  }
  return fetchOperation.operation === 'query' && selectionShape(fetchOperation.selectionSet, undefined, accessibleEnum) === clientShape;
}

function isPlainQueryFetch(fetch: FetchNode): boolean {
  return (
    fetch.operationKind === 'query' &&
    !fetch.hasDefers &&
    (fetch.requires?.length ?? 0) === 0 &&
    (fetch.inputRewrites?.length ?? 0) === 0 &&
    (fetch.outputRewrites?.length ?? 0) === 0 &&
    (fetch.contextRewrites?.length ?? 0) === 0
  );
}

/**
 * Response names and nesting of a selection of plain fields; null for anything else. With a `type` (the client's
 * side) every field must also be of an object, scalar or accessible enum type; the subgraph operation's types
 * the gateway does not hold, and its shape only has to match.
 */
function selectionShape(selectionSet: SelectionSetNode, type: GraphQLObjectType | undefined, accessibleEnum: (name: string) => boolean): string | null {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || (selection.directives?.length ?? 0) > 0) return null;
    const name = selection.name.value;
    const responseName = selection.alias?.value ?? name;
    if (name.startsWith('__') || seen.has(responseName)) return null;
    seen.add(responseName);
    let innerType: GraphQLObjectType | undefined;
    if (type) {
      const field = type.getFields()[name];
      if (!field) return null;
      const named = getNamedType(field.type);
      if (isObjectType(named)) innerType = named;
      else if (!isScalarType(named) && !(isEnumType(named) && accessibleEnum(named.name))) return null;
      if (Boolean(innerType) !== Boolean(selection.selectionSet)) return null;
    }
    if (selection.selectionSet) {
      const inner = selectionShape(selection.selectionSet, innerType, accessibleEnum);
      if (inner === null) return null;
      parts.push(`${responseName}{${inner}}`);
    } else {
      parts.push(responseName);
    }
  }
  return parts.join(',');
}

/** The enum types whose every supergraph value clients may see. */
export function accessibleEnums(supergraphSchema: GraphQLSchema, apiSchema: GraphQLSchema): (name: string) => boolean {
  const known = new Map<string, boolean>();
  return (name) => {
    let accessible = known.get(name);
    if (accessible === undefined) {
      const apiType = apiSchema.getType(name);
      const supergraphType = supergraphSchema.getType(name);
      accessible = isEnumType(apiType) && isEnumType(supergraphType) && apiType.getValues().length === supergraphType.getValues().length;
      known.set(name, accessible);
    }
    return accessible;
  };
}

type ExecuteQueryPlan = (
  queryPlan: QueryPlan,
  serviceMap: unknown,
  requestContext: unknown,
  operationContext: PassThroughOperationContext,
  supergraphSchema: GraphQLSchema,
  apiSchema: Schema,
  ...rest: unknown[]
) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly unknown[]; extensions?: Record<string, unknown> }>;

/** `execute` (the gateway's executeQueryPlan) marking the answers that may pass through. */
export function passingThrough(execute: ExecuteQueryPlan): ExecuteQueryPlan {
  /** The root response names of a plan that may pass through, null for one that may not. */
  const eligibleByPlan = new WeakMap<QueryPlan, readonly string[] | null>();
  const enumsBySchema = new WeakMap<GraphQLSchema, (name: string) => boolean>();
  return async (queryPlan, serviceMap, requestContext, operationContext, supergraphSchema, apiSchema, ...rest) => {
    let eligible = eligibleByPlan.get(queryPlan);
    if (eligible === undefined) {
      let accessibleEnum = enumsBySchema.get(supergraphSchema);
      if (!accessibleEnum) {
        accessibleEnum = accessibleEnums(supergraphSchema, operationContext.schema);
        enumsBySchema.set(supergraphSchema, accessibleEnum);
      }
      eligible = canPassThrough(queryPlan, operationContext, accessibleEnum)
        ? operationContext.operation.selectionSet.selections.map((selection) => (selection.kind === Kind.FIELD ? (selection.alias ?? selection.name).value : ''))
        : null;
      eligibleByPlan.set(queryPlan, eligible);
    }
    const { context, requestIsBatched } = requestContext as { context?: unknown; requestIsBatched?: boolean };
    // The operations of a batch share one context object, by which the state is found: none of them passes.
    if (!eligible || requestIsBatched || typeof context !== 'object' || context === null) return execute(queryPlan, serviceMap, requestContext, operationContext, supergraphSchema, apiSchema, ...rest);
    const state: PassThroughState = { rootNames: eligible, fetches: 0, answer: undefined, passedRoot: undefined };
    statesByContext.set(context, state);
    let result: Awaited<ReturnType<ExecuteQueryPlan>>;
    try {
      result = await execute(queryPlan, serviceMap, requestContext, operationContext, supergraphSchema, apiSchema, ...rest);
    } finally {
      statesByContext.delete(context);
    }
    if (state.answer && state.passedRoot !== undefined && result.data === state.passedRoot && result.errors === undefined && result.extensions === undefined) {
      answerBytes.set(result.data, state.answer.bytes);
      passedThrough += 1;
    }
    return result;
  };
}

/**
 * Called by the data source to parse the body of every successful subgraph response (guard 2). For the one fetch
 * of a request that may pass through, a body that is exactly `{"data": {...}}` is not parsed: the data is a
 * stand-in object per root field, and the body is remembered as the answer. Anything else is parsed as usual,
 * and a second fetch in the same request disqualifies it. Undefined when the request may not pass through.
 */
export async function unparsedAnswer(response: SubgraphResponse, context: object | undefined): Promise<object | undefined> {
  const state = context ? statesByContext.get(context) : undefined;
  if (!state) return undefined;
  state.fetches += 1;
  state.answer = undefined;
  const contentType = response.headers.get('content-type') ?? '';
  if (state.fetches > 1 || !(contentType.startsWith('application/json') || contentType.startsWith('application/graphql-response+json'))) return undefined;
  const bytes = await bodyBytes(response);
  if (!isPlainDataAnswer(bytes)) return JSON.parse(utf8(bytes)) as object;
  const data: Record<string, object> = {};
  for (const name of state.rootNames) {
    const standIn = {};
    standIns.set(standIn, { bytes, name });
    data[name] = standIn;
  }
  const first = firstObjectValue(data);
  if (first && state.fetches === 1) {
    state.answer = { data, bytes };
    statesByAnswerValue.set(first, state);
  }
  return { data };
}

/**
 * Called in front of the shaper (guard 3): true when `root`, the merged answer, holds the subgraph's answer field
 * for field, in order; `root` is then the client's data as it is. Otherwise any stand-ins in `root` are replaced
 * by the parsed values, for the shaper to go on as usual.
 */
export function mayPassRoot(root: Record<string, unknown> | null | undefined): boolean {
  if (!root) return false;
  const value = firstObjectValue(root);
  const state = value ? statesByAnswerValue.get(value) : undefined;
  const data = state?.answer?.data;
  if (state && data && sameFields(root, data)) {
    state.passedRoot = root;
    return true;
  }
  withParsedValues(root);
  return false;
}

function sameFields(root: Record<string, unknown>, data: Record<string, unknown>): boolean {
  const rootKeys = Object.keys(root);
  const dataKeys = Object.keys(data);
  if (rootKeys.length !== dataKeys.length) return false;
  for (let index = 0; index < rootKeys.length; index++) {
    const key = rootKeys[index]!;
    if (key !== dataKeys[index] || root[key] !== data[key]) return false;
  }
  return true;
}

/** Puts the parsed values in place of any stand-ins in `root`, for the ordinary shaping. */
function withParsedValues(root: Record<string, unknown>): void {
  let parsed: Record<string, unknown> | undefined;
  for (const key of Object.keys(root)) {
    const value = root[key];
    const standIn = typeof value === 'object' && value !== null ? standIns.get(value) : undefined;
    if (!standIn) continue;
    parsed ??= (JSON.parse(utf8(standIn.bytes)) as { data: Record<string, unknown> }).data;
    root[key] = parsed[standIn.name];
  }
}

/** Apollo Server's `stringifyResult`: a passed-through answer as its subgraph's text, anything else as JSON. */
export function passThroughText(result: { data?: unknown; errors?: unknown; extensions?: unknown }): string {
  if (result.errors === undefined && result.extensions === undefined && isRecord(result.data)) {
    const bytes = answerBytes.get(result.data);
    if (bytes !== undefined) return bytes[bytes.length - 1] === newline ? utf8(bytes) : `${utf8(bytes)}\n`;
  }
  return `${JSON.stringify(result)}\n`;
}

const newline = 0x0a;

/** A subgraph's response as the data source gets it: the gateway's fetcher (subgraphFetcher.ts) also has `bytes`. */
interface SubgraphResponse {
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  bytes?(): Promise<Uint8Array>;
}

async function bodyBytes(response: SubgraphResponse): Promise<Uint8Array> {
  return response.bytes ? response.bytes() : Buffer.from(await response.text(), 'utf8');
}

function utf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

function firstObjectValue(record: Record<string, unknown>): object | undefined {
  for (const key in record) {
    const value = record[key];
    if (typeof value === 'object' && value !== null) return value;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const installed = Symbol('samsyn single-fetch pass-through');

/**
 * Wraps @apollo/gateway's executeQueryPlan and whichever computeResponse is in place (both looked up on their
 * modules at every call), unless the `single-fetch-pass-through` switch is off or @apollo/gateway is not the
 * checked version; idempotent.
 */
export function installSingleFetchPassThrough(log: Logger): boolean {
  if (!optimisationOn('single-fetch-pass-through') || !isCheckedGatewayVersion(log, 'single-fetch pass-through')) return false;
  const executor = require('@apollo/gateway/dist/executeQueryPlan.js') as { executeQueryPlan: ExecuteQueryPlan; [installed]?: true };
  if (executor[installed]) return true;
  const resultShaping = require('@apollo/gateway/dist/resultShaping.js') as ResultShapingModule;
  executor.executeQueryPlan = passingThrough(executor.executeQueryPlan);
  resultShaping.computeResponse = passingRoot(resultShaping.computeResponse);
  executor[installed] = true;
  return true;
}

/** `shape` (a computeResponse) giving back the merged root as it is when it is a subgraph's answer that passes. */
export function passingRoot(shape: ResultShapingModule['computeResponse']): ResultShapingModule['computeResponse'] {
  return (args) => (mayPassRoot(args.input) ? { data: args.input, errors: [] } : shape(args));
}
