import { describe, expect, it } from 'vitest';
import type { GatewayId } from '../types.js';
import type { PacedRunMeasurement, RunMeasurement } from './RunMeasurement.js';
import { formatReport, pacedTable, ratioTable, workloadTable, type ReportInput } from './benchReport.js';

function run(gatewayId: GatewayId, round: number, requestsPerSecond: number, extra: Partial<RunMeasurement> = {}): RunMeasurement {
  return {
    workloadId: 'nosam', gatewayId, round, requestsPerSecond, responses: requestsPerSecond * 10, seconds: 10,
    latencyMs: { p50: 12.34, p95: 40, p99: 123.4 }, errors: 0, errorSamples: [], checkedBodies: requestsPerSecond * 10,
    gatewayPeakRssBytes: 150 * 1024 * 1024, subgraphFetchesPerRequest: 4, sqlStatementsPerRequest: 6.5,
    othersCpuShare: 0.01, busiestOthers: [], disturbed: false, attempts: 1, ...extra,
  };
}

const gateways = [
  { id: 'A' as const, name: 'Samsyn gateway' },
  { id: 'B' as const, name: '@apollo/gateway' },
  { id: 'C' as const, name: 'Hive Gateway' },
];

const runs = [
  run('A', 1, 300), run('B', 1, 100), run('C', 1, 200),
  run('A', 2, 330, { errors: 2, errorSamples: ['HTTP 500: {"errors":[{"message":"boom|x"}]}'] }), run('B', 2, 110), run('C', 2, 220),
  run('A', 3, 360), run('B', 3, 100, { disturbed: true, attempts: 4, othersCpuShare: 0.2, busiestOthers: ['vitest (pid 9) 18 %'] }), run('C', 3, 240),
];

function pacedRun(gatewayId: GatewayId, round: number, p95: number, extra: Partial<PacedRunMeasurement> = {}): PacedRunMeasurement {
  return {
    ...run(gatewayId, round, 9.5, { responses: 105, seconds: 11, latencyMs: { p50: 30, p95, p99: p95 + 20 }, checkedBodies: 105 }),
    users: 20, thinkTimeMs: 2000, plannedSeconds: 10, connectionsOpened: 20, ...extra,
  };
}

const pacedRuns = [
  pacedRun('A', 1, 60), pacedRun('B', 1, 200), pacedRun('C', 1, 90),
  pacedRun('A', 2, 70, { connectionsOpened: 25 }), pacedRun('B', 2, 210), pacedRun('C', 2, 95, { errors: 1, errorSamples: ['connection error or timeout: other side closed'] }),
  pacedRun('A', 3, 65), pacedRun('B', 3, 220, { disturbed: true, attempts: 4, othersCpuShare: 0.3, busiestOthers: ['tsc (pid 7) 30 %'] }), pacedRun('C', 3, 80),
];

const input: ReportInput = {
  startedAt: new Date('2026-11-30T10:00:00Z'),
  finishedAt: new Date('2026-11-30T10:20:00Z'),
  machine: { cpuModel: 'Test CPU', cores: 2, nodeVersion: 'v20.0.0', kernel: '6.1', postgresVersion: 'PostgreSQL 15.20', commit: 'abc1234' },
  settings: { rounds: 3, durationSeconds: 10, warmupSeconds: 3, quick: false, paced: { minResponses: 100, warmupRequestsPerUser: 3 }, reuse: false, checkEvery: 1, quietBusyShare: 0.1, disturbedOthersShare: 0.05, maxRepeats: 3 },
  workloads: [
    {
      id: 'nosam', title: 'The NOSAM view of the largest närområde', connections: 20, writes: false,
      pacing: { users: 20, thinkTimeMs: 2000, describe: 'NOSAM members with the view open' },
    },
  ],
  gateways,
  runs,
  pacedRuns,
};

describe('workloadTable', () => {
  it('has one row per gateway with medians, the range, total errors and the largest RSS', () => {
    expect(workloadTable(input, 'nosam')).toEqual([
      '| gateway | requests/s median (min–max) | p50 ms | p95 ms | p99 ms | errors | peak RSS MB | subgraph fetches / request | SQL statements / request |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| A | 330.0 (300.0–360.0) | 12.3 | 40.0 | 123 | 2 | 150 | 4.00 | 6.50 |',
      '| B (disturbed) | 100.0 (100.0–110.0) | 12.3 | 40.0 | 123 | 0 | 150 | 4.00 | 6.50 |',
      '| C | 220.0 (200.0–240.0) | 12.3 | 40.0 | 123 | 0 | 150 | 4.00 | 6.50 |',
    ]);
  });

  it('says so when a gateway was left out', () => {
    expect(workloadTable({ gateways, runs: runs.filter((entry) => entry.gatewayId !== 'C') }, 'nosam')[4]).toBe('| C | not run | | | | | | | |');
  });
});

describe('ratioTable', () => {
  it('shows A over B and C per round and their medians', () => {
    expect(ratioTable(input, 'nosam')).toEqual([
      '| requests/s ratio | round 1 | round 2 | round 3 | median |',
      '| --- | ---: | ---: | ---: | ---: |',
      '| A/B | 3.00 | 3.00 | 3.60 | **3.00** |',
      '| A/C | 1.50 | 1.50 | 1.50 | **1.50** |',
    ]);
  });

  it('needs A and another gateway', () => {
    expect(ratioTable({ gateways: [gateways[0]!], runs }, 'nosam')).toEqual(['(No ratio: A and another gateway are needed.)']);
  });
});

describe('pacedTable', () => {
  it('has one row per gateway with users, think time, runs, total responses, medians over rounds, errors and connections', () => {
    expect(pacedTable(input, 'nosam')).toEqual([
      '| gateway | users | think time ms (mean) | runs | responses | window s | p50 ms | p95 ms | p99 ms | errors | connections opened |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| A | 20 | 2000 | 3 | 315 | 11.0 | 30.0 | 65.0 | 85.0 | 0 | 65 |',
      '| B (disturbed) | 20 | 2000 | 3 | 315 | 11.0 | 30.0 | 210 | 230 | 0 | 60 |',
      '| C | 20 | 2000 | 3 | 315 | 11.0 | 30.0 | 90.0 | 110 | 1 | 60 |',
    ]);
  });

  it('says so when a gateway was left out', () => {
    expect(pacedTable({ gateways, pacedRuns: pacedRuns.filter((entry) => entry.gatewayId !== 'B') }, 'nosam')[3]).toBe('| B | not run | | | | | | | | | |');
  });
});

describe('formatReport', () => {
  it('writes machine, settings, tables, notes and targets', () => {
    const report = formatReport(input);
    expect(report).toContain('# Gateway benchmark 2026-11-30T10:00:00.000Z');
    expect(report).toContain('- CPU: Test CPU, 2 cores');
    expect(report).toContain('every body was checked');
    expect(report).toContain('## 1. `nosam`: The NOSAM view of the largest närområde');
    expect(report).toContain('- B: 3 runs discarded as disturbed and repeated.');
    expect(report).toContain('- B round 3: kept although disturbed (others used 20 % of one core: vitest (pid 9) 18 %).');
    expect(report).toContain('- A error, round 2: HTTP 500: {"errors":[{"message":"boom\\|x"}]}');
    expect(report).toContain('| nosam | requests/s A ≥ 1.5 × B (median of per-round A/B) | A/B = 3.00 | pass |');
    expect(report).toContain('| nosam | A: p99 ≤ 3 × p50 | p99 123 ms, 3 × p50 = 37.0 ms | **FAIL** |');
    expect(report).not.toContain('not a valid measurement');
  });

  it('shows the paced runs, judges the latency target on them and shows the saturation p95 for information', () => {
    const report = formatReport(input);
    expect(report).toContain('### Paced: 20 users, think time 2000 ms mean');
    expect(report).toContain('NOSAM members with the view open. Each user sends its next request only after its answer arrived and a think time passed.');
    expect(report).toContain('| A | 20 | 2000 | 3 | 315 | 11.0 | 30.0 | 65.0 | 85.0 | 0 | 65 |');
    expect(report).toContain('- C error, round 2: connection error or timeout: other side closed');
    expect(report).toContain('- B round 3: kept although disturbed (others used 30 % of one core: tsc (pid 7) 30 %).');
    expect(report).toContain('- Paced runs (latency targets)');
    expect(report).toContain('until 100 requests were sent');
    expect(report).not.toContain('Window lengthened');
    expect(report).toContain('| nosam | A: p95 ≤ 150 ms with 20 users (paced) | p95 65.0 ms with 20 users, think time 2 s mean (median of 3 runs) | pass |');
    expect(report).toContain('| nosam | A: p95 at saturation | p95 40.0 ms with 20 connections, no think time | information |');
    expect(report).toContain('| nosam | A: p99 ≤ 3 × p50 (paced) | p99 85.0 ms, 3 × p50 = 90.0 ms (within) | information |');
    // Judged: A/B, A/C, p99 ≤ 3 × p50, p95 (paced), RSS; the two information rows are not counted.
    expect(report).toContain('4 passed, 1 failed, 1 not measured.');
  });

  it('says when the paced window was lengthened, and when the paced runs were skipped', () => {
    const lengthened = formatReport({ ...input, settings: { ...input.settings, durationSeconds: 3 } });
    expect(lengthened).toContain('Window lengthened from --duration 3 s to 10 s');
    const skipped = formatReport({ ...input, settings: { ...input.settings, paced: null }, pacedRuns: [] });
    expect(skipped).toContain('- Paced runs: skipped (`--no-paced`)');
    expect(skipped).not.toContain('### Paced');
    expect(skipped).toContain('| nosam | A: p95 ≤ 150 ms with 20 users (paced) | n/a (no paced run) | not measured |');
  });

  it('says that --quick is not a valid measurement and names a reused database', () => {
    const report = formatReport({ ...input, settings: { ...input.settings, quick: true, rounds: 1, reuse: true, checkEvery: 10 } });
    expect(report).toContain('**`--quick`: not a valid measurement.**');
    expect(report).toContain('**reused** (`--reuse`)');
    expect(report).toContain('one body in 10 was checked');
    expect(report).toContain('- 1 round;');
    expect(report).not.toContain('one unmeasured run');
  });

  it('says that the databases were settled and, outside --quick, the subgraphs warmed before round 1', () => {
    const report = formatReport(input);
    expect(report).toContain('- After the services start (and seed): VACUUM (ANALYZE) and CHECKPOINT on the three databases.');
    expect(report).toContain('- Before the first round of each workload: one unmeasured run through every gateway, the reference gateway B first');
  });
});
