// One operation as a document of its own, with the fragments it uses (also
// through other fragments) and no others: a fragment the operation does not use
// would make the document invalid. Fragments come from the operation's own file,
// or from any of the web app's files, as graphql-codegen resolves them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

/** Every `.graphql` file under `directory` (the generated folder left out). */
export function graphqlFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return entry === 'generated' ? [] : graphqlFiles(path);
    return entry.endsWith('.graphql') ? [path] : [];
  });
}

/** The fragments of these documents by name. */
export function fragmentsOf(documents: readonly DocumentNode[]): Map<string, FragmentDefinitionNode> {
  return new Map(
    documents.flatMap((document) =>
      document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment] as const),
    ),
  );
}

/** The fragments of every `.graphql` file under `directory`. */
export function fragmentsUnder(directory: string): Map<string, FragmentDefinitionNode> {
  return fragmentsOf(graphqlFiles(directory).map((path) => parse(readFileSync(path, 'utf8'))));
}

export function operationDocument(operation: OperationDefinitionNode, file: DocumentNode, shared: ReadonlyMap<string, FragmentDefinitionNode> = new Map()): DocumentNode {
  // The file's own fragments win over shared ones of the same name.
  const fragments = new Map([...shared, ...fragmentsOf([file])]);
  const used: FragmentDefinitionNode[] = [];
  const seen = new Set<string>();
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  while (pending.length > 0) {
    visit(pending.pop()!, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment || seen.has(fragment.name.value)) return;
        seen.add(fragment.name.value);
        used.push(fragment);
        pending.push(fragment);
      },
    });
  }
  // In the order of the file, then of the shared set: stable printed documents.
  const order = [...fragments.keys()];
  used.sort((a, b) => order.indexOf(a.name.value) - order.indexOf(b.name.value));
  return { kind: Kind.DOCUMENT, definitions: [operation, ...used] };
}
