// Building the HTTP requests a workload sends, and picking one named operation
// out of a .graphql file of the web application so the benchmark asks exactly what the page asks.
import { Kind, parse, print, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import type { BenchRequest } from '../types.js';

export interface GraphqlBody {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** A POST to /graphql with a bearer token and any extra headers (e.g. the access ground). */
export function graphqlRequest(token: string, body: GraphqlBody, extraHeaders: Record<string, string> = {}): BenchRequest {
  return {
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...extraHeaders },
    body: JSON.stringify(body),
  };
}

/** The operation `name` from a document with several, with the fragments it uses (transitively), printed. */
export function operationFromDocument(source: string, name: string): string {
  const document = parse(source);
  const operation = document.definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === name,
  );
  if (!operation) throw new Error(`No operation "${name}" in the document.`);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const used: DefinitionNode[] = [operation];
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as { kind?: string; name?: { value: string } };
    if (record.kind === Kind.FRAGMENT_SPREAD && record.name && !seen.has(record.name.value)) {
      seen.add(record.name.value);
      const fragment = fragments.get(record.name.value);
      if (!fragment) throw new Error(`Fragment "${record.name.value}" is not in the document.`);
      used.push(fragment);
      visit(fragment.selectionSet);
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'loc') visit(value);
  };
  visit((operation as { selectionSet: unknown }).selectionSet);
  const single: DocumentNode = { kind: Kind.DOCUMENT, definitions: used };
  return print(single);
}
