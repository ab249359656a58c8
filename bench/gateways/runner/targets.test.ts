import { describe, expect, it } from 'vitest';
import type { GatewayId } from '../types.js';
import type { PacedRunMeasurement, RunMeasurement } from './RunMeasurement.js';
import { evaluateTargets } from './targets.js';

function run(workloadId: string, gatewayId: GatewayId, round: number, requestsPerSecond: number, extra: Partial<RunMeasurement> = {}): RunMeasurement {
  return {
    workloadId, gatewayId, round, requestsPerSecond, responses: 100, seconds: 10,
    latencyMs: { p50: 10, p95: 20, p99: 25 }, errors: 0, errorSamples: [], checkedBodies: 100,
    gatewayPeakRssBytes: 100 * 1024 * 1024, subgraphFetchesPerRequest: 1, sqlStatementsPerRequest: 1,
    othersCpuShare: 0, busiestOthers: [], disturbed: false, attempts: 1, ...extra,
  };
}

function paced(workloadId: string, gatewayId: GatewayId, round: number, latencyMs: RunMeasurement['latencyMs'], users = 20): PacedRunMeasurement {
  return { ...run(workloadId, gatewayId, round, 8, { latencyMs }), users, thinkTimeMs: 2000, plannedSeconds: 10, connectionsOpened: users };
}

const nosamPacing = { users: 20, thinkTimeMs: 2000, describe: 'NOSAM members' };
const analysisPacing = { users: 20, thinkTimeMs: 5000, describe: 'analysts' };

describe('evaluateTargets', () => {
  it('judges the ratios of a read workload from the per-round pairs', () => {
    const runs = [1, 2, 3].flatMap((round) => [
      run('patientbild', 'A', round, 160), run('patientbild', 'B', round, 100), run('patientbild', 'C', round, 170),
    ]);
    const results = evaluateTargets([{ id: 'patientbild', writes: false, connections: 50 }], runs, []);
    expect(results.map((result) => [result.target, result.pass])).toEqual([
      ['requests/s A ≥ 1.5 × B (median of per-round A/B)', true],
      ['requests/s A ≥ C (median of per-round A/C)', false],
      ['requests/s A ≥ D (median of per-round A/D)', null],
      ['A: p99 ≤ 3 × p50', true],
      ['A: peak RSS ≤ 1.2 × B', true],
    ]);
    expect(results[0]!.measured).toBe('A/B = 1.60');
  });

  it('skips the ratio targets for a write workload and judges the latency limits of nosam and avvikelseanalys on the paced runs', () => {
    const runs = [
      run('skrivmix', 'A', 1, 10, { latencyMs: { p50: 10, p95: 20, p99: 31 } }),
      // Saturation p95s far over the limits: information only.
      run('nosam', 'A', 1, 10, { latencyMs: { p50: 400, p95: 900, p99: 1000 } }),
      run('avvikelseanalys', 'A', 1, 10, { latencyMs: { p50: 200, p95: 2000, p99: 2100 }, gatewayPeakRssBytes: 200 * 1024 * 1024 }),
      run('avvikelseanalys', 'B', 1, 10),
    ];
    const pacedRuns = [
      paced('nosam', 'A', 1, { p50: 40, p95: 149, p99: 200 }),
      paced('avvikelseanalys', 'A', 1, { p50: 150, p95: 301, p99: 320 }),
    ];
    const results = evaluateTargets(
      [
        { id: 'skrivmix', writes: true, connections: 10 },
        { id: 'nosam', writes: false, connections: 20, pacing: nosamPacing },
        { id: 'avvikelseanalys', writes: false, connections: 20, pacing: analysisPacing },
      ],
      runs,
      pacedRuns,
    );
    const of = (workloadId: string) => results.filter((result) => result.workloadId === workloadId).map((result) => [result.target, result.pass]);
    expect(of('skrivmix')).toEqual([['A: p99 ≤ 3 × p50', false], ['A: peak RSS ≤ 1.2 × B', null]]);
    expect(of('nosam')).toEqual([
      ['requests/s A ≥ 1.5 × B (median of per-round A/B)', null],
      ['requests/s A ≥ C (median of per-round A/C)', null],
      ['requests/s A ≥ D (median of per-round A/D)', null],
      ['A: p99 ≤ 3 × p50', true],
      ['A: p99 ≤ 3 × p50 (paced)', null],
      ['A: p95 ≤ 150 ms with 20 users (paced)', true],
      ['A: p95 at saturation', null],
      ['A: peak RSS ≤ 1.2 × B', null],
    ]);
    expect(of('avvikelseanalys')).toContainEqual(['A: p95 ≤ 300 ms (paced, 20 analysts)', false]);
    expect(of('avvikelseanalys')).toContainEqual(['A: peak RSS ≤ 1.2 × B', false]);
    const nosam = results.filter((result) => result.workloadId === 'nosam');
    expect(nosam.find((result) => result.target === 'A: p95 ≤ 150 ms with 20 users (paced)')!.measured).toBe(
      'p95 149 ms with 20 users, think time 2 s mean (median of 1 run)',
    );
    expect(nosam.find((result) => result.target === 'A: p95 at saturation')).toMatchObject({
      measured: 'p95 900 ms with 20 connections, no think time', informational: true,
    });
    expect(nosam.find((result) => result.target === 'A: p99 ≤ 3 × p50 (paced)')).toMatchObject({
      measured: 'p99 200 ms, 3 × p50 = 120 ms (over)', informational: true,
    });
  });

  it('takes the median over rounds of the paced p95s', () => {
    const pacedRuns = [
      paced('nosam', 'A', 1, { p50: 40, p95: 100, p99: 110 }),
      paced('nosam', 'A', 2, { p50: 40, p95: 400, p99: 410 }),
      paced('nosam', 'A', 3, { p50: 40, p95: 140, p99: 150 }),
      paced('nosam', 'B', 1, { p50: 40, p95: 900, p99: 950 }),
    ];
    const results = evaluateTargets([{ id: 'nosam', writes: false, connections: 20, pacing: nosamPacing }], [], pacedRuns);
    expect(results.find((result) => result.target.includes('(paced)') && result.target.includes('p95'))).toMatchObject({
      measured: 'p95 140 ms with 20 users, think time 2 s mean (median of 3 runs)', pass: true,
    });
  });

  it('fails the nosam limit when the paced runs did not have 20 users, and leaves it unmeasured without paced runs', () => {
    const workload = { id: 'nosam', writes: false, connections: 20, pacing: { ...nosamPacing, users: 5 } };
    const withFive = evaluateTargets([workload], [run('nosam', 'A', 1, 10)], [paced('nosam', 'A', 1, { p50: 10, p95: 20, p99: 25 }, 5)]);
    expect(withFive.find((result) => result.target.startsWith('A: p95 ≤'))!.pass).toBe(false);
    const without = evaluateTargets([workload], [run('nosam', 'A', 1, 10)], []);
    expect(without.find((result) => result.target.startsWith('A: p95 ≤'))).toMatchObject({ pass: null, measured: 'n/a (no paced run)' });
    expect(without.map((result) => result.target)).not.toContain('A: p99 ≤ 3 × p50 (paced)');
  });
});
