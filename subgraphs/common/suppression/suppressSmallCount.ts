// Small counts are withheld so no patient can be singled out from a
// närområde's figures (SECURITY-NOTES §6: the threshold is a local decision,
// configurable, default 5). Each figure is shown or withheld on its own; the
// values shown are exact.
import { readConfiguration, wholeNumberVariable } from '../../../platform/config/variables.js';

export interface Antal {
  varde: number | null;
  undertryckt: boolean;
}

export const defaultSuppressionThreshold = 5;
/** Far above any threshold in use (3 to 10); a larger value is more likely a typing error than a decision. */
const largestSuppressionThreshold = 1000;

/** SAMSYN_MIN_ANTAL; an invalid value throws a ConfigurationError that names it, which stops the start. */
export const suppressionVariables = { SAMSYN_MIN_ANTAL: wholeNumberVariable(defaultSuppressionThreshold, 1, largestSuppressionThreshold) };

export function suppressionThresholdFromEnvironment(env: NodeJS.ProcessEnv): number {
  return readConfiguration(suppressionVariables, env).SAMSYN_MIN_ANTAL;
}

/** A count of 1 to threshold−1 is withheld; 0 is shown (it singles out no one). */
export function suppressSmallCount(value: number, threshold: number): Antal {
  if (value > 0 && value < threshold) return { varde: null, undertryckt: true };
  return { varde: value, undertryckt: false };
}
