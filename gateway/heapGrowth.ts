// How far the gateway's heap may grow past what survived the last full garbage collection before V8 runs the next.
// V8's own factor lets a busy gateway's heap grow far past what it keeps; a smaller factor costs throughput (the
// trade-off: the README's GATEWAY_HEAP_GROWING_PERCENT row).
import { setFlagsFromString } from 'node:v8';
import { readConfiguration, wholeNumberVariable } from '../platform/config/variables.js';

/** Grow the heap by at most what survived the last full collection. */
export const defaultHeapGrowingPercent = 100;

/** GATEWAY_HEAP_GROWING_PERCENT: 1–400, or 0 for V8's own growing factor; 100 when unset. */
export const heapGrowthVariables = { GATEWAY_HEAP_GROWING_PERCENT: wholeNumberVariable(defaultHeapGrowingPercent, 0, 400) };

export function readHeapGrowingPercent(env: NodeJS.ProcessEnv): number {
  return readConfiguration(heapGrowthVariables, env).GATEWAY_HEAP_GROWING_PERCENT;
}

/**
 * Sets V8's heap growing factor to 1 + percent/100 (0 leaves V8's own). V8 reads the flag each time it sets the next
 * collection's limit, so setting it at start, before the gateway allocates its schema and plans, takes effect.
 */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
