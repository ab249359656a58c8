// Entry point of the kommun subgraph process (`npm run start:kommun`).
import { startTracingOrExit } from '../../platform/tracing/startTracing.js';

// Before the subgraph is imported: tracing's instrumentations patch http and pg as they are loaded.
await startTracingOrExit('kommun', process.env);
const { runSubgraphMain } = await import('../common/server/startSubgraph.js');
await runSubgraphMain('kommun', process.env, async (settings) => (await import('./kommunSubgraph.js')).createKommunSubgraph(settings));
