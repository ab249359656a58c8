// The parts of a subgraph's schema that serve the gateway alone: the federation fields `_entities` (which take
// the caller's word for an entity's key and its @requires inputs) and `_service`, and every field the SDL
// marks @inaccessible or whose type it marks so (e.g. the region's patient pseudonyms).
import { Kind, type DocumentNode, type GraphQLSchema, type TypeNode } from 'graphql';
import { apolloGraphql } from '../schema/apolloGraphql.js';

const { TypeInfo, getNamedType, visit, visitWithTypeInfo } = apolloGraphql;

const federationFields = ['Query._entities', 'Query._service'];

/** `Type.field` coordinates of the internal surface, read from a subgraph's SDL. */
export function internalCoordinates(sdl: DocumentNode): Set<string> {
  const coordinates = new Set(federationFields);
  const inaccessibleTypes = new Set<string>();
  const isInaccessible = (node: { directives?: readonly { name: { value: string } }[] | undefined }) =>
    (node.directives ?? []).some((directive) => directive.name.value === 'inaccessible');
  for (const definition of sdl.definitions) {
    if ('name' in definition && definition.name && 'directives' in definition && isInaccessible(definition)) inaccessibleTypes.add(definition.name.value);
  }
  for (const definition of sdl.definitions) {
    if (!('fields' in definition) || !definition.fields || !('name' in definition) || !definition.name) continue;
    for (const field of definition.fields) {
      if (field.kind !== Kind.FIELD_DEFINITION) continue;
      if (isInaccessible(field) || inaccessibleTypes.has(namedTypeName(field.type))) coordinates.add(`${definition.name.value}.${field.name.value}`);
    }
  }
  return coordinates;
}

function namedTypeName(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeName(type.type);
}

/** The internal coordinates a document selects anywhere (operations and fragments), each once, in document order. */
export function selectedInternalCoordinates(schema: GraphQLSchema, document: DocumentNode, internal: ReadonlySet<string>): string[] {
  const typeInfo = new TypeInfo(schema);
  const found = new Set<string>();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent) return;
        const coordinate = `${getNamedType(parent).name}.${node.name.value}`;
        if (internal.has(coordinate)) found.add(coordinate);
      },
    }),
  );
  return [...found];
}
