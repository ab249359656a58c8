// Several queries for one subgraph as one query, and its answer taken apart again. A plan step often sends
// one subgraph several fetches at once (the NOSAM view asks vgr for a närområde's vårdcentraler, the names of
// the plan's vårdcentraler and of its läkare): each one costs the subgraph a request of its own (HTTP, the
// request pipeline, the access context) and the gateway a round trip. Merged, the subgraph answers them in one
// execution. Each query's root fields get an alias, its variables and fragments a name, with a prefix of its own.
import { Kind, parse, print, visit, type DefinitionNode, type DocumentNode, type FieldNode, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';

/** One fetch's GraphQL request, as the gateway's data source sends it. */
export interface QueryRequest {
  query?: string | undefined;
  variables?: Record<string, unknown> | undefined;
  operationName?: string | undefined;
}

/** A subgraph's answer as the data source returns it (any further fields are kept). */
export interface QueryAnswer {
  data?: Record<string, unknown> | null | undefined;
  errors?: readonly GraphQLFormattedError[] | undefined;
  extensions?: Record<string, unknown> | undefined;
}

export interface MergedQuery {
  request: { query: string; variables: Record<string, unknown>; operationName: string };
  /** The merged answer as one answer per request, in the order of the requests. */
  split<Answer extends QueryAnswer>(answer: Answer): Answer[];
}

/** What a query contributes to a merged one, the same every time its text comes: worked out once per text. */
interface PreparedQuery {
  operation: OperationDefinitionNode;
  fragments: DefinitionNode[];
  /** The response names of its root fields, each against its alias in the merged query. */
  rootNames: readonly { merged: string; own: string }[];
}

/** The prefix of the i-th query's names: `_0_`, `_1_` …; a GraphQL name cannot start with a digit, so no two queries' names meet. */
function prefixOf(index: number): string {
  return `_${index}_`;
}

/** The query's one operation and fragments with the prefix given to its variables, fragments and root fields; null if it may not be merged. */
function prepare(query: string | undefined, operationName: string | undefined, index: number): PreparedQuery | null {
  let document: DocumentNode;
  if (query === undefined) return null;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return null;
  }
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operations[0];
  // Only queries: a mutation's fields run one after another, and a merged one would change that order.
  if (operations.length !== 1 || !operation || operation.operation !== 'query' || (operation.directives?.length ?? 0) > 0) return null;
  if (operationName !== undefined && operation.name?.value !== operationName) return null;
  if (!operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD)) return null;

  const prefix = prefixOf(index);
  const renamed = visit(document, {
    Variable: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
    FragmentDefinition: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
    FragmentSpread: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
  });
  const renamedOperation = renamed.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const rootNames: { merged: string; own: string }[] = [];
  const aliased = renamedOperation.selectionSet.selections.map((selection) => {
    const field = selection as FieldNode;
    const own = (field.alias ?? field.name).value;
    const merged = prefix + own;
    rootNames.push({ merged, own });
    return { ...field, alias: { kind: Kind.NAME, value: merged } } satisfies FieldNode;
  });
  return {
    operation: { ...renamedOperation, selectionSet: { ...renamedOperation.selectionSet, selections: aliased } },
    fragments: renamed.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION),
    rootNames,
  };
}

interface MergedText {
  query: string;
  operationName: string;
  prepared: readonly PreparedQuery[];
}

/** Merged texts by their queries' texts: a plan sends the same fetches every time, so a handful are ever made. */
const mergedTexts = new Map<string, MergedText | null>();
const maximumRemembered = 1000;

function mergedText(requests: readonly QueryRequest[]): MergedText | null {
  const key = JSON.stringify(requests.map((request) => [request.query, request.operationName ?? null]));
  let merged = mergedTexts.get(key);
  if (merged === undefined) {
    merged = buildMergedText(requests);
    if (mergedTexts.size >= maximumRemembered) mergedTexts.clear();
    mergedTexts.set(key, merged);
  }
  return merged;
}

function buildMergedText(requests: readonly QueryRequest[]): MergedText | null {
  const prepared: PreparedQuery[] = [];
  for (const [index, request] of requests.entries()) {
    const one = prepare(request.query, request.operationName, index);
    if (!one) return null;
    prepared.push(one);
  }
  const operationName = `${prepared[0]!.operation.name?.value ?? 'Fetches'}__merged_${prepared.length}`;
  const operation: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: prepared[0]!.operation.operation,
    name: { kind: Kind.NAME, value: operationName },
    variableDefinitions: prepared.flatMap((one) => one.operation.variableDefinitions ?? []),
    directives: [],
    selectionSet: { kind: Kind.SELECTION_SET, selections: prepared.flatMap((one) => one.operation.selectionSet.selections) },
  };
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...prepared.flatMap((one) => one.fragments)] };
  return { query: print(document), operationName, prepared };
}

/** The requests as one query, or null when one of them may not be merged (not a single query, or unreadable). */
export function mergeQueries(requests: readonly QueryRequest[]): MergedQuery | null {
  if (requests.length < 2) return null;
  const text = mergedText(requests);
  if (!text) return null;
  const variables: Record<string, unknown> = {};
  requests.forEach((request, index) => {
    const prefix = prefixOf(index);
    for (const [name, value] of Object.entries(request.variables ?? {})) variables[prefix + name] = value;
  });
  return {
    request: { query: text.query, variables, operationName: text.operationName },
    split: (answer) => splitAnswer(answer, text.prepared),
  };
}

function splitAnswer<Answer extends QueryAnswer>(answer: Answer, prepared: readonly PreparedQuery[]): Answer[] {
  const { data, errors, ...rest } = answer;
  const owners = new Map<string, { index: number; own: string }>();
  prepared.forEach((one, index) => {
    for (const { merged, own } of one.rootNames) owners.set(merged, { index, own });
  });
  const errorsOf: GraphQLFormattedError[][] = prepared.map(() => []);
  for (const error of errors ?? []) {
    const owner = typeof error.path?.[0] === 'string' ? owners.get(error.path[0]) : undefined;
    if (owner) errorsOf[owner.index]!.push({ ...error, path: [owner.own, ...error.path!.slice(1)] });
    // An error of no one field (the whole request failed) belongs to every request.
    else for (const own of errorsOf) own.push(error);
  }
  return prepared.map((one, index) => {
    let ownData: Record<string, unknown> | null | undefined = data;
    if (data) {
      ownData = {};
      for (const { merged, own } of one.rootNames) if (merged in data) ownData[own] = data[merged];
    }
    const ownErrors = errorsOf[index]!;
    return { ...rest, ...(ownData === undefined ? {} : { data: ownData }), ...(ownErrors.length > 0 ? { errors: ownErrors } : {}) } as Answer;
  });
}
