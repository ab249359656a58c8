// The kommun subgraph (the 49 municipalities) as startSubgraph runs it.
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { pseudonymKeyFromEnvironment } from '../common/identifiers/patientPseudonym.js';
import type { SubgraphDefinition } from '../common/server/startSubgraph.js';
import { suppressionThresholdFromEnvironment } from '../common/suppression/suppressSmallCount.js';
import { createKommunContext, type KommunContext } from './context.js';
import type { KommunDatabase } from './database.js';
import { resolvers } from './resolvers/index.js';
import { syncKommunReference } from './seed/syncKommunReference.js';
import { writeKommunSeed } from './seed/writeKommunSeed.js';

// Read once when the module loads, so a production start without the shared
// key (or with a malformed threshold) fails at once instead of on the first request.
const pseudonymKey = pseudonymKeyFromEnvironment(process.env);
const suppressionThreshold = suppressionThresholdFromEnvironment(process.env);

export const kommunSubgraph: SubgraphDefinition<KommunDatabase, KommunContext> = {
  name: 'kommun',
  schemaUrl: new URL('../../schema/kommun.graphql', import.meta.url),
  migrationsUrl: new URL('./migrations/', import.meta.url),
  // The generated Resolvers type is stricter than Apollo's map; both describe the same object.
  resolvers: resolvers as GraphQLResolverMap<KommunContext>,
  writeSeed: writeKommunSeed,
  syncReferenceData: syncKommunReference,
  createContext: (base, database) => createKommunContext(base, database, { pseudonymKey, suppressionThreshold }),
};
