// Every process the benchmark starts, so that a failure, Ctrl+C or an early
// exit still stops them all (by pid; taskset execs, so the pid is the program).

export interface OwnedProcess {
  name: string;
  pid: number;
  stop(): Promise<void>;
}

const owned = new Set<OwnedProcess>();

export function own(process: OwnedProcess): OwnedProcess {
  owned.add(process);
  return process;
}

export function disown(process: OwnedProcess): void {
  owned.delete(process);
}

export function ownedPids(): number[] {
  return [...owned].map((entry) => entry.pid);
}

/** Stops everything still running, newest first (gateways and load generators before the services they use). */
export async function stopAllOwned(): Promise<void> {
  for (const entry of [...owned].reverse()) {
    try {
      await entry.stop();
    } catch {
      // keep stopping the rest
    }
    owned.delete(entry);
  }
}

/** Last resort from a synchronous 'exit' handler: SIGKILL whatever is left. */
export function killAllOwnedNow(): void {
  for (const entry of owned) {
    try {
      process.kill(entry.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  owned.clear();
}
