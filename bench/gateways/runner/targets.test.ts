import { describe, expect, it } from 'vitest';
import type { GatewayId } from '../types.js';
import type { RunMeasurement } from './RunMeasurement.js';
import { evaluateTargets } from './targets.js';

function run(workloadId: string, gatewayId: GatewayId, round: number, requestsPerSecond: number, extra: Partial<RunMeasurement> = {}): RunMeasurement {
  return {
    workloadId, gatewayId, round, requestsPerSecond, responses: 100, seconds: 10,
    latencyMs: { p50: 10, p95: 20, p99: 25 }, errors: 0, errorSamples: [], checkedBodies: 100,
    gatewayPeakRssBytes: 100 * 1024 * 1024, subgraphFetchesPerRequest: 1, sqlStatementsPerRequest: 1,
    othersCpuShare: 0, busiestOthers: [], disturbed: false, attempts: 1, ...extra,
  };
}

describe('evaluateTargets', () => {
  it('judges the ratios of a read workload from the per-round pairs', () => {
    const runs = [1, 2, 3].flatMap((round) => [
      run('patientbild', 'A', round, 160), run('patientbild', 'B', round, 100), run('patientbild', 'C', round, 170),
    ]);
    const results = evaluateTargets([{ id: 'patientbild', writes: false, connections: 50 }], runs);
    expect(results.map((result) => [result.target, result.pass])).toEqual([
      ['requests/s A ≥ 1.5 × B (median of per-round A/B)', true],
      ['requests/s A ≥ C (median of per-round A/C)', false],
      ['A: p99 ≤ 3 × p50', true],
      ['A: peak RSS ≤ 1.2 × B', true],
    ]);
    expect(results[0]!.measured).toBe('A/B = 1.60');
  });

  it('skips the ratio targets for a write workload and checks the latency limits of nosam and avvikelseanalys', () => {
    const runs = [
      run('skrivmix', 'A', 1, 10, { latencyMs: { p50: 10, p95: 20, p99: 31 } }),
      run('nosam', 'A', 1, 10, { latencyMs: { p50: 100, p95: 149, p99: 200 } }),
      run('avvikelseanalys', 'A', 1, 10, { latencyMs: { p50: 200, p95: 301, p99: 400 }, gatewayPeakRssBytes: 200 * 1024 * 1024 }),
      run('avvikelseanalys', 'B', 1, 10),
    ];
    const results = evaluateTargets(
      [
        { id: 'skrivmix', writes: true, connections: 10 },
        { id: 'nosam', writes: false, connections: 20 },
        { id: 'avvikelseanalys', writes: false, connections: 20 },
      ],
      runs,
    );
    const of = (workloadId: string) => results.filter((result) => result.workloadId === workloadId).map((result) => [result.target, result.pass]);
    expect(of('skrivmix')).toEqual([['A: p99 ≤ 3 × p50', false], ['A: peak RSS ≤ 1.2 × B', null]]);
    expect(of('nosam')).toContainEqual(['A: p95 ≤ 150 ms with 20 connections', true]);
    expect(of('nosam')).toContainEqual(['requests/s A ≥ 1.5 × B (median of per-round A/B)', null]);
    expect(of('avvikelseanalys')).toContainEqual(['A: p95 ≤ 300 ms', false]);
    expect(of('avvikelseanalys')).toContainEqual(['A: peak RSS ≤ 1.2 × B', false]);
  });

  it('fails the nosam limit when the workload does not use 20 connections', () => {
    const results = evaluateTargets([{ id: 'nosam', writes: false, connections: 5 }], [run('nosam', 'A', 1, 10)]);
    expect(results.find((result) => result.target.startsWith('A: p95'))!.pass).toBe(false);
  });
});
