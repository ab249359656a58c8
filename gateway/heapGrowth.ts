// How far the gateway's heap may grow past what survived the last full garbage collection before V8 runs the next.
// V8's own factor lets it grow up to 4×. While the gateway handed large subgraph answers on as text, megabyte strings
// (the county-wide analysis, 80 a second) that only a full collection frees took its peak RSS on the analysis to
// 942 MB against B's 394; 50 % held it at 299 MB but cost NOSAM about 12 % of its requests/s
// (bench/results/gateways-2026-12-01T132050Z.md and …T141235Z.md). Those answers now stay bytes outside V8's heap
// (subgraphFetcher.ts). With V8's own factor the analysis then peaked at 258 MB against B's 399, but the patient page
// at 376 MB against a limit of 380 (…T160934Z.md). With 100 % it peaked at 272 MB against 345, and NOSAM at 286 against
// 396, with NOSAM A/B 1.59 (one run of both workloads, A and B, on the slow machine). The full run that followed kept
// A between 240 and 283 MB on every workload, more than a quarter under its limit (…T192805Z.md).
import { setFlagsFromString } from 'node:v8';
import { readConfiguration, wholeNumberVariable } from '../subgraphs/common/config/variables.js';

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
