// A subgraph that is down fails every fetch the query plan sends it (one per entity type and plan step), and
// @apollo/gateway reports each: the client would read the same SUBGRAPH_UNAVAILABLE four times for one missing
// huvudman. The answer keeps one per subgraph, so that each error names one missing part.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

/** The errors with each subgraph's SUBGRAPH_UNAVAILABLE once, where its first one stood; all others as they are. */
export function oneErrorPerUnavailableSubgraph(errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
  const kept: GraphQLFormattedError[] = [];
  const bySubgraph = new Map<unknown, number>();
  for (const error of errors) {
    if (error.extensions?.['code'] !== 'SUBGRAPH_UNAVAILABLE') {
      kept.push(error);
      continue;
    }
    const subgraph = error.extensions['subgraph'];
    const index = bySubgraph.get(subgraph);
    if (index === undefined) {
      bySubgraph.set(subgraph, kept.length);
      kept.push(error);
    } else if (!samePath(kept[index]!.path, error.path)) {
      // Several places are missing: the one error says which service, not where.
      const { path: _path, locations: _locations, ...withoutPlace } = kept[index]!;
      kept[index] = withoutPlace;
    }
  }
  return kept;
}

function samePath(a: GraphQLFormattedError['path'], b: GraphQLFormattedError['path']): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((element, index) => element === b[index]);
}

/** Applies oneErrorPerUnavailableSubgraph to every answer the gateway sends (its errors are formatted by then). */
export function oneErrorPerUnavailableSubgraphPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors && result.errors.length > 1) result.errors = oneErrorPerUnavailableSubgraph(result.errors);
        },
      };
    },
  };
}
