import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirectoryLockedError, holdsLock, lockDataDirectory, lockFilePath, systemProcessProbe, type LockHolder, type ProcessProbe } from './dataDirectoryLock.js';

const root = mkdtempSync(join(tmpdir(), 'samsyn-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The pid of a process that has ended. */
function endedPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('lockDataDirectory', () => {
  it('refuses a second holder, naming the directory and the process that holds it, until released', () => {
    const dataDir = join(root, 'samverkan');
    const lock = lockDataDirectory(dataDir);
    expect(JSON.parse(readFileSync(lockFilePath(dataDir), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    let refusal: unknown;
    try {
      lockDataDirectory(dataDir);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataDirectoryLockedError);
    expect((refusal as Error).message).toContain(dataDir);
    expect((refusal as Error).message).toContain(`process ${process.pid}`);
    lock.release();
    expect(existsSync(lockFilePath(dataDir))).toBe(false);
    lockDataDirectory(dataDir).release();
  });

  it('takes over the lock of a process that has ended', () => {
    const dataDir = join(root, 'kommun');
    const pid = endedPid();
    writeFileSync(lockFilePath(dataDir), JSON.stringify({ pid, startTime: '1', host: hostname(), since: '2026-12-01T00:00:00Z' }));
    const lock = lockDataDirectory(dataDir);
    expect(JSON.parse(readFileSync(lockFilePath(dataDir), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock file left half-written', () => {
    const dataDir = join(root, 'vgr');
    writeFileSync(lockFilePath(dataDir), '');
    lockDataDirectory(dataDir).release();
  });

  it('does not remove a lock that another process has taken since', () => {
    const dataDir = join(root, 'taken-over');
    const lock = lockDataDirectory(dataDir);
    const other = { pid: 1, startTime: '5', host: 'elsewhere', since: 'now' };
    writeFileSync(lockFilePath(dataDir), JSON.stringify(other));
    lock.release();
    expect(JSON.parse(readFileSync(lockFilePath(dataDir), 'utf8'))).toEqual(other);
  });
});

describe('holdsLock', () => {
  const holder: LockHolder = { pid: 4242, startTime: '1000', host: 'here', since: 'then' };
  const probe = (alive: boolean, startTime: string | null): ProcessProbe => ({ alive: () => alive, startTime: () => startTime });

  it('holds while the same process runs', () => expect(holdsLock(holder, 'here', probe(true, '1000'))).toBe(true));
  it('is stale when the process has ended', () => expect(holdsLock(holder, 'here', probe(false, null))).toBe(false));
  it('is stale when its pid now belongs to a later process', () => expect(holdsLock(holder, 'here', probe(true, '2000'))).toBe(false));
  it('is honoured for another host, which cannot be checked from here', () => expect(holdsLock(holder, 'there', probe(false, null))).toBe(true));
  it('reads this process as alive with a start time', () => {
    expect(systemProcessProbe.alive(process.pid)).toBe(true);
    expect(systemProcessProbe.startTime(process.pid)).toMatch(/^\d+$/);
  });
});
