// Waits, before a measured window, until the machine has been quiet for one
// second; gives up with the busiest processes named when it stays busy.
import { setTimeout as sleep } from 'node:timers/promises';
import { busiestProcesses, cpuUseBetween } from './cpuTime.js';
import { takeCpuSnapshot } from './procSnapshot.js';
import { isQuiet, type QuietRules } from './quietMachine.js';

export async function waitForQuiet(rules: QuietRules, timeoutSeconds: number, log: (line: string) => void): Promise<void> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  let waitedSince: number | null = null;
  for (;;) {
    const before = takeCpuSnapshot();
    await sleep(1000);
    const after = takeCpuSnapshot();
    const { busyShare } = cpuUseBetween(before, after, [], []);
    if (isQuiet(busyShare, rules)) {
      if (waitedSince !== null) log(`  machine quiet after ${Math.round((Date.now() - waitedSince) / 1000)} s`);
      return;
    }
    const busiest = busiestProcesses(before, after, 3).join(', ');
    if (Date.now() > deadline) {
      throw new Error(
        `The machine was not quiet within ${timeoutSeconds} s: the last second ${Math.round(busyShare * 100)} % of one core was busy ` +
          `(needs < ${Math.round(rules.quietBusyShare * 100)} %); busiest: ${busiest || 'none charged to a process'}. ` +
          'Stop what runs there, or pass --quiet-timeout with more seconds.',
      );
    }
    if (waitedSince === null) {
      waitedSince = Date.now();
      log(`  waiting for a quiet machine (${Math.round(busyShare * 100)} % of one core busy; ${busiest})`);
    }
  }
}
