// The benchmark's quiet-machine rules: start a measured window only when the
// machine is idle, and discard a run that processes not ours disturbed.

export interface QuietRules {
  /** A measured window starts when the whole machine used less than this share of one core over 1 s. */
  quietBusyShare: number;
  /** A run is disturbed when processes not ours used more than this share of one core during its window. */
  disturbedOthersShare: number;
  /** How often a disturbed run is repeated before it is kept and marked disturbed. */
  maxRepeats: number;
}

// On these machines the VM agent (process_api) and the kernel's kdamond alone use 2–4 % of a core, so a
// threshold of 5 % would call quiet runs disturbed; 8 % still catches a test suite or a build (tens of %).
export const defaultQuietRules: QuietRules = { quietBusyShare: 0.1, disturbedOthersShare: 0.08, maxRepeats: 3 };

export function isQuiet(busyShare: number, rules: QuietRules): boolean {
  return busyShare < rules.quietBusyShare;
}

export function isDisturbed(othersShare: number, rules: QuietRules): boolean {
  return othersShare > rules.disturbedOthersShare;
}

export type RunVerdict = 'keep' | 'repeat' | 'keep-disturbed';

/** After the attempt-th try of a run (1-based): keep it, or repeat it, or keep it marked once the repeats are used up. */
export function judgeRun(othersShare: number, attempt: number, rules: QuietRules): RunVerdict {
  if (!isDisturbed(othersShare, rules)) return 'keep';
  return attempt <= rules.maxRepeats ? 'repeat' : 'keep-disturbed';
}
