import { describe, expect, it } from 'vitest';
import type { GatewayId } from '../types.js';
import type { RunMeasurement } from './RunMeasurement.js';
import { formatReport, ratioTable, workloadTable, type ReportInput } from './benchReport.js';

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

const input: ReportInput = {
  startedAt: new Date('2026-11-30T10:00:00Z'),
  finishedAt: new Date('2026-11-30T10:20:00Z'),
  machine: { cpuModel: 'Test CPU', cores: 2, nodeVersion: 'v20.0.0', kernel: '6.1', postgresVersion: 'PostgreSQL 15.20', commit: 'abc1234' },
  settings: { rounds: 3, durationSeconds: 10, warmupSeconds: 3, quick: false, reuse: false, checkEvery: 1, quietBusyShare: 0.1, disturbedOthersShare: 0.05, maxRepeats: 3 },
  workloads: [{ id: 'nosam', title: 'The NOSAM view of the largest närområde', connections: 20, writes: false }],
  gateways,
  runs,
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

  it('says that --quick is not a valid measurement and names a reused database', () => {
    const report = formatReport({ ...input, settings: { ...input.settings, quick: true, rounds: 1, reuse: true, checkEvery: 10 } });
    expect(report).toContain('**`--quick`: not a valid measurement.**');
    expect(report).toContain('**reused** (`--reuse`)');
    expect(report).toContain('one body in 10 was checked');
    expect(report).toContain('- 1 round;');
  });
});
