// The ratio of gateway A's requests/s to another gateway's, computed pair by
// pair within each round (round 1's A over round 1's B …), so that a slow
// stretch of the machine affects both sides of a ratio alike.
import type { GatewayId } from '../types.js';
import type { RunMeasurement } from './RunMeasurement.js';
import { median } from './statistics.js';

export interface RoundRatios {
  /** One entry per round that measured both gateways, in round order. */
  perRound: { round: number; ratio: number }[];
  /** Median of perRound; NaN when no round had both. */
  median: number;
}

export function roundRatios(
  runs: readonly RunMeasurement[],
  workloadId: string,
  numerator: GatewayId,
  denominator: GatewayId,
): RoundRatios {
  const ofWorkload = runs.filter((run) => run.workloadId === workloadId);
  const rounds = [...new Set(ofWorkload.map((run) => run.round))].sort((a, b) => a - b);
  const perRound: RoundRatios['perRound'] = [];
  for (const round of rounds) {
    const top = ofWorkload.find((run) => run.round === round && run.gatewayId === numerator);
    const bottom = ofWorkload.find((run) => run.round === round && run.gatewayId === denominator);
    if (!top || !bottom) continue;
    perRound.push({ round, ratio: bottom.requestsPerSecond > 0 ? top.requestsPerSecond / bottom.requestsPerSecond : Number.NaN });
  }
  return { perRound, median: median(perRound.map((entry) => entry.ratio)) };
}
