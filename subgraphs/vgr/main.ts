// Runs the region's subgraph (`npm run start:vgr`).
import { startTracingOrExit } from '../../platform/tracing/startTracing.js';

// Before the subgraph is imported: tracing's instrumentations patch http and pg as they are loaded.
await startTracingOrExit('vgr', process.env);
const { runSubgraphMain } = await import('../common/server/startSubgraph.js');
await runSubgraphMain('vgr', process.env, async (settings) => (await import('./vgrSubgraph.js')).createVgrSubgraph(settings));
