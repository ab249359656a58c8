// The sizes of a schema's list fields, as its SDL declares them with Federation's `@listSize` (the same directive
// Apollo Router's demand control reads): an assumed size, or the arguments that slice the list (`first`), and for
// a connection the child list the slice sizes (`sizedFields: ["edges"]`).
import { Kind, type ConstArgumentNode, type DocumentNode, type TypeNode } from 'graphql';

export interface ListSize {
  assumedSize: number | null;
  slicingArguments: string[];
}

export interface ListSizes {
  /** `Type.field` → its declared size. */
  fields: ReadonlyMap<string, ListSize>;
  /** `Connection.edges`: child lists a parent field's slice sizes (that parent then counts the multiplication). */
  sizedByParent: ReadonlySet<string>;
}

const listSizeDirectiveNames = new Set(['listSize', 'cost__listSize', 'federation__listSize']);

/** Reads `@listSize` from a subgraph SDL or the composed supergraph. */
export function listSizesFromSdl(sdl: DocumentNode): ListSizes {
  const fields = new Map<string, ListSize>();
  const sizedByParent = new Set<string>();
  for (const definition of sdl.definitions) {
    if (!('fields' in definition) || !definition.fields || !('name' in definition) || !definition.name) continue;
    for (const field of definition.fields) {
      if (field.kind !== Kind.FIELD_DEFINITION) continue;
      const directive = field.directives?.find((candidate) => listSizeDirectiveNames.has(candidate.name.value));
      if (!directive) continue;
      const args = directive.arguments ?? [];
      fields.set(`${definition.name.value}.${field.name.value}`, {
        assumedSize: intArgument(args, 'assumedSize'),
        slicingArguments: stringListArgument(args, 'slicingArguments'),
      });
      for (const child of stringListArgument(args, 'sizedFields')) sizedByParent.add(`${namedTypeName(field.type)}.${child}`);
    }
  }
  return { fields, sizedByParent };
}

function intArgument(args: readonly ConstArgumentNode[], name: string): number | null {
  const value = args.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.INT ? Number(value.value) : null;
}

function stringListArgument(args: readonly ConstArgumentNode[], name: string): string[] {
  const value = args.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.LIST ? value.values.flatMap((item) => (item.kind === Kind.STRING ? [item.value] : [])) : [];
}

function namedTypeName(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeName(type.type);
}
