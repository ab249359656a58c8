// Entry point of the kommun subgraph process (`npm run start:kommun`).
import { runSubgraphMain } from '../common/server/startSubgraph.js';

await runSubgraphMain('kommun', async () => (await import('./kommunSubgraph.js')).createKommunSubgraph(process.env));
