// The kommun subgraph (the 49 municipalities) as startSubgraph runs it.
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { pseudonymKeyFromEnvironment } from '../common/identifiers/patientPseudonym.js';
import type { SubgraphDatabaseDefinition, SubgraphDefinition } from '../common/server/startSubgraph.js';
import { suppressionThresholdFromEnvironment } from '../common/suppression/suppressSmallCount.js';
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

/** Reads the pseudonym key and the suppression threshold from `env` once, here, so a start without them fails at once. */
export function createKommunSubgraph(env: NodeJS.ProcessEnv): SubgraphDefinition<KommunDatabase, KommunContext> {
  const settings = { pseudonymKey: pseudonymKeyFromEnvironment(env), suppressionThreshold: suppressionThresholdFromEnvironment(env) };
  return {
    ...kommunDatabase,
    name: 'kommun',
    schemaUrl: new URL('../../schema/kommun.graphql', import.meta.url),
    // The generated Resolvers type is stricter than Apollo's map; both describe the same object.
    resolvers: resolvers as GraphQLResolverMap<KommunContext>,
    createContext: (base, database) => createKommunContext(base, database, settings),
  };
}
