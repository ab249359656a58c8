// The kommun subgraph (the 49 municipalities) as startSubgraph runs it.
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { requirePseudonymKey } from '../../platform/identifiers/patientPseudonym.js';
import type { SubgraphDatabaseDefinition, SubgraphDefinition } from '../common/server/startSubgraph.js';
import type { SubgraphSettings } from '../common/server/subgraphConfig.js';
import { createKommunContext, type KommunContext } from './context.js';
import type { KommunDatabase } from './database.js';
import { resolvers } from './resolvers/index.js';
import { syncKommunReference } from './seed/syncKommunReference.js';
import { writeKommunSeed } from './seed/writeKommunSeed.js';

/** The kommuner's database: its migrations, the 49 kommuner as reference data, and its slice of the seeded world. */
export const kommunDatabase: SubgraphDatabaseDefinition<KommunDatabase> = {
  migrationsUrl: new URL('./migrations/', import.meta.url),
  writeSeed: writeKommunSeed,
  syncReferenceData: syncKommunReference,
};

/** The settings come from the subgraph's configuration, read once at start (readSubgraphConfig). */
export function createKommunSubgraph(config: SubgraphSettings): SubgraphDefinition<KommunDatabase, KommunContext> {
  const settings = { pseudonymKey: requirePseudonymKey(config.pseudonymKey), suppressionThreshold: config.suppressionThreshold };
  return {
    ...kommunDatabase,
    name: 'kommun',
    schemaUrl: new URL('../../schema/kommun.graphql', import.meta.url),
    // The generated Resolvers type is stricter than Apollo's map; both describe the same object.
    resolvers: resolvers as GraphQLResolverMap<KommunContext>,
    createContext: (base, database) => createKommunContext(base, database, settings),
  };
}
