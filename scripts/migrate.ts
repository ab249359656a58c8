// `npm run migrate [-- vgr|kommun|samverkan]`: applies pending SQL migrations
// to each subgraph's own database (the same ones the services run at start).
// Uses <NAME>_DATABASE_URL when set, else the PGlite directory under SAMSYN_DATA_DIR (.data).
import { migrateSubgraph } from '../subgraphs/common/server/migrateSubgraph.js';
import { openSubgraphDatabase, subgraphDatabaseLocation, subgraphNamesFromArguments } from './subgraphArguments.js';

for (const name of subgraphNamesFromArguments(process.argv.slice(2))) {
  const location = subgraphDatabaseLocation(name, process.env);
  const database = await openSubgraphDatabase(location);
  try {
    const result = await migrateSubgraph(database, new URL(`../subgraphs/${name}/migrations/`, import.meta.url));
    console.log(`${name} (${location.kind}): applied ${result.applied.length} [${result.applied.join(', ')}], already applied ${result.alreadyApplied.length}, adopted from schema_migrations ${result.adopted.length}`);
  } finally {
    await database.close();
  }
}
