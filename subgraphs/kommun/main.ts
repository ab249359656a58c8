// Entry point of the kommun subgraph process (`npm run start:kommun`).
import { startTracing } from '../common/tracing/startTracing.js';

// Before the subgraph is imported: tracing's instrumentations patch http and pg as they are loaded.
await startTracing('samsyn-kommun');
const { runSubgraphMain } = await import('../common/server/startSubgraph.js');
await runSubgraphMain('kommun', async () => (await import('./kommunSubgraph.js')).createKommunSubgraph(process.env));
