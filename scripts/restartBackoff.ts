// When the supervisor restarts a service that ended unexpectedly: at once-ish
// the first time, then ever more slowly while it keeps failing, and from the
// start again once it has run healthy for a while.

export interface BackoffPolicy {
  /** The wait before the first restart. */
  initialMs: number;
  /** The longest wait; doubling stops here. */
  maxMs: number;
  /** A service that ran this long before it ended starts the count afresh. */
  healthyResetMs: number;
}

export const defaultBackoff: BackoffPolicy = { initialMs: 1000, maxMs: 30_000, healthyResetMs: 60_000 };

/** The wait before restart number `failures` in a row (1, 2, 3 …): initial, twice that, four times … up to max. */
export function restartDelayMs(failures: number, policy: BackoffPolicy): number {
  const doublings = Math.max(0, failures - 1);
  // 2^31 overflows nothing here but is far past any cap; min keeps the arithmetic finite.
  return Math.min(policy.maxMs, policy.initialMs * 2 ** Math.min(doublings, 30));
}

/** Failures in a row, counting this end of a run that lasted `ranMs`. */
export function failuresInARow(previous: number, ranMs: number, policy: BackoffPolicy): number {
  return ranMs >= policy.healthyResetMs ? 1 : previous + 1;
}
