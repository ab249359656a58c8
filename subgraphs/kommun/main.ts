// Entry point of the kommun subgraph process (`npm run start:kommun`).
import { runSubgraphMain } from '../common/server/startSubgraph.js';
import { kommunSubgraph } from './kommunSubgraph.js';

await runSubgraphMain(kommunSubgraph);
