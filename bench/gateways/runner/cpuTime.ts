// CPU time from Linux's /proc: the machine's busy time (/proc/stat) and each
// process's utime + stime (/proc/<pid>/stat), in clock ticks, and what our
// processes and everyone else used between two snapshots.

/** USER_HZ: Linux reports /proc times in 1/100 s on every architecture it exposes to user space. */
export const ticksPerSecond = 100;

export interface MachineTicks {
  /** user + nice + system + irq + softirq + steal over all CPUs. */
  busy: number;
  /** Time the hypervisor gave to someone else while we wanted the CPU. */
  steal: number;
}

export interface ProcessTicks {
  pid: number;
  ppid: number;
  comm: string;
  /** utime + stime. */
  ticks: number;
  /** cutime + cstime: what its children used, added when they end (catches short-lived processes). */
  childTicks: number;
}

export interface CpuSnapshot {
  /** Monotonic milliseconds (performance.now()). */
  atMs: number;
  machine: MachineTicks;
  processes: ProcessTicks[];
}

/** Parses the aggregate `cpu` line of /proc/stat. */
export function parseMachineTicks(procStat: string): MachineTicks {
  const line = procStat.split('\n').find((candidate) => candidate.startsWith('cpu '));
  if (!line) throw new Error('/proc/stat has no aggregate cpu line');
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).slice(1).map(Number);
  return { busy: user + nice + system + irq + softirq + steal, steal };
}

/** Parses /proc/<pid>/stat; the command name may hold spaces and parentheses, so fields count from the last ')'. */
export function parseProcessTicks(pidStat: string): ProcessTicks {
  const open = pidStat.indexOf('(');
  const close = pidStat.lastIndexOf(')');
  if (open < 0 || close < open) throw new Error(`Not a /proc/<pid>/stat line: ${pidStat.slice(0, 80)}`);
  const fields = pidStat.slice(close + 2).trim().split(/\s+/);
  // After the name: state(3) ppid(4) … utime(14) stime(15) cutime(16) cstime(17), numbered from 1 as in proc(5).
  return {
    pid: Number(pidStat.slice(0, open).trim()),
    comm: pidStat.slice(open + 1, close),
    ppid: Number(fields[1]),
    ticks: Number(fields[11]) + Number(fields[12]),
    childTicks: Number(fields[13]) + Number(fields[14]),
  };
}

/** Our processes: the given roots, their descendants, and every process with one of the given names. */
export function ourPids(processes: readonly ProcessTicks[], rootPids: readonly number[], ourNames: readonly string[]): Set<number> {
  const ours = new Set<number>(rootPids);
  for (const process of processes) if (ourNames.includes(process.comm)) ours.add(process.pid);
  // Descendants: repeat until nothing is added (process tables are small).
  let grew = true;
  while (grew) {
    grew = false;
    for (const process of processes) {
      if (!ours.has(process.pid) && ours.has(process.ppid)) {
        ours.add(process.pid);
        grew = true;
      }
    }
  }
  return ours;
}

export interface CpuUse {
  seconds: number;
  /** Busy time of the whole machine, as a share of one core (2 = both cores of this machine fully busy). */
  busyShare: number;
  /** Our processes' CPU time, as a share of one core. */
  oursShare: number;
  /** CPU time of processes not ours (and of their ended children) plus steal, as a share of one core. */
  othersShare: number;
  /** The processes counted as ours. */
  ours: Set<number>;
}

/**
 * CPU use between two snapshots. "Others" is counted process by process (every process not ours, with the
 * children it reaped, plus the hypervisor's steal) rather than as the machine's busy time minus ours: /proc/stat
 * is sampled per tick and the per-process times are not, and on this machine the two disagree by up to 5 % of
 * a core over a few seconds of load, as much as the disturbance to detect. A process that started in between
 * counts from 0; one not ours that ended in between counts through the parent that reaped it (or is missed).
 */
export function cpuUseBetween(
  before: CpuSnapshot,
  after: CpuSnapshot,
  rootPids: readonly number[],
  ourNames: readonly string[],
): CpuUse {
  const seconds = Math.max(1e-3, (after.atMs - before.atMs) / 1000);
  const coreTicks = seconds * ticksPerSecond;
  const ours = ourPids(after.processes, rootPids, ourNames);
  const previous = new Map(before.processes.map((process) => [process.pid, process]));
  let oursTicks = 0;
  let othersTicks = after.machine.steal - before.machine.steal;
  for (const process of after.processes) {
    const earlier = previous.get(process.pid);
    const used = Math.max(0, process.ticks - (earlier?.ticks ?? 0));
    if (ours.has(process.pid)) oursTicks += used;
    else othersTicks += used + Math.max(0, process.childTicks - (earlier?.childTicks ?? 0));
  }
  // A process not ours that ended in between shows up, whole life, in its parent's child time: take off what it
  // had used before the window.
  const present = new Set(after.processes.map((process) => process.pid));
  const oursBefore = ourPids(before.processes, rootPids, ourNames);
  for (const process of before.processes) {
    if (!present.has(process.pid) && !oursBefore.has(process.pid)) othersTicks -= process.ticks + process.childTicks;
  }
  return {
    seconds,
    busyShare: (after.machine.busy - before.machine.busy) / coreTicks,
    oursShare: oursTicks / coreTicks,
    othersShare: Math.max(0, othersTicks) / coreTicks,
    ours,
  };
}

/** The processes (except `excluded`) that used the most CPU between two snapshots, e.g. "node (pid 12) 85 %", for messages. */
export function busiestProcesses(before: CpuSnapshot, after: CpuSnapshot, count: number, excluded: ReadonlySet<number> = new Set()): string[] {
  const seconds = Math.max(1e-3, (after.atMs - before.atMs) / 1000);
  const beforeTicks = new Map(before.processes.map((process) => [process.pid, process.ticks]));
  return after.processes
    .filter((process) => !excluded.has(process.pid))
    .map((process) => ({ process, used: process.ticks - (beforeTicks.get(process.pid) ?? 0) }))
    .filter((entry) => entry.used > 0)
    .sort((a, b) => b.used - a.used)
    .slice(0, count)
    .map(({ process, used }) => `${process.comm} (pid ${process.pid}) ${Math.round((used / (seconds * ticksPerSecond)) * 100)} %`);
}
