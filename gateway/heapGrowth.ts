// How far the gateway's heap may grow past what survived the last full garbage collection before V8 runs the next.
// A gateway handing on large subgraph answers as text (the county-wide analysis is 1.5 MB, 80 a second) allocates
// them as large strings, which only a full collection frees. In the benchmark, with V8's own factor (up to 4×) its
// peak RSS on the analysis reached 942 MB against B's 394; with 50 % it was 299 MB at the same requests/s, and below
// 300 MB on every workload. The price is more full collections: NOSAM went from 216–226 to 185–199 requests/s
// (bench/results/gateways-2026-12-01T132050Z.md and …T141235Z.md).
import { setFlagsFromString } from 'node:v8';
import { readWholeNumber } from '../subgraphs/common/config/environment.js';

/** Grow the heap by at most half of what survived the last full collection. */
export const defaultHeapGrowingPercent = 50;

/** GATEWAY_HEAP_GROWING_PERCENT: 1–400, or 0 for V8's own growing factor; 50 when unset. */
export function readHeapGrowingPercent(env: NodeJS.ProcessEnv): number {
  return readWholeNumber(env, 'GATEWAY_HEAP_GROWING_PERCENT', defaultHeapGrowingPercent, 0, 400);
}

/**
 * Sets V8's heap growing factor to 1 + percent/100 (0 leaves V8's own). V8 reads the flag each time it sets the next
 * collection's limit, so setting it at start, before the gateway allocates its schema and plans, takes effect.
 */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
