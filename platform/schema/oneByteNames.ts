// Keeps the names of a schema one-byte strings, so that answers are too: graphql-js slices names out of the SDL, one
// character beyond Latin-1 anywhere in it makes them two-byte, and V8 then reuses those keys in every answer object,
// which makes each answer's JSON two-byte and slow to encode for the socket.
import { parse, print, visit, type DocumentNode, type GraphQLEnumType, type GraphQLNamedType, type GraphQLSchema } from 'graphql';

const beyondLatin1 = /[^\u0000-\u00ff]/;

/**
 * The same SDL as a one-byte text: strings with characters beyond Latin-1 (descriptions) become ordinary strings
 * with `\u` escapes, which mean the same characters, and comments go. Every name parsed from it is one-byte.
 */
export function oneByteSdl(sdl: string): string {
  if (!beyondLatin1.test(sdl)) return sdl;
  const document = visit(parse(sdl), {
    StringValue: (node) => (node.block && beyondLatin1.test(node.value) ? { ...node, block: false } : undefined),
  });
  const escaped = print(document).replace(new RegExp(beyondLatin1.source, 'g'), (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return oneByteCopy(escaped);
}

/** One-byte copies of names, held for the life of the process (V8's table of internalized strings is weak). */
const internedNames: Record<string, true> = Object.create(null);

/**
 * Makes the one-byte copy of every name in the document the process's internalized copy. Call it before anything
 * builds a schema from the text (federation prints and re-parses it), so that is the copy every later key gets.
 */
export function internOneByteNames(document: DocumentNode): void {
  visit(document, {
    Name: (node) => {
      internedNames[oneByteCopy(node.value)] = true;
    },
  });
}

/** Replaces, in place, the schema's type names and enum values (answered as values) by one-byte copies. */
export function withOneByteNames(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    type.name = oneByteCopy(type.name);
    if (!isEnum(type)) continue;
    for (const value of type.getValues()) {
      const sameAsName = value.value === value.name;
      value.name = oneByteCopy(value.name);
      if (sameAsName) value.value = value.name;
    }
  }
  return schema;
}

// By shape, not `isEnumType`: @apollo/subgraph builds the schema with its own copy of graphql-js where a bundler
// loads two, and graphql's realm check would refuse the type.
function isEnum(type: GraphQLNamedType): type is GraphQLEnumType {
  return 'getValues' in type && typeof type.getValues === 'function';
}

/** A fresh copy of an ASCII string (GraphQL names are ASCII), not a slice of the text it was parsed from. */
export function oneByteCopy(ascii: string): string {
  return Buffer.from(ascii, 'latin1').toString('latin1');
}
