// How large an operation may be, and its answer: read once at start, the same variables for the gateway and every
// subgraph (a subgraph is reachable on its own network and defends itself too). The defaults leave every operation
// the project ships a wide margin (shippedOperations.test.ts checks that they still do).
import { readConfiguration, wholeNumberVariable, type Variables } from '../config/variables.js';

export interface OperationLimits {
  /** Lexical tokens of the query document (SAMSYN_MAX_TOKENS); checked before it is parsed further. */
  maxTokens: number;
  /** Nesting of fields, fragments flattened (SAMSYN_MAX_DEPTH). */
  maxDepth: number;
  /** Aliased fields of the operation (SAMSYN_MAX_ALIASES). */
  maxAliases: number;
  /** Directives used in the operation (SAMSYN_MAX_DIRECTIVES). */
  maxDirectives: number;
  /** The estimated cost: an object 1, a scalar 0, a list field's selection times its size (SAMSYN_MAX_COST; listFanOutEstimator.ts). */
  maxCost: number;
  /** A list field without a size of its own in the schema counts this many elements. */
  defaultListSize: number;
  /** Bytes of one answer (SAMSYN_MAX_ANSWER_BYTES); a larger one is replaced by an error. */
  maxAnswerBytes: number;
}

export const defaultOperationLimits: OperationLimits = {
  maxTokens: 2000,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxCost: 200_000,
  defaultListSize: 50,
  maxAnswerBytes: 16 * 1024 * 1024,
};

/**
 * A subgraph allows each limit twice over: the gateway's plan for an operation within the limits adds key fields,
 * merges a plan step's fetches into one query (with aliases) and names every entity it fetches, so what reaches a
 * subgraph may measure more than what the client sent.
 */
export const subgraphHeadroom = 2;

/** SAMSYN_MAX_*, each a whole number in a sensible range; another value stops the start. */
export const operationLimitVariables = {
  SAMSYN_MAX_TOKENS: wholeNumberVariable(defaultOperationLimits.maxTokens, 100, 1_000_000),
  SAMSYN_MAX_DEPTH: wholeNumberVariable(defaultOperationLimits.maxDepth, 2, 1000),
  SAMSYN_MAX_ALIASES: wholeNumberVariable(defaultOperationLimits.maxAliases, 0, 100_000),
  SAMSYN_MAX_DIRECTIVES: wholeNumberVariable(defaultOperationLimits.maxDirectives, 0, 100_000),
  SAMSYN_MAX_COST: wholeNumberVariable(defaultOperationLimits.maxCost, 100, 1_000_000_000),
  SAMSYN_MAX_ANSWER_BYTES: wholeNumberVariable(defaultOperationLimits.maxAnswerBytes, 10_000, 1_000_000_000),
};

/** The gateway's limits. */
export function operationLimitsFrom(values: Variables<typeof operationLimitVariables>): OperationLimits {
  return {
    maxTokens: values.SAMSYN_MAX_TOKENS,
    maxDepth: values.SAMSYN_MAX_DEPTH,
    maxAliases: values.SAMSYN_MAX_ALIASES,
    maxDirectives: values.SAMSYN_MAX_DIRECTIVES,
    maxCost: values.SAMSYN_MAX_COST,
    defaultListSize: defaultOperationLimits.defaultListSize,
    maxAnswerBytes: values.SAMSYN_MAX_ANSWER_BYTES,
  };
}

export function readOperationLimits(env: NodeJS.ProcessEnv): OperationLimits {
  return operationLimitsFrom(readConfiguration(operationLimitVariables, env));
}

export function readSubgraphOperationLimits(env: NodeJS.ProcessEnv): OperationLimits {
  return subgraphOperationLimitsFrom(readConfiguration(operationLimitVariables, env));
}

/** A subgraph's limits: the same settings with `subgraphHeadroom` (the answer's size is the same). */
export function subgraphOperationLimitsFrom(values: Variables<typeof operationLimitVariables>): OperationLimits {
  const limits = operationLimitsFrom(values);
  return {
    ...limits,
    maxTokens: limits.maxTokens * subgraphHeadroom,
    maxDepth: limits.maxDepth * subgraphHeadroom,
    maxAliases: limits.maxAliases * subgraphHeadroom,
    maxDirectives: limits.maxDirectives * subgraphHeadroom,
    maxCost: limits.maxCost * subgraphHeadroom,
  };
}
