// Runs the region's subgraph (`npm run start:vgr`).
import { runSubgraphMain } from '../common/server/startSubgraph.js';
import { createVgrSubgraph } from './vgrSubgraph.js';

await runSubgraphMain(createVgrSubgraph(process.env));
