// One process at a time per PGlite data directory: two embedded PostgreSQL instances on the same files overwrite
// each other's pages, and acknowledged writes vanish. The lock is a file beside the directory naming its holder;
// a holder that has ended (or whose pid now belongs to another process) leaves a stale lock, which is taken over.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

export interface LockHolder {
  pid: number;
  /** The holder's start time in clock ticks since boot (Linux), to tell it from a later process with its pid. */
  startTime: string | null;
  host: string;
  since: string;
}

export class DataDirectoryLockedError extends Error {
  override name = 'DataDirectoryLockedError';

  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The data directory ${dataDir} is in use by process ${holder.pid} on ${holder.host} (since ${holder.since}); ` +
        `a second process on the same directory would lose acknowledged writes. Stop that process first, or give this one ` +
        `its own SAMSYN_DATA_DIR.`,
    );
  }
}

export interface DataDirectoryLock {
  readonly path: string;
  release(): void;
}

export function lockFilePath(dataDir: string): string {
  return `${dataDir.replace(/\/+$/, '')}.lock`;
}

/** Takes the lock of `dataDir` for this process, or throws DataDirectoryLockedError naming the process that holds it. */
export function lockDataDirectory(dataDir: string, probe: ProcessProbe = systemProcessProbe): DataDirectoryLock {
  const path = lockFilePath(dataDir);
  mkdirSync(dirname(path), { recursive: true });
  const me: LockHolder = { pid: process.pid, startTime: probe.startTime(process.pid), host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    let descriptor: number;
    try {
      descriptor = openSync(path, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(path);
      if (holder && holdsLock(holder, me.host, probe)) throw new DataDirectoryLockedError(dataDir, holder);
      // Stale (or unreadable: a holder killed between creating and writing it): remove and try again.
      rmSync(path, { force: true });
      continue;
    }
    try {
      writeSync(descriptor, JSON.stringify(me));
    } finally {
      closeSync(descriptor);
    }
    return {
      path,
      release() {
        const holder = readHolder(path);
        if (holder?.pid === me.pid && holder.startTime === me.startTime) rmSync(path, { force: true });
      },
    };
  }
  throw new DataDirectoryLockedError(dataDir, readHolder(path) ?? { pid: 0, startTime: null, host: 'unknown', since: 'unknown' });
}

/** Whether the recorded holder is still running: same host, its pid alive and, where known, started when it did. */
export function holdsLock(holder: LockHolder, host: string, probe: ProcessProbe): boolean {
  // A lock of another host (a directory on shared storage) cannot be checked from here: it is honoured.
  if (holder.host !== host) return true;
  if (!probe.alive(holder.pid)) return false;
  const startTime = probe.startTime(holder.pid);
  return holder.startTime === null || startTime === null || startTime === holder.startTime;
}

function readHolder(path: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return { pid: parsed.pid, startTime: parsed.startTime ?? null, host: parsed.host, since: String(parsed.since ?? 'unknown') };
  } catch {
    return null;
  }
}

export interface ProcessProbe {
  alive(pid: number): boolean;
  startTime(pid: number): string | null;
}

export const systemProcessProbe: ProcessProbe = {
  alive(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      // EPERM: it exists, under another user.
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  },
  startTime(pid) {
    try {
      // Field 22 of /proc/<pid>/stat; the command name (field 2) may hold spaces, so count from its closing ')'.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
    } catch {
      return null;
    }
  },
};
