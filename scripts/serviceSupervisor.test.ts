// The supervisor restarts a crashed service with backoff, and no service outlives a stop — asked for during start-up,
// signalled to the supervisor, or the supervisor killed outright. Fake services (test/support/fakeService.ts) stand in.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../test/support/freePort.js';
import { isRunning, pidsWithEnvironment, waitUntilEnded } from '../test/support/processes.js';
import { projectRoot, type ServiceSpec } from './serviceProcess.js';
import { ServiceSupervisor } from './serviceSupervisor.js';

const marker = randomUUID();
const supervisors: ServiceSupervisor[] = [];
afterEach(async () => {
  await Promise.all(supervisors.splice(0).map((supervisor) => supervisor.stop()));
  for (const pid of pidsWithEnvironment('SAMSYN_TEST_MARKER', marker)) process.kill(pid, 'SIGKILL');
});

async function fakeSpec(name: string, env: NodeJS.ProcessEnv = {}): Promise<ServiceSpec> {
  const port = await freePort();
  return {
    name,
    entry: 'test/support/fakeService.ts',
    env: { ...process.env, SAMSYN_TEST_MARKER: marker, PORT: String(port), ...env },
    healthUrl: `http://127.0.0.1:${port}/health/ready`,
    onOutput: () => {},
  };
}

async function answeringPid(spec: ServiceSpec): Promise<number> {
  const answer = await request(spec.healthUrl.replace('/health/ready', '/pid'));
  return Number(await answer.body.text());
}

describe('the service supervisor', () => {
  it('restarts a service that was killed, after the backoff, and logs it', async () => {
    const lines: string[] = [];
    const supervisor = new ServiceSupervisor({ backoff: { initialMs: 200, maxMs: 1000, healthyResetMs: 60_000 }, log: (line) => lines.push(line) });
    supervisors.push(supervisor);
    const spec = await fakeSpec('fake');
    await supervisor.startGroup([spec]);
    const [service] = supervisor.services();
    const first = service!.pid!;
    expect(await answeringPid(spec)).toBe(first);

    process.kill(first, 'SIGKILL');
    const deadline = Date.now() + 20_000;
    while (service!.restarts < 1 || !lines.some((line) => line.includes('running again'))) {
      if (Date.now() > deadline) throw new Error(`not restarted: ${lines.join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(service!.pid).not.toBe(first);
    expect(await answeringPid(spec)).toBe(service!.pid);
    expect(lines[0]).toBe('fake stopped unexpectedly (signal SIGKILL); restarting it in 0.2 s (failure 1 in a row).');
  }, 30_000);

  it('stops a service that is still starting, and the start fails without leaving it running', async () => {
    const supervisor = new ServiceSupervisor({ log: () => {} });
    supervisors.push(supervisor);
    const starting = supervisor.startGroup([await fakeSpec('slow', { START_DELAY_MS: '60000' })]);
    const pid = supervisor.services()[0]!.pid!;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(isRunning(pid)).toBe(true);
    await supervisor.stop();
    await expect(starting).rejects.toThrow(/exited/);
    expect(isRunning(pid)).toBe(false);
  }, 30_000);

  for (const [how, signal] of [
    ['is sent SIGTERM', 'SIGTERM'],
    ['is sent SIGINT', 'SIGINT'],
    ['is killed outright (SIGKILL)', 'SIGKILL'],
  ] as const) {
    it(`leaves no service running when the supervisor ${how}`, async () => {
      const port = await freePort();
      const parent = spawn(process.execPath, ['--import', 'tsx', 'test/support/fakeSupervisor.ts'], {
        cwd: projectRoot,
        env: { ...process.env, SAMSYN_TEST_MARKER: marker, PORT: String(port) },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => parent.once('exit', (code, signal) => resolve({ code, signal })));
      const childPid = await new Promise<number>((resolve, reject) => {
        let text = '';
        parent.stdout!.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          const line = text.split('\n').find((candidate) => candidate.startsWith('{'));
          if (line) resolve((JSON.parse(line) as { pid: number }).pid);
        });
        void exited.then(() => reject(new Error('the supervisor ended before its service started')));
      });
      expect(isRunning(childPid)).toBe(true);
      parent.kill(signal);
      const ending = await exited;
      expect(ending).toEqual(signal === 'SIGKILL' ? { code: null, signal: 'SIGKILL' } : { code: 0, signal: null });
      expect(await waitUntilEnded([childPid], 10_000)).toEqual([]);
      expect(pidsWithEnvironment('PORT', String(port))).toEqual([]);
    }, 40_000);
  }
});
