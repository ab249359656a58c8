import { describe, it, expect } from 'vitest';
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { isFieldSelected } from './isFieldSelected.js';

function infoFor(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('isFieldSelected', () => {
  it('finds a direct selection, also under an alias', () => {
    expect(isFieldSelected(infoFor('{ avvikelser { totalCount } }'), 'totalCount')).toBe(true);
    expect(isFieldSelected(infoFor('{ avvikelser { antal: totalCount } }'), 'totalCount')).toBe(true);
  });
  it('finds it in inline fragments and named fragments', () => {
    expect(isFieldSelected(infoFor('{ avvikelser { ... on AvvikelseConnection { totalCount } } }'), 'totalCount')).toBe(true);
    expect(isFieldSelected(infoFor('{ avvikelser { ...Sida } } fragment Sida on AvvikelseConnection { totalCount }'), 'totalCount')).toBe(true);
  });
  it('is false when not selected, including deeper down', () => {
    expect(isFieldSelected(infoFor('{ avvikelser { edges { cursor } } }'), 'totalCount')).toBe(false);
    expect(isFieldSelected(infoFor('{ avvikelser { edges { node { totalCount: id } } } }'), 'totalCount')).toBe(false);
  });
});
