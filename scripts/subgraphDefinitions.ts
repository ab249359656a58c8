// What the project's scripts (seed) need of each subgraph by name: its database's migrations, reference data and
// seed writer, and none of its settings.
import type { SubgraphDatabaseDefinition } from '../subgraphs/common/server/startSubgraph.js';
import type { SubgraphServiceName } from './samsynServices.js';

export async function loadSubgraphDatabaseDefinition(name: SubgraphServiceName): Promise<SubgraphDatabaseDefinition<unknown>> {
  switch (name) {
    case 'vgr':
      return (await import('../subgraphs/vgr/vgrSubgraph.js')).vgrDatabase as SubgraphDatabaseDefinition<unknown>;
    case 'kommun':
      return (await import('../subgraphs/kommun/kommunSubgraph.js')).kommunDatabase as SubgraphDatabaseDefinition<unknown>;
    case 'samverkan':
      return (await import('../subgraphs/samverkan/samverkanSubgraph.js')).samverkanDatabase as SubgraphDatabaseDefinition<unknown>;
  }
}
