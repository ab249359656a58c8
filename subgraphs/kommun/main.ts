// Entry point of the kommun subgraph process (`npm run start:kommun`).
import { runSubgraphMain } from '../common/server/startSubgraph.js';

await runSubgraphMain('kommun', process.env, async (settings) => (await import('./kommunSubgraph.js')).createKommunSubgraph(settings));
