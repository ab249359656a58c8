// Small counts are withheld so no patient can be singled out from a
// närområde's figures (SECURITY-NOTES §6: the threshold is a local decision,
// configurable, default 5). Each figure is shown or withheld on its own; the
// values shown are exact.

export interface Antal {
  varde: number | null;
  undertryckt: boolean;
}

export const defaultSuppressionThreshold = 5;

export function suppressionThresholdFromEnvironment(env: NodeJS.ProcessEnv): number {
  const raw = env['SAMSYN_MIN_ANTAL'];
  if (raw === undefined || raw === '') return defaultSuppressionThreshold;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`SAMSYN_MIN_ANTAL must be a whole number of at least 1, got "${raw}"`);
  return value;
}

/** A count of 1 to threshold−1 is withheld; 0 is shown (it singles out no one). */
export function suppressSmallCount(value: number, threshold: number): Antal {
  if (value > 0 && value < threshold) return { varde: null, undertryckt: true };
  return { varde: value, undertryckt: false };
}
