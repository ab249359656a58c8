// Samples each service's resident set (VmRSS) from /proc every few milliseconds, so the peak while one hostile
// request is handled can be told apart from the next one's (VmHWM only keeps the peak of a process's life).
import { readFileSync } from 'node:fs';

export interface RssSampler {
  /** The highest resident set of each process since the last call, in bytes; and resets. */
  takePeaks(): Record<string, number>;
  stop(): void;
}

export function startRssSampler(pids: Record<string, number>, intervalMs = 10): RssSampler {
  let peaks: Record<string, number> = {};
  const sample = () => {
    for (const [name, pid] of Object.entries(pids)) {
      const bytes = residentBytes(pid);
      if (bytes !== null && bytes > (peaks[name] ?? 0)) peaks[name] = bytes;
    }
  };
  const timer = setInterval(sample, intervalMs);
  return {
    takePeaks() {
      sample();
      const taken = peaks;
      peaks = {};
      return taken;
    },
    stop: () => clearInterval(timer),
  };
}

/** VmRSS of a running process in bytes, or null when it has ended. */
export function residentBytes(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}
