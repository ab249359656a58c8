// Runs the region's subgraph (`npm run start:vgr`).
import { runSubgraphMain } from '../common/server/startSubgraph.js';

await runSubgraphMain('vgr', process.env, async (settings) => (await import('./vgrSubgraph.js')).createVgrSubgraph(settings));
