// How large an operation may be, and its answer: read once at start, the same variables for the gateway and every
// subgraph (a subgraph is reachable on its own network and defends itself too). The defaults leave every operation
// the project ships a wide margin (shippedOperations.test.ts checks that they still do).
import { readWholeNumber } from '../config/environment.js';

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

/** The gateway's limits (SAMSYN_MAX_*, each a whole number in a sensible range; another value stops the start). */
export function readOperationLimits(env: NodeJS.ProcessEnv): OperationLimits {
  const defaults = defaultOperationLimits;
  return {
    maxTokens: readWholeNumber(env, 'SAMSYN_MAX_TOKENS', defaults.maxTokens, 100, 1_000_000),
    maxDepth: readWholeNumber(env, 'SAMSYN_MAX_DEPTH', defaults.maxDepth, 2, 1000),
    maxAliases: readWholeNumber(env, 'SAMSYN_MAX_ALIASES', defaults.maxAliases, 0, 100_000),
    maxDirectives: readWholeNumber(env, 'SAMSYN_MAX_DIRECTIVES', defaults.maxDirectives, 0, 100_000),
    maxCost: readWholeNumber(env, 'SAMSYN_MAX_COST', defaults.maxCost, 100, 1_000_000_000),
    defaultListSize: defaults.defaultListSize,
    maxAnswerBytes: readWholeNumber(env, 'SAMSYN_MAX_ANSWER_BYTES', defaults.maxAnswerBytes, 10_000, 1_000_000_000),
  };
}

/** A subgraph's limits: the same settings with `subgraphHeadroom` (the answer's size is the same). */
export function readSubgraphOperationLimits(env: NodeJS.ProcessEnv): OperationLimits {
  const limits = readOperationLimits(env);
  return {
    ...limits,
    maxTokens: limits.maxTokens * subgraphHeadroom,
    maxDepth: limits.maxDepth * subgraphHeadroom,
    maxAliases: limits.maxAliases * subgraphHeadroom,
    maxDirectives: limits.maxDirectives * subgraphHeadroom,
    maxCost: limits.maxCost * subgraphHeadroom,
  };
}
