// The estimated cost of the operation a request runs, with graphql-query-complexity and Samsyn's list fan-out
// estimator, for the variables sent (a `first: $n` counts as $n, `_entities` as its representations).
import { getComplexity } from 'graphql-query-complexity';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { listFanOutEstimator } from './listFanOutEstimator.js';
import type { ListSizes } from './listSizes.js';

export interface CostModel {
  listSizes: ListSizes;
  defaultListSize: number;
}

/**
 * Selections it visits at most, counted with fragments expanded (graphql-query-complexity's own default): the
 * estimate of a fragment bomb stops here and throws instead of expanding it. The largest operation the project
 * ships visits a few hundred.
 */
export const maximumCostedSelections = 10_000;

export interface OperationCostRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | null;
  variables: Record<string, unknown>;
}

export type CostCalculator = (request: OperationCostRequest) => number;

/** Throws graphql-query-complexity's GraphQLError for variables that do not fit, or a document past the selections cap. */
export function createCostCalculator(model: CostModel): CostCalculator {
  const estimators = [listFanOutEstimator(model.listSizes, model.defaultListSize)];
  return ({ schema, document, operationName, variables }) =>
    getComplexity({ schema, query: document, variables, estimators, maxQueryNodes: maximumCostedSelections, ...(operationName ? { operationName } : {}) });
}
