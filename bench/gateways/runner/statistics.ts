// Exact order statistics for the benchmark report: percentiles over every
// recorded latency (autocannon's histogram gives no p95) and medians over rounds.

/** The value at rank ⌈q·n⌉ of the sorted values (nearest-rank percentile); NaN for no values. */
export function percentile(values: readonly number[], q: number): number {
  if (q < 0 || q > 1) throw new Error(`percentile needs 0 ≤ q ≤ 1, got ${q}`);
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sortedPercentile(sorted, q);
}

/** percentile() on values already sorted ascending (saves a sort when several are read). */
export function sortedPercentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}

export interface LatencyPercentiles {
  p50: number;
  p95: number;
  p99: number;
}

export function latencyPercentiles(latenciesMs: readonly number[]): LatencyPercentiles {
  const sorted = Float64Array.from(latenciesMs).sort();
  const values = Array.from(sorted);
  return { p50: sortedPercentile(values, 0.5), p95: sortedPercentile(values, 0.95), p99: sortedPercentile(values, 0.99) };
}

/** The median; with an even count the mean of the two middle values (rounds are few, so this matters). */
export function median(values: readonly number[]): number {
  const finite = values.filter((value) => !Number.isNaN(value));
  if (finite.length === 0) return Number.NaN;
  const sorted = [...finite].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function minMax(values: readonly number[]): { min: number; max: number } {
  const finite = values.filter((value) => !Number.isNaN(value));
  if (finite.length === 0) return { min: Number.NaN, max: Number.NaN };
  return { min: Math.min(...finite), max: Math.max(...finite) };
}
