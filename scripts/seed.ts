// `npm run seed -- [--scale small|vg] [--reset] [vgr|kommun|samverkan …]`:
// migrates and seeds each subgraph's own database (the <NAME>_DATABASE_URL
// server, else the PGlite directory under SAMSYN_DATA_DIR). A database that is
// already seeded is left alone unless --reset is given, which empties the
// subgraph's tables first (for the benchmark's `vg` scale).
import { createLogger } from '../platform/logging/logger.js';
import { seedReferenceDate } from '../subgraphs/common/seed/referenceDate.js';
import { prepareDatabase } from '../subgraphs/common/server/startSubgraph.js';
import { openSubgraphDatabase, subgraphDatabaseLocation, subgraphNamesFromArguments } from './subgraphArguments.js';
import { loadSubgraphDatabaseDefinition } from './subgraphDefinitions.js';

const args = process.argv.slice(2);
const scaleIndex = args.indexOf('--scale');
const scale = scaleIndex >= 0 ? args[scaleIndex + 1] : 'small';
if (scale !== 'small' && scale !== 'vg') {
  console.error('--scale must be small or vg');
  process.exit(2);
}
const reset = args.includes('--reset');
// One date for every subgraph seeded by this run, so their slices are of one world.
let seedDate: string;
try {
  seedDate = seedReferenceDate(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
const names = subgraphNamesFromArguments(args.filter((arg, index) => !arg.startsWith('--') && !(scaleIndex >= 0 && index === scaleIndex + 1)));

for (const name of names) {
  const log = createLogger({ service: name });
  const location = subgraphDatabaseLocation(name, process.env);
  const database = await openSubgraphDatabase(location);
  try {
    if (reset) {
      // Drop every table of the subgraph; the migrations recreate them.
      await database.runScript('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    }
    const started = Date.now();
    const outcome = await prepareDatabase(await loadSubgraphDatabaseDefinition(name), database, scale, log, seedDate);
    console.log(`${name} (${location.kind}): ${outcome.kind}${'scale' in outcome ? ` (${outcome.scale})` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await database.close();
  }
}
