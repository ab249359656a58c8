// The region's subgraph as startSubgraph runs it: its SDL, migrations, seed
// writer, resolvers and per-request context.
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { requirePseudonymKey } from '../../platform/identifiers/patientPseudonym.js';
import type { SubgraphDatabaseDefinition, SubgraphDefinition } from '../common/server/startSubgraph.js';
import type { SubgraphSettings } from '../common/server/subgraphConfig.js';
import { createVgrContext, type VgrContext } from './context.js';
import type { VgrDatabase } from './database.js';
import { resolvers } from './resolvers/index.js';
import { writeVgrSeed } from './seed/writeVgrSeed.js';

export const vgrSchemaUrl = new URL('../../schema/vgr.graphql', import.meta.url);
export const vgrMigrationsUrl = new URL('./migrations/', import.meta.url);

/** The region's database: its migrations and its slice of the seeded world. */
export const vgrDatabase: SubgraphDatabaseDefinition<VgrDatabase> = { migrationsUrl: vgrMigrationsUrl, writeSeed: writeVgrSeed };

/** The settings come from the subgraph's configuration, read once at start (readSubgraphConfig). */
export function createVgrSubgraph(config: SubgraphSettings): SubgraphDefinition<VgrDatabase, VgrContext> {
  const settings = { pseudonymKey: requirePseudonymKey(config.pseudonymKey), suppressionThreshold: config.suppressionThreshold };
  return {
    ...vgrDatabase,
    name: 'vgr',
    schemaUrl: vgrSchemaUrl,
    resolvers: resolvers as GraphQLResolverMap<VgrContext>,
    createContext: (base, database) => createVgrContext(base, database, settings),
  };
}
