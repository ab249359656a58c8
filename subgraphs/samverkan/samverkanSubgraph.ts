// The samverkan subgraph (the shared layer of region and kommuner) as
// startSubgraph runs it: schema, migrations, reference data, seed and resolvers.
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { SubgraphDefinition } from '../common/server/startSubgraph.js';
import { createSamverkanContext, type SamverkanContext } from './context.js';
import type { SamverkanDatabase } from './database.js';
import { resolvers } from './resolvers/index.js';
import { syncSamverkanReference } from './seed/syncSamverkanReference.js';
import { writeSamverkanSeed } from './seed/writeSamverkanSeed.js';

export const samverkanSubgraph: SubgraphDefinition<SamverkanDatabase, SamverkanContext> = {
  name: 'samverkan',
  schemaUrl: new URL('../../schema/samverkan.graphql', import.meta.url),
  migrationsUrl: new URL('./migrations/', import.meta.url),
  // The generated `Resolvers` type is stricter than Apollo's resolver map; the shapes are the same.
  resolvers: resolvers as GraphQLResolverMap<SamverkanContext>,
  writeSeed: writeSamverkanSeed,
  syncReferenceData: syncSamverkanReference,
  createContext: (base, database) => createSamverkanContext(base, database),
};
