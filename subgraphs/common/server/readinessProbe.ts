// A readiness check that answers within a bounded time: a hung database makes
// a subgraph unready quickly, instead of hanging the orchestrator's probe.
import { readConfiguration, wholeNumberVariable } from '../../../platform/config/variables.js';

export const defaultReadinessTimeoutMs = 1000;

export const readinessVariables = { SAMSYN_READINESS_TIMEOUT_MS: wholeNumberVariable(defaultReadinessTimeoutMs, 1, 60_000) };

export function readReadinessTimeoutMs(env: NodeJS.ProcessEnv): number {
  return readConfiguration(readinessVariables, env).SAMSYN_READINESS_TIMEOUT_MS;
}

export type ProbeOutcome = { ready: true } | { ready: false; reason: 'timeout' | 'failed'; error?: unknown };

/**
 * Wraps `probe` (e.g. `SELECT 1`): false when it fails or takes longer than `timeoutMs`. While one probe is still
 * running, later checks wait for that one rather than queueing more work behind a slow database.
 */
export function createReadinessProbe(probe: () => Promise<unknown>, timeoutMs: number): () => Promise<ProbeOutcome> {
  let running: Promise<ProbeOutcome> | undefined;
  return () => {
    running ??= probe().then(
      (): ProbeOutcome => ({ ready: true }),
      (error: unknown): ProbeOutcome => ({ ready: false, reason: 'failed', error }),
    );
    const pending = running;
    void pending.finally(() => {
      if (running === pending) running = undefined;
    });
    return new Promise<ProbeOutcome>((resolve) => {
      const timer = setTimeout(() => resolve({ ready: false, reason: 'timeout' }), timeoutMs);
      void pending.then((outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      });
    });
  };
}
