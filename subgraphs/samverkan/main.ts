// Entry point of the samverkan subgraph process (`npm run start:samverkan`).
import { runSubgraphMain } from '../common/server/startSubgraph.js';
import { samverkanSubgraph } from './samverkanSubgraph.js';

await runSubgraphMain(samverkanSubgraph);
