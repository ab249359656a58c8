// One operation of a .graphql file as a document of its own, with the
// fragments it uses (also through other fragments) and no others: a fragment
// the operation does not use would make the document invalid.
import { Kind, visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

export function operationDocument(operation: OperationDefinitionNode, file: DocumentNode): DocumentNode {
  const fragments = new Map(
    file.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  const used = new Set<string>();
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  while (pending.length > 0) {
    visit(pending.pop()!, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (used.has(name) || !fragments.has(name)) return;
        used.add(name);
        pending.push(fragments.get(name)!);
      },
    });
  }
  return { kind: Kind.DOCUMENT, definitions: [operation, ...[...fragments.values()].filter((fragment) => used.has(fragment.name.value))] };
}
