// The ablation's part of the report: for each optimisation, what A loses without it on each workload, as ratios
// within the round (A over A without it), and which pass the bar of a 10 % gain on some workload.
import type { Workload } from '../types.js';
import type { AblationVariant } from './ablation.js';
import type { RunMeasurement } from './RunMeasurement.js';
import { median } from './statistics.js';

export interface AblationInput {
  workloads: Pick<Workload, 'id'>[];
  variants: (Pick<AblationVariant, 'name' | 'id'> & Partial<Pick<AblationVariant, 'subgraphEnv'>>)[];
  runs: readonly RunMeasurement[];
}

/** Gains below this on every workload do not pay for an optimisation's code. */
export const payingGain = 1.1;

export interface AblationCell {
  /** A's requests/s over the variant's, median of the per-round ratios. */
  throughput: number;
  /** The variant's p99 over A's. */
  p99: number;
  /** The variant's peak RSS over A's. */
  rss: number;
  rounds: number;
}

/**
 * The medians of the ratios of A against the variant on one workload, each variant run paired with the A run of its
 * round that ran last before it (the one run for it); null when no round has both.
 */
export function ablationCell(runs: readonly RunMeasurement[], workloadId: string, variantId: string): AblationCell | null {
  const pairs: { a: RunMeasurement; off: RunMeasurement }[] = [];
  runs.forEach((off, index) => {
    if (off.workloadId !== workloadId || off.gatewayId !== variantId) return;
    const before = runs.slice(0, index).filter((run) => run.workloadId === workloadId && run.gatewayId === 'A' && run.round === off.round);
    const a = before.at(-1);
    if (a) pairs.push({ a, off });
  });
  if (pairs.length === 0) return null;
  return {
    throughput: median(pairs.map(({ a, off }) => a.requestsPerSecond / off.requestsPerSecond)),
    p99: median(pairs.map(({ a, off }) => off.latencyMs.p99 / a.latencyMs.p99)),
    rss: median(pairs.map(({ a, off }) => off.gatewayPeakRssBytes / a.gatewayPeakRssBytes)),
    rounds: pairs.length,
  };
}

export function ablationTables(input: AblationInput): string {
  const workloadIds = input.workloads.map((workload) => workload.id);
  const lines = [
    '',
    '## Ablation: A with one optimisation turned off',
    '',
    'Each cell: A\'s requests/s over the variant\'s (how much faster A is with it; median over rounds of the ratio to the A run just before the variant), ' +
      "then the variant's p99 and peak RSS over A's. " +
      `An optimisation pays when A is at least ${payingGain.toFixed(2)}× on some workload. ` +
      'A variant on subgraphs of its own is also given against the control `own-subgraphs` (nothing off, subgraphs of its own), ' +
      'and judged by that ratio when the control ran.',
    '',
    `| turned off | ${workloadIds.join(' | ')} | pays |`,
    `| --- | ${workloadIds.map(() => '---:').join(' | ')} | --- |`,
  ];
  const control = input.variants.find((variant) => variant.name === 'own-subgraphs');
  for (const variant of input.variants) {
    const cells = workloadIds.map((id) => ablationCell(input.runs, id, variant.id));
    const ownSubgraphs = variant !== control && Object.keys(variant.subgraphEnv ?? {}).length > 0;
    // A's gain over the variant, net of what running on subgraphs of its own costs.
    const gains = workloadIds.map((id, index) => {
      const cell = cells[index];
      const controlCell = ownSubgraphs && control ? ablationCell(input.runs, id, control.id) : null;
      return cell ? cell.throughput / (controlCell?.throughput ?? 1) : null;
    });
    const text = cells.map((cell, index) => {
      if (!cell) return '–';
      const net = ownSubgraphs && gains[index] !== cell.throughput ? ` (${gains[index]!.toFixed(2)}× against the control)` : '';
      return `${cell.throughput.toFixed(2)}×${net} · p99 ${cell.p99.toFixed(2)} · RSS ${cell.rss.toFixed(2)}`;
    });
    const measured = gains.filter((gain): gain is number => gain !== null);
    const pays = variant === control || measured.length === 0 ? '–' : measured.some((gain) => gain >= payingGain) ? 'yes' : 'no';
    lines.push(`| ${variant.name} | ${text.join(' | ')} | ${pays} |`);
  }
  lines.push('');
  return lines.join('\n');
}
