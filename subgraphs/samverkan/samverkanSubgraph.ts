// The samverkan subgraph (the shared layer of region and kommuner) as
// startSubgraph runs it: schema, migrations, reference data, seed and resolvers.
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { SubgraphDatabaseDefinition, SubgraphDefinition } from '../common/server/startSubgraph.js';
import type { SubgraphSettings } from '../common/server/subgraphConfig.js';
import { createSamverkanContext, type SamverkanContext } from './context.js';
import type { SamverkanDatabase } from './database.js';
import { resolvers } from './resolvers/index.js';
import { syncSamverkanReference } from './seed/syncSamverkanReference.js';
import { writeSamverkanSeed } from './seed/writeSamverkanSeed.js';

/** The shared layer's database: its migrations, the vårdsamverkansområden as reference data, and its seed. */
export const samverkanDatabase: SubgraphDatabaseDefinition<SamverkanDatabase> = {
  migrationsUrl: new URL('./migrations/', import.meta.url),
  writeSeed: writeSamverkanSeed,
  syncReferenceData: syncSamverkanReference,
};

/** The settings come from the subgraph's configuration, read once at start (readSubgraphConfig). */
export function createSamverkanSubgraph(config: Pick<SubgraphSettings, 'suppressionThreshold'>): SubgraphDefinition<SamverkanDatabase, SamverkanContext> {
  return {
    ...samverkanDatabase,
    name: 'samverkan',
    schemaUrl: new URL('../../schema/samverkan.graphql', import.meta.url),
    // The generated `Resolvers` type is stricter than Apollo's resolver map; the shapes are the same.
    resolvers: resolvers as GraphQLResolverMap<SamverkanContext>,
    createContext: (base, database) => createSamverkanContext(base, database, { suppressionThreshold: config.suppressionThreshold }),
  };
}
