import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { internalCoordinates, selectedInternalCoordinates } from './internalSurface.js';

const sdl = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@inaccessible"])
  scalar Pseudonymer @inaccessible
  type Query { naromrade(id: ID!): Naromrade }
  type Naromrade @key(fields: "id") {
    id: ID!
    namn: String
    pseudonymer: Pseudonymer
    sparrad: Boolean @inaccessible
  }
`);
const schema = buildSubgraphSchema([{ typeDefs: sdl, resolvers: {} }]);
const internal = internalCoordinates(sdl);

describe('the internal surface of a subgraph', () => {
  it('is _entities, _service and every field marked @inaccessible or of an @inaccessible type', () => {
    expect([...internal].sort()).toEqual(['Naromrade.pseudonymer', 'Naromrade.sparrad', 'Query._entities', 'Query._service']);
  });

  it('is found in an operation however it is reached: directly, aliased, in fragments', () => {
    const selected = (query: string) => selectedInternalCoordinates(schema, parse(query), internal);
    expect(selected('{ naromrade(id: "1") { namn } }')).toEqual([]);
    expect(selected('{ naromrade(id: "1") { p: pseudonymer } }')).toEqual(['Naromrade.pseudonymer']);
    expect(selected('{ _service { sdl } }')).toEqual(['Query._service']);
    expect(selected('query { ...F } fragment F on Query { _entities(representations: []) { ... on Naromrade { sparrad } } }')).toEqual(['Query._entities', 'Naromrade.sparrad']);
    expect(selected('{ naromrade(id: "1") { ... on Naromrade { ...G } } } fragment G on Naromrade { pseudonymer }')).toEqual(['Naromrade.pseudonymer']);
  });
});
