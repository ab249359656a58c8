import { describe, expect, it } from 'vitest';
import type { GatewayId } from '../types.js';
import type { RunMeasurement } from './RunMeasurement.js';
import { roundRatios } from './roundRatios.js';

function run(workloadId: string, gatewayId: GatewayId, round: number, requestsPerSecond: number): RunMeasurement {
  return {
    workloadId, gatewayId, round, requestsPerSecond,
    responses: requestsPerSecond * 10, seconds: 10, latencyMs: { p50: 1, p95: 2, p99: 3 }, errors: 0, errorSamples: [],
    checkedBodies: 0, gatewayPeakRssBytes: 0, subgraphFetchesPerRequest: 0, sqlStatementsPerRequest: 0,
    othersCpuShare: 0, busiestOthers: [], disturbed: false, attempts: 1,
  };
}

describe('roundRatios', () => {
  it('divides A by B within each round, not the medians', () => {
    const runs = [
      run('w', 'A', 1, 300), run('w', 'B', 1, 100),
      run('w', 'A', 2, 200), run('w', 'B', 2, 200),
      run('w', 'A', 3, 100), run('w', 'B', 3, 50),
      run('other', 'A', 1, 1), run('other', 'B', 1, 1000),
    ];
    const ratios = roundRatios(runs, 'w', 'A', 'B');
    expect(ratios.perRound).toEqual([{ round: 1, ratio: 3 }, { round: 2, ratio: 1 }, { round: 3, ratio: 2 }]);
    expect(ratios.median).toBe(2);
  });

  it('skips rounds where one side is missing and gives NaN when nothing pairs', () => {
    const runs = [run('w', 'A', 1, 300), run('w', 'C', 2, 100), run('w', 'A', 2, 150)];
    expect(roundRatios(runs, 'w', 'A', 'C').perRound).toEqual([{ round: 2, ratio: 1.5 }]);
    expect(roundRatios(runs, 'w', 'A', 'B').median).toBeNaN();
  });

  it('gives NaN for a round where the other gateway answered nothing', () => {
    const ratios = roundRatios([run('w', 'A', 1, 10), run('w', 'B', 1, 0)], 'w', 'A', 'B');
    expect(ratios.perRound[0]!.ratio).toBeNaN();
  });
});
