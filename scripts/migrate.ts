// `npm run migrate [-- vgr|kommun|samverkan]`: applies pending SQL migrations
// to each subgraph's own database (the same ones the services run at start).
// Uses <NAME>_DATABASE_URL when set, else the PGlite directory under SAMSYN_DATA_DIR (.data).
import { fileURLToPath } from 'node:url';
import { migrate } from '../subgraphs/common/database/migrate.js';
import { databaseLocation, openDatabase } from '../subgraphs/common/database/openDatabase.js';
import { subgraphServiceNames, type SubgraphServiceName } from './samsynServices.js';

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(subgraphServiceNames as readonly string[]).includes(name));
if (unknown.length > 0) {
  console.error(`Unknown subgraph: ${unknown.join(', ')}. Choose from ${subgraphServiceNames.join(', ')}.`);
  process.exit(2);
}
const names = (requested.length > 0 ? requested : subgraphServiceNames) as SubgraphServiceName[];

for (const name of names) {
  const url = process.env[`${name.toUpperCase()}_DATABASE_URL`];
  const location = databaseLocation(url, name, process.env['SAMSYN_DATA_DIR'] ?? '.data');
  const database = await openDatabase(location);
  try {
    const result = await migrate(database, fileURLToPath(new URL(`../subgraphs/${name}/migrations`, import.meta.url)));
    console.log(`${name} (${location.kind}): applied ${result.applied.length} [${result.applied.join(', ')}], already applied ${result.alreadyApplied.length}`);
  } finally {
    await database.close();
  }
}
