// Runs a TypeScript entry of the project as `taskset -c <cpu> node --import tsx <entry>`,
// pinned to one CPU, with its output in a log file, and stops it by pid.
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { projectRoot } from '../../../scripts/serviceProcess.js';
import { disown, own } from './ownedProcesses.js';

export interface PinnedProcess {
  name: string;
  /** The node process itself: taskset sets the affinity and execs node. */
  pid: number;
  child: ChildProcess;
  exited: Promise<number | null>;
  logPath: string | null;
  stop(): Promise<void>;
  /** The last lines of its log, for error messages. */
  logTail(lines?: number): string;
}

export interface PinnedProcessSpec {
  name: string;
  /** Entry module relative to the project root. */
  entry: string;
  args?: string[];
  cpu: number;
  env: NodeJS.ProcessEnv;
  /** Where stdout and stderr go; null: inherited from the runner. */
  logPath: string | null;
  /** Open an IPC channel (for the load generator). */
  ipc?: boolean;
}

export function startPinnedProcess(spec: PinnedProcessSpec): PinnedProcess {
  const output: StdioOptions = spec.logPath ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'];
  const child = spawn('taskset', ['-c', String(spec.cpu), process.execPath, '--import', 'tsx', spec.entry, ...(spec.args ?? [])], {
    cwd: projectRoot,
    env: spec.env,
    stdio: spec.ipc ? [...(output as unknown[]), 'ipc'] as StdioOptions : output,
  });
  if (child.pid === undefined) throw new Error(`Could not start ${spec.name} (is taskset installed?)`);
  if (spec.logPath) {
    const log = createWriteStream(spec.logPath, { flags: 'a' });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const pinned: PinnedProcess = {
    name: spec.name,
    pid: child.pid,
    child,
    exited,
    logPath: spec.logPath,
    async stop() {
      disown(owned);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
    logTail(lines = 20) {
      if (!spec.logPath) return '';
      try {
        return readFileSync(spec.logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
      } catch {
        return '';
      }
    },
  };
  const owned = own({ name: spec.name, pid: child.pid, stop: () => pinned.stop() });
  return pinned;
}
