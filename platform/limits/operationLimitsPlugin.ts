// Refuses an operation whose estimated cost is over the limit, once its operation is known and before anything is
// planned or executed (the gateway plans in its executor, after this hook). Depth, aliases and directives are
// refused earlier, by validation rules (documentMeasures.ts), and tokens before parsing (the HTTP server).
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { requestError } from '../errors/samsynError.js';
import { limitExceeded } from './limitExceeded.js';
import { maximumCostedSelections, type CostCalculator } from './operationCost.js';

export function operationLimitsPlugin<Context extends BaseContext>(options: { maxCost: number; cost: CostCalculator }): ApolloServerPlugin<Context> {
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation({ schema, document, operationName, request, operation }) {
      if (!operation) return;
      let cost: number;
      try {
        cost = options.cost({ schema, document, operationName, variables: request.variables ?? {} });
      } catch (error) {
        throw costNotEstimated(error);
      }
      if (cost > options.maxCost) throw limitExceeded('QUERY_TOO_COMPLEX', cost, options.maxCost);
    },
  };
  return { requestDidStart: async () => listener };
}

/** Variables that do not fit their types (the estimate needs their values), or a fragment bomb. */
function costNotEstimated(error: unknown): GraphQLError {
  const message = error instanceof Error ? error.message : String(error);
  if (/maximum allowed number of nodes/.test(message)) {
    return requestError('QUERY_TOO_COMPLEX', `The operation selects more than ${maximumCostedSelections.toLocaleString('en')} fields once its fragments are expanded. Ask for less, or split the operation.`, {
      limit: maximumCostedSelections,
    });
  }
  return requestError('BAD_USER_INPUT', message);
}
