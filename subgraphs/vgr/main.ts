// Runs the region's subgraph (`npm run start:vgr`).
import { runSubgraphMain } from '../common/server/startSubgraph.js';

await runSubgraphMain('vgr', async () => (await import('./vgrSubgraph.js')).createVgrSubgraph(process.env));
