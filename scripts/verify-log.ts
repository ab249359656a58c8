// `npm run verify-log [-- vgr|kommun|samverkan]`: checks the hash chain of
// each subgraph's access log and reports the first broken link. Exit code 1
// when any chain is broken.
import { verifyAtkomstlogg } from '../subgraphs/common/atkomstlogg/verifyAtkomstlogg.js';
import { openSubgraphDatabase, subgraphDatabaseLocation, subgraphNamesFromArguments } from './subgraphArguments.js';

let broken = false;
for (const name of subgraphNamesFromArguments(process.argv.slice(2))) {
  const location = subgraphDatabaseLocation(name, process.env);
  const database = await openSubgraphDatabase(location);
  try {
    const result = await verifyAtkomstlogg(database.db);
    if (result.hel) {
      console.log(`${name} (${location.kind}): access log whole, ${result.kontrolleradeRader} rows checked`);
    } else {
      broken = true;
      console.log(`${name} (${location.kind}): access log BROKEN at row ${result.forstaFelLopnummer} (${result.fel}), ${result.kontrolleradeRader} rows checked`);
    }
  } finally {
    await database.close();
  }
}
process.exit(broken ? 1 : 0);
