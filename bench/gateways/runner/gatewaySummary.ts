// One gateway's figures on one workload over all rounds: the row of the
// report's table (medians over rounds, the range of requests/s, totals, maxima).
import type { GatewayId } from '../types.js';
import type { RunMeasurement } from './RunMeasurement.js';
import { median, minMax } from './statistics.js';

export interface GatewaySummary {
  gatewayId: GatewayId;
  rounds: number;
  requestsPerSecond: { median: number; min: number; max: number };
  /** Medians over rounds of each round's exact percentiles. */
  latencyMs: { p50: number; p95: number; p99: number };
  errors: number;
  checkedBodies: number;
  responses: number;
  peakRssBytes: number;
  subgraphFetchesPerRequest: number;
  sqlStatementsPerRequest: number;
  disturbedRuns: number;
  repeatedRuns: number;
}

/** Null when the gateway has no run on the workload. */
export function summarizeGateway(runs: readonly RunMeasurement[], workloadId: string, gatewayId: GatewayId): GatewaySummary | null {
  const own = runs.filter((run) => run.workloadId === workloadId && run.gatewayId === gatewayId);
  if (own.length === 0) return null;
  const rps = own.map((run) => run.requestsPerSecond);
  return {
    gatewayId,
    rounds: own.length,
    requestsPerSecond: { median: median(rps), ...minMax(rps) },
    latencyMs: {
      p50: median(own.map((run) => run.latencyMs.p50)),
      p95: median(own.map((run) => run.latencyMs.p95)),
      p99: median(own.map((run) => run.latencyMs.p99)),
    },
    errors: sum(own.map((run) => run.errors)),
    checkedBodies: sum(own.map((run) => run.checkedBodies)),
    responses: sum(own.map((run) => run.responses)),
    peakRssBytes: Math.max(...own.map((run) => run.gatewayPeakRssBytes)),
    subgraphFetchesPerRequest: median(own.map((run) => run.subgraphFetchesPerRequest)),
    sqlStatementsPerRequest: median(own.map((run) => run.sqlStatementsPerRequest)),
    disturbedRuns: own.filter((run) => run.disturbed).length,
    repeatedRuns: sum(own.map((run) => run.attempts - 1)),
  };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
