// Builds a subgraph's executable schema from its SDL file, with names that
// keep its answers one-byte JSON (oneByteNames.ts): used by every subgraph
// process, the gateway's in-process entry subgraph and the test harness.
import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { parse, type GraphQLSchema } from 'graphql';
import { optimisationOn } from '../optimisations/optimisations.js';
import { internOneByteNames, withOneByteNames } from './oneByteNames.js';

export function buildOneByteSubgraphSchema(schemaUrl: URL, resolvers: GraphQLResolverMap<unknown>): GraphQLSchema {
  const typeDefs = parse(readFileSync(schemaUrl, 'utf8'));
  if (!optimisationOn('one-byte-names')) return buildSubgraphSchema([{ typeDefs, resolvers }]);
  internOneByteNames(typeDefs);
  return withOneByteNames(buildSubgraphSchema([{ typeDefs, resolvers }]));
}
