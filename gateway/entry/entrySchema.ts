// Builds the entry subgraph's executable schema from schema/entry.graphql.
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { GraphQLSchema } from 'graphql';
import { buildOneByteSubgraphSchema } from '../../platform/schema/buildOneByteSubgraphSchema.js';
import { entryResolvers } from './resolvers/index.js';

export const entrySchemaUrl = new URL('../../schema/entry.graphql', import.meta.url);

export function buildEntrySchema(): GraphQLSchema {
  return buildOneByteSubgraphSchema(entrySchemaUrl, entryResolvers as GraphQLResolverMap<unknown>);
}
