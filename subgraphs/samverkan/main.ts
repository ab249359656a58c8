// Entry point of the samverkan subgraph process (`npm run start:samverkan`).
import { runSubgraphMain } from '../common/server/startSubgraph.js';

await runSubgraphMain('samverkan', async () => (await import('./samverkanSubgraph.js')).samverkanSubgraph);
