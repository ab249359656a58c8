// The three subgraph definitions by name, for the project's scripts (seed).
import type { SubgraphDefinition } from '../subgraphs/common/server/startSubgraph.js';
import type { BaseRequestContext } from '../subgraphs/common/server/requestContext.js';
import type { SubgraphServiceName } from './samsynServices.js';

export async function loadSubgraphDefinition(
  name: SubgraphServiceName,
  env: NodeJS.ProcessEnv,
): Promise<SubgraphDefinition<unknown, BaseRequestContext>> {
  switch (name) {
    case 'vgr':
      return (await import('../subgraphs/vgr/vgrSubgraph.js')).createVgrSubgraph(env) as unknown as SubgraphDefinition<unknown, BaseRequestContext>;
    case 'kommun':
      return (await import('../subgraphs/kommun/kommunSubgraph.js')).createKommunSubgraph(env) as unknown as SubgraphDefinition<unknown, BaseRequestContext>;
    case 'samverkan':
      return (await import('../subgraphs/samverkan/samverkanSubgraph.js')).samverkanSubgraph as unknown as SubgraphDefinition<unknown, BaseRequestContext>;
  }
}
