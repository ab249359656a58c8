// The targets of issue 6, judged from the measured runs: A ≥ 1.5 × B and A ≥ C
// in requests/s on every read workload (medians of the per-round ratios),
// p99 ≤ 3 × p50 for A, avvikelseanalys p95 ≤ 300 ms, nosam p95 ≤ 150 ms with 20
// connections, and A's memory ≤ 1.2 × B's.
import type { Workload } from '../types.js';
import type { RunMeasurement } from './RunMeasurement.js';
import { summarizeGateway } from './gatewaySummary.js';
import { roundRatios } from './roundRatios.js';

export type WorkloadFacts = Pick<Workload, 'id' | 'writes' | 'connections'>;

export interface TargetResult {
  workloadId: string;
  target: string;
  measured: string;
  /** null: not measurable in this run (a gateway left out, or no runs). */
  pass: boolean | null;
}

export function evaluateTargets(workloads: readonly WorkloadFacts[], runs: readonly RunMeasurement[]): TargetResult[] {
  const results: TargetResult[] = [];
  for (const workload of workloads) {
    const a = summarizeGateway(runs, workload.id, 'A');
    const b = summarizeGateway(runs, workload.id, 'B');
    if (!workload.writes) {
      for (const [other, factor] of [['B', 1.5], ['C', 1]] as const) {
        const ratio = roundRatios(runs, workload.id, 'A', other).median;
        results.push({
          workloadId: workload.id,
          target: `requests/s A ≥ ${factor === 1 ? '' : `${factor} × `}${other} (median of per-round A/${other})`,
          measured: Number.isNaN(ratio) ? 'n/a' : `A/${other} = ${ratio.toFixed(2)}`,
          pass: Number.isNaN(ratio) ? null : ratio >= factor,
        });
      }
    }
    results.push({
      workloadId: workload.id,
      target: 'A: p99 ≤ 3 × p50',
      measured: a ? `p99 ${ms(a.latencyMs.p99)} ms, 3 × p50 = ${ms(3 * a.latencyMs.p50)} ms` : 'n/a',
      pass: a ? a.latencyMs.p99 <= 3 * a.latencyMs.p50 : null,
    });
    const p95Limit = p95Limits[workload.id];
    if (p95Limit) {
      const connectionsOk = p95Limit.connections === undefined || p95Limit.connections === workload.connections;
      results.push({
        workloadId: workload.id,
        target: `A: p95 ≤ ${p95Limit.ms} ms${p95Limit.connections ? ` with ${p95Limit.connections} connections` : ''}`,
        measured: a ? `p95 ${ms(a.latencyMs.p95)} ms with ${workload.connections} connections` : 'n/a',
        pass: a ? connectionsOk && a.latencyMs.p95 <= p95Limit.ms : null,
      });
    }
    results.push({
      workloadId: workload.id,
      target: 'A: peak RSS ≤ 1.2 × B',
      measured: a && b ? `A ${mb(a.peakRssBytes)} MB, 1.2 × B = ${mb(1.2 * b.peakRssBytes)} MB` : 'n/a',
      pass: a && b ? a.peakRssBytes <= 1.2 * b.peakRssBytes : null,
    });
  }
  return results;
}

/** Latency targets of single workloads (by workload id). */
const p95Limits: Record<string, { ms: number; connections?: number }> = {
  avvikelseanalys: { ms: 300 },
  nosam: { ms: 150, connections: 20 },
};

function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}
