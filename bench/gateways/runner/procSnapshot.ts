// Reads the machine's and every process's CPU time from /proc at one moment,
// and a process's peak resident set (VmHWM).
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseMachineTicks, parseProcessTicks, type CpuSnapshot, type ProcessTicks } from './cpuTime.js';

export function takeCpuSnapshot(): CpuSnapshot {
  const processes: ProcessTicks[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      processes.push(parseProcessTicks(readFileSync(`/proc/${name}/stat`, 'utf8')));
    } catch {
      // ended while we looked
    }
  }
  return { atMs: performance.now(), machine: parseMachineTicks(readFileSync('/proc/stat', 'utf8')), processes };
}

/** VmHWM of a running process, in bytes. */
export function readPeakRssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
  if (!match) throw new Error(`/proc/${pid}/status has no VmHWM`);
  return Number(match[1]) * 1024;
}
