import { describe, expect, it } from 'vitest';
import type { RunMeasurement } from './RunMeasurement.js';
import { ablationCell, ablationTables } from './ablationReport.js';

function run(gatewayId: string, round: number, requestsPerSecond: number, p99 = 100, rssMb = 200): RunMeasurement {
  return {
    workloadId: 'nosam',
    gatewayId: gatewayId as RunMeasurement['gatewayId'],
    round,
    responses: requestsPerSecond * 10,
    seconds: 10,
    requestsPerSecond,
    latencyMs: { p50: p99 / 2, p95: p99 * 0.9, p99 },
    errors: 0,
    errorSamples: [],
    checkedBodies: 0,
    gatewayPeakRssBytes: rssMb * 1024 * 1024,
    subgraphFetchesPerRequest: 1,
    sqlStatementsPerRequest: 1,
    othersCpuShare: 0,
    busiestOthers: [],
    disturbed: false,
    attempts: 1,
  };
}

describe('ablation report', () => {
  const runs = [
    run('A', 1, 120, 100, 200),
    run('A-read-combiner', 1, 100, 150, 220),
    run('A', 2, 60, 100, 200),
    run('A-read-combiner', 2, 50, 120, 180),
    run('A', 3, 100),
    run('A-read-combiner', 3, 98),
    // A variant run without A in its round is not paired.
    run('A-read-combiner', 4, 10),
  ];

  it('pairs a variant run with the A run just before it in its round', () => {
    const adjacent = [run('A', 1, 100), run('B', 1, 80), run('A', 1, 150), run('A-fetch-batching', 1, 100), run('A', 1, 90)];
    expect(ablationCell(adjacent, 'nosam', 'A-fetch-batching')?.throughput).toBeCloseTo(1.5, 5);
  });

  it('pairs each variant run with A of the same round and takes the medians of the ratios', () => {
    const cell = ablationCell(runs, 'nosam', 'A-read-combiner');
    expect(cell?.rounds).toBe(3);
    expect(cell?.throughput).toBeCloseTo(1.2, 5);
    expect(cell?.p99).toBeCloseTo(1.2, 5);
    expect(cell?.rss).toBeCloseTo(1, 5);
    expect(ablationCell(runs, 'patientbild', 'A-read-combiner')).toBeNull();
  });

  it("judges a variant on subgraphs of its own against the control's cost of them", () => {
    const controlled = [...runs, run('A-own-subgraphs', 1, 100), run('A-own-subgraphs', 2, 50), run('A-own-subgraphs', 3, 100)];
    const table = ablationTables({
      workloads: [{ id: 'nosam' }],
      variants: [
        { name: 'read-combiner', id: 'A-read-combiner', subgraphEnv: { SAMSYN_OPTIMISATIONS_OFF: 'read-combiner' } },
        { name: 'own-subgraphs', id: 'A-own-subgraphs', subgraphEnv: { SAMSYN_OPTIMISATIONS_OFF: '' } },
      ],
      runs: controlled,
    });
    // A over the control is 1.20, A over the variant 1.20: the switch itself costs nothing.
    expect(table).toContain('| read-combiner | 1.20× (1.00× against the control) · p99 1.20 · RSS 1.00 | no |');
    expect(table).toContain('| own-subgraphs | 1.20× · p99 1.00 · RSS 1.00 | – |');
  });

  it('says an optimisation pays when A gains at least 10 % on some workload', () => {
    const slightRuns = [...runs, run('A', 5, 105), run('A-remembered-results', 5, 100)];
    const table = ablationTables({
      workloads: [{ id: 'nosam' }, { id: 'patientbild' }],
      variants: [
        { name: 'read-combiner', id: 'A-read-combiner' },
        { name: 'remembered-results', id: 'A-remembered-results' },
      ],
      runs: slightRuns,
    });
    expect(table).toContain('| read-combiner | 1.20× · p99 1.20 · RSS 1.00 | – | yes |');
    expect(table).toContain('| remembered-results | 1.05× · p99 1.00 · RSS 1.00 | – | no |');
  });
});
