// Entry point of the samverkan subgraph process (`npm run start:samverkan`).
import { startTracingOrExit } from '../../platform/tracing/startTracing.js';

// Before the subgraph is imported: tracing's instrumentations patch http and pg as they are loaded.
await startTracingOrExit('samverkan', process.env);
const { runSubgraphMain } = await import('../common/server/startSubgraph.js');
await runSubgraphMain('samverkan', process.env, async (settings) => (await import('./samverkanSubgraph.js')).createSamverkanSubgraph(settings));
