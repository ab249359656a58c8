import { describe, expect, it } from 'vitest';
import type { RunMeasurement } from './RunMeasurement.js';
import { summarizeGateway } from './gatewaySummary.js';

const base: RunMeasurement = {
  workloadId: 'w', gatewayId: 'A', round: 1, responses: 1000, seconds: 10, requestsPerSecond: 100,
  latencyMs: { p50: 10, p95: 20, p99: 30 }, errors: 0, errorSamples: [], checkedBodies: 1000,
  gatewayPeakRssBytes: 100e6, subgraphFetchesPerRequest: 3, sqlStatementsPerRequest: 5,
  othersCpuShare: 0, busiestOthers: [], disturbed: false, attempts: 1,
};

describe('summarizeGateway', () => {
  it('takes medians over rounds, the range of requests/s, total errors and the largest peak RSS', () => {
    const runs: RunMeasurement[] = [
      { ...base, round: 1, requestsPerSecond: 90, latencyMs: { p50: 12, p95: 25, p99: 40 }, errors: 1, gatewayPeakRssBytes: 120e6 },
      { ...base, round: 2, requestsPerSecond: 110, latencyMs: { p50: 9, p95: 18, p99: 28 }, errors: 2, attempts: 3, disturbed: true },
      { ...base, round: 3, requestsPerSecond: 100, sqlStatementsPerRequest: 7 },
      { ...base, gatewayId: 'B', requestsPerSecond: 5 },
      { ...base, workloadId: 'other', requestsPerSecond: 5 },
    ];
    expect(summarizeGateway(runs, 'w', 'A')).toEqual({
      gatewayId: 'A',
      rounds: 3,
      requestsPerSecond: { median: 100, min: 90, max: 110 },
      latencyMs: { p50: 10, p95: 20, p99: 30 },
      errors: 3,
      checkedBodies: 3000,
      responses: 3000,
      peakRssBytes: 120e6,
      subgraphFetchesPerRequest: 3,
      sqlStatementsPerRequest: 5,
      disturbedRuns: 1,
      repeatedRuns: 2,
    });
  });

  it('gives null for a gateway without runs', () => {
    expect(summarizeGateway([base], 'w', 'C')).toBeNull();
  });
});
