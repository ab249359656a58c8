import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serialize } from 'node:v8';
import type { GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildOneByteSubgraphSchema } from './buildOneByteSubgraphSchema.js';
import { oneByteCopy, oneByteSdl } from './oneByteNames.js';

// The copy of graphql-js that @apollo/subgraph uses (vitest would otherwise load a second one, as ESM).
const { buildSchema, graphqlSync, printSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** V8's serializer tags a one-byte string `"` and a two-byte string `c`. */
function isOneByte(text: string): boolean {
  return serialize(text)[2] === 0x22;
}

// V8 keeps one internalized copy of each property name per process, so every test uses names of its own.
function subgraphSdl(prefix: string): string {
  return `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    "A närområde — the em dash makes the whole text two-byte."
    type Query { ${prefix}Enhet: ${prefix}Enhet! }
    type ${prefix}Enhet @key(fields: "${prefix}Id") { ${prefix}Id: ID! ${prefix}Driftsform: ${prefix}Driftsform! }
    enum ${prefix}Driftsform { ${prefix.toUpperCase()}_REGIONDRIVEN ${prefix.toUpperCase()}_PRIVATDRIVEN }
  `;
}

function resolversOf(prefix: string) {
  return { Query: { [`${prefix}Enhet`]: () => ({ [`${prefix}Id`]: 'SE2321000131-E000000000093', [`${prefix}Driftsform`]: `${prefix.toUpperCase()}_PRIVATDRIVEN` }) } };
}

function answer(schema: GraphQLSchema, prefix: string): string {
  const result = graphqlSync({ schema, source: `{ ${prefix}Enhet { __typename ${prefix}Id ${prefix}Driftsform } }` });
  expect(result.errors).toBeUndefined();
  return JSON.stringify(result);
}

describe('buildOneByteSubgraphSchema', () => {
  it('answers in one-byte JSON though the SDL is two-byte text', () => {
    const directory = mkdtempSync(join(tmpdir(), 'samsyn-onebyte-'));
    writeFileSync(join(directory, 'schema.graphql'), subgraphSdl('obtEtt'));
    const schema = buildOneByteSubgraphSchema(pathToFileURL(join(directory, 'schema.graphql')), resolversOf('obtEtt'));

    const json = answer(schema, 'obtEtt');
    expect(JSON.parse(json)).toEqual({ data: { obtEttEnhet: { __typename: 'obtEttEnhet', obtEttId: 'SE2321000131-E000000000093', obtEttDriftsform: 'OBTETT_PRIVATDRIVEN' } } });
    expect(isOneByte(json)).toBe(true);
    // Objects parsed from JSON (a gateway reading the answer) get the one-byte key too.
    expect(isOneByte(Object.keys(JSON.parse('{"obtEttDriftsform": 1}'))[0] ?? '')).toBe(true);
  });
});

describe('oneByteSdl', () => {
  const sdl = `
    """
    Boenden i närområdet — ordnade efter namn → id. 😀
    """
    type Query {
      "Antal ≥ 0"
      antal: Int
      # a comment — dropped
      namn: String
    }
  `;

  it('gives a one-byte text with the same schema, descriptions included', () => {
    expect(isOneByte(sdl)).toBe(false);
    const text = oneByteSdl(sdl);
    expect(isOneByte(text)).toBe(true);
    expect(printSchema(buildSchema(text))).toBe(printSchema(buildSchema(sdl)));
    expect(buildSchema(text).getQueryType()?.description).toBe('Boenden i närområdet — ordnade efter namn → id. 😀');
  });

  it('leaves a Latin-1 text as it is', () => {
    const latin1 = 'type Query { "Närområdets namn" namn: String }';
    expect(oneByteSdl(latin1)).toBe(latin1);
  });
});

describe('oneByteCopy', () => {
  it('copies a slice of a two-byte text into a one-byte string (on Node 26 V8 may already give one)', () => {
    const slice = 'Driftsform — x'.slice(0, 10);
    expect(oneByteCopy(slice)).toBe('Driftsform');
    expect(isOneByte(oneByteCopy(slice))).toBe(true);
  });
});
