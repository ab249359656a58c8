// The operation limits as Apollo Server options, for the gateway (over the supergraph) and each subgraph (over its
// own SDL): validation rules for depth, aliases and directives, and the plugin for the cost. Tokens and the
// answer's size are the HTTP server's (graphqlHttpServer.ts).
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { DocumentNode, ValidationRule } from 'graphql';
import { documentLimitRules } from './documentMeasures.js';
import { listSizesFromSdl } from './listSizes.js';
import { createCostCalculator } from './operationCost.js';
import type { OperationLimits } from './operationLimits.js';
import { operationLimitsPlugin } from './operationLimitsPlugin.js';

/** `sdl` declares the list sizes (`@listSize`) of the schema the server serves. */
export function operationLimitsOptions<Context extends BaseContext>(
  limits: OperationLimits,
  sdl: DocumentNode,
): { plugins: ApolloServerPlugin<Context>[]; validationRules: ValidationRule[] } {
  const cost = createCostCalculator({ listSizes: listSizesFromSdl(sdl), defaultListSize: limits.defaultListSize });
  return { plugins: [operationLimitsPlugin<Context>({ maxCost: limits.maxCost, cost })], validationRules: documentLimitRules(limits) };
}
