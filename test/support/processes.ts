// Whether processes still run, for tests that must leave none behind (Linux /proc).
import { readFileSync, readdirSync } from 'node:fs';

/** True while `pid` runs; a zombie (ended, not yet reaped) counts as ended. */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Waits up to `timeoutMs` until none of `pids` runs; returns those still running. */
export async function waitUntilEnded(pids: readonly number[], timeoutMs: number): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const running = pids.filter(isRunning);
    if (running.length === 0 || Date.now() > deadline) return running;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The process ids whose environment holds `name=value` (how a test finds every process it started). */
export function pidsWithEnvironment(name: string, value: string): number[] {
  const needle = `${name}=${value}`;
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(needle) && isRunning(pid);
      } catch {
        return false;
      }
    });
}
