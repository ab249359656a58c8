import { describe, expect, it } from 'vitest';
import { busiestProcesses, cpuUseBetween, ourPids, parseMachineTicks, parseProcessTicks, type CpuSnapshot, type ProcessTicks } from './cpuTime.js';

describe('parseMachineTicks', () => {
  it('adds user, nice, system, irq, softirq and steal of the aggregate line', () => {
    const stat = 'cpu  100 5 20 9000 7 1 2 3 0 0\ncpu0 50 2 10 4500 3 0 1 1 0 0\nintr 1 2 3';
    expect(parseMachineTicks(stat)).toEqual({ busy: 131, steal: 3 });
  });
});

describe('parseProcessTicks', () => {
  it('reads ppid, utime + stime and cutime + cstime even when the name holds spaces and parentheses', () => {
    const line = '4242 (node (x) y) S 17 4242 4242 0 -1 4194304 1000 0 0 0 250 40 7 3 20 0 11 0 5000 1000000 5000';
    expect(parseProcessTicks(line)).toEqual({ pid: 4242, ppid: 17, comm: 'node (x) y', ticks: 290, childTicks: 10 });
  });
});

const process = (pid: number, ppid: number, comm: string, ticks = 0, childTicks = 0): ProcessTicks => ({ pid, ppid, comm, ticks, childTicks });

const processes = [
  process(1, 0, 'init'),
  process(10, 1, 'node'), // the runner
  process(11, 10, 'node'), // a service
  process(12, 11, 'esbuild'), // its child
  process(20, 1, 'postgres'),
  process(21, 20, 'postgres'),
  process(30, 1, 'vitest'),
];

describe('ourPids', () => {
  it('takes the roots, their descendants and processes by name', () => {
    expect([...ourPids(processes, [10], ['postgres'])].sort((a, b) => a - b)).toEqual([10, 11, 12, 20, 21]);
  });
});

describe('cpuUseBetween', () => {
  const before: CpuSnapshot = { atMs: 0, machine: { busy: 1000, steal: 5 }, processes };
  const after: CpuSnapshot = {
    atMs: 10_000,
    machine: { busy: 1000 + 1500, steal: 5 + 10 },
    processes: [
      ...processes.filter((entry) => ![1, 11, 20, 30].includes(entry.pid)),
      process(1, 0, 'init', 0, 20), // reaped a short-lived child that used 20 ticks
      process(11, 10, 'node', 900),
      process(20, 1, 'postgres', 300),
      process(30, 1, 'vitest', 150),
      process(40, 21, 'postgres', 50), // a new backend, counted from 0
      process(41, 1, 'git', 20), // a new process not ours
    ],
  };

  it('counts others process by process, with reaped children and steal, as shares of one core', () => {
    const use = cpuUseBetween(before, after, [10], ['postgres']);
    expect(use.seconds).toBe(10);
    expect(use.busyShare).toBeCloseTo(1.5);
    expect(use.oursShare).toBeCloseTo(1.25); // 900 + 300 + 50
    expect(use.othersShare).toBeCloseTo(0.2); // vitest 150 + git 20 + reaped 20 + steal 10
    expect(busiestProcesses(before, after, 2)).toEqual(['node (pid 11) 90 %', 'postgres (pid 20) 30 %']);
    expect(busiestProcesses(before, after, 2, use.ours)).toEqual(['vitest (pid 30) 15 %', 'git (pid 41) 2 %']);
  });

  it('counts only the in-window part of a process not ours that ended and was reaped', () => {
    const withChild: CpuSnapshot = { ...before, processes: [...processes, process(50, 30, 'tsc', 400)] };
    // tsc used 400 ticks before the window and 30 in it, then vitest reaped it: vitest's child time grows by 430.
    const reaped: CpuSnapshot = { atMs: 10_000, machine: before.machine, processes: [...processes.filter((entry) => entry.pid !== 30), process(30, 1, 'vitest', 0, 430)] };
    expect(cpuUseBetween(withChild, reaped, [10], ['postgres']).othersShare).toBeCloseTo(0.03);
  });

  it('is not fooled by busy time charged to no process', () => {
    const quiet: CpuSnapshot = { ...after, machine: { busy: 1000 + 1500, steal: 5 }, processes };
    expect(cpuUseBetween(before, quiet, [10], ['postgres']).othersShare).toBe(0);
  });
});
