// Builds the entry subgraph's executable schema from schema/entry.graphql.
import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { parse, type GraphQLSchema } from 'graphql';
import { entryResolvers } from './resolvers/index.js';

export function buildEntrySchema(): GraphQLSchema {
  const typeDefs = parse(readFileSync(new URL('../../schema/entry.graphql', import.meta.url), 'utf8'));
  return buildSubgraphSchema([{ typeDefs, resolvers: entryResolvers as GraphQLResolverMap<unknown> }]);
}
