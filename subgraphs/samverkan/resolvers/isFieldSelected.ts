// Whether the client selected a field directly below the current one (through
// fragments too), so that costly fields such as `totalCount` are computed only
// when asked for. Directives (@include/@skip) are not evaluated: a field that
// might be selected counts as selected.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

export function isFieldSelected(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, fieldName: string): boolean {
  const visited = new Set<string>();
  const inSelectionSet = (selectionSet: SelectionSetNode | undefined): boolean =>
    selectionSet?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === fieldName;
      if (selection.kind === Kind.INLINE_FRAGMENT) return inSelectionSet(selection.selectionSet);
      const name = selection.name.value;
      if (visited.has(name)) return false;
      visited.add(name);
      return inSelectionSet(info.fragments[name]?.selectionSet);
    }) ?? false;
  return info.fieldNodes.some((node) => inSelectionSet(node.selectionSet));
}
