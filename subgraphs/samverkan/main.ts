// Entry point of the samverkan subgraph process (`npm run start:samverkan`).
import { runSubgraphMain } from '../common/server/startSubgraph.js';

await runSubgraphMain('samverkan', process.env, async (settings) => (await import('./samverkanSubgraph.js')).createSamverkanSubgraph(settings));
