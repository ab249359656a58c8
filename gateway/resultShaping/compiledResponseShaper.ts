// Puts the compiled response shaper (compileResponseShape.ts) in place of @apollo/gateway's own `computeResponse`,
// which the gateway's query-plan executor looks up on its module at every call: the one place that replaces it.
import { createRequire } from 'node:module';
import type { Operation, Schema } from '@apollo/federation-internals';
import type { Logger } from '../../platform/logging/logger.js';
import { optimisationOn } from '../../platform/optimisations/optimisations.js';
import { isCheckedGatewayVersion } from './checkedGatewayVersion.js';
import { compileResponseShape, shapeResponse, type ComputeResponseArguments, type ComputedResponse } from './compileResponseShape.js';

/** Distinct operations remembered per schema; past this the plans are dropped and compiled again. */
const maximumOperations = 2_000;

/** @apollo/gateway's dist/resultShaping.js, as far as the replacements use it. */
export interface ResultShapingModule {
  computeResponse: (args: ComputeResponseArguments) => ComputedResponse;
}

const require = createRequire(import.meta.url);
const installed = Symbol('samsyn compiled response shaper');

/**
 * Installs the compiled shaper unless the `compiled-response-shaper` switch is off or @apollo/gateway is not the
 * checked version; idempotent. Before `installSingleFetchPassThrough`, which wraps whichever shaper is in place.
 */
export function installCompiledResponseShaper(log: Logger): boolean {
  if (!optimisationOn('compiled-response-shaper') || !isCheckedGatewayVersion(log, 'compiled response shaper')) return false;
  const resultShaping = require('@apollo/gateway/dist/resultShaping.js') as ResultShapingModule & { [installed]?: true };
  if (resultShaping[installed]) return true;
  resultShaping.computeResponse = compiledComputeResponse();
  resultShaping[installed] = true;
  return true;
}

/** computeResponse with the plans of the operations seen, per schema (the gateway builds a new Operation per request). */
export function compiledComputeResponse(): (args: ComputeResponseArguments) => ComputedResponse {
  const plansBySchema = new WeakMap<Schema, Map<string, ReturnType<typeof compileResponseShape>>>();
  return (args) => {
    const operation: Operation = args.operation;
    const schema = operation.schema();
    let plans = plansBySchema.get(schema);
    if (!plans) {
      plans = new Map();
      plansBySchema.set(schema, plans);
    }
    const key = operation.toString();
    let plan = plans.get(key);
    if (!plan) {
      if (plans.size >= maximumOperations) plans.clear();
      plan = compileResponseShape(operation);
      plans.set(key, plan);
    }
    return shapeResponse(plan, args);
  };
}
