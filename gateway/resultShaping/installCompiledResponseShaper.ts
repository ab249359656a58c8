// Puts the compiled response shaper (compileResponseShape.ts) in place of @apollo/gateway's own
// `computeResponse`, which the gateway's query-plan executor looks up on its module at every call. Only for the
// @apollo/gateway version the equivalence test ran against: another version keeps its own shaper (and says so).
import { createRequire } from 'node:module';
import type { Operation, Schema } from '@apollo/federation-internals';
import type { Logger } from '../../platform/logging/logger.js';
import { mayPassRoot } from './singleFetchPassThrough.js';
import { compileResponseShape, shapeResponse, type ComputeResponseArguments, type ComputedResponse } from './compileResponseShape.js';

/** The @apollo/gateway release whose resultShaping.js the compiled shaper reproduces. */
export const shapedGatewayVersion = '2.14.4';

/** Distinct operations remembered per schema; past this the plans are dropped and compiled again. */
const maximumOperations = 2_000;

interface ResultShapingModule {
  computeResponse: (args: ComputeResponseArguments) => ComputedResponse;
}

const require = createRequire(import.meta.url);

export function installedGatewayVersion(): string {
  return (require('@apollo/gateway/package.json') as { version: string }).version;
}

/** Whether this @apollo/gateway is the version the equivalence test ran against (if not, says so and patches nothing). */
export function gatewayVersionChecked(log: Logger): boolean {
  const version = installedGatewayVersion();
  if (version === shapedGatewayVersion) return true;
  log.warn('@apollo/gateway is not the version the compiled response shaper was checked against; using its own', { version, checked: shapedGatewayVersion });
  return false;
}

/** Puts the compiled shaper in place; only after `gatewayVersionChecked`. */
export function installCompiledResponseShaper(): void {
  const resultShaping = require('@apollo/gateway/dist/resultShaping.js') as ResultShapingModule;
  resultShaping.computeResponse = compiledComputeResponse();
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
    // A single fetch's answer that is already the client's answer is given back as it is (singleFetchPassThrough.ts).
    if (mayPassRoot(args.input)) return { data: args.input, errors: [] };
    return shapeResponse(plan, args);
  };
}
