// Every service reads its whole configuration when it starts: an invalid value stops the process before it listens,
// with one log line that names each variable at fault.
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

const services: Record<string, string> = {
  gateway: 'gateway/main.ts',
  vgr: 'subgraphs/vgr/main.ts',
  kommun: 'subgraphs/kommun/main.ts',
  samverkan: 'subgraphs/samverkan/main.ts',
  entry: 'gateway/entry/main.ts',
  web: 'web/server/main.ts',
};

interface Outcome {
  exitCode: number | null;
  lines: Record<string, any>[];
}

function start(entry: string, env: NodeJS.ProcessEnv): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', entry], { cwd: root, env, timeout: 60_000 }, (error, stdout) => {
      const lines = stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, any>);
      resolve({ exitCode: error ? ((error as { code?: number }).code ?? null) : 0, lines });
    });
  });
}

describe.concurrent('a service started with invalid settings', () => {
  it.each(Object.keys(services))('%s stops at once, naming every invalid variable', async (service) => {
    const env = { PATH: process.env['PATH'], LOG_LEVEL: 'verbose', SAMSYN_MAX_DEPTH: 'deep', SAMSYN_SHUTDOWN_GRACE_MS: '-1' };
    const outcome = await start(services[service]!, env);
    expect(outcome.exitCode).toBe(1);
    const refusal = outcome.lines.find((line) => line['message'] === 'could not start');
    expect(refusal?.['service']).toBe(service);
    expect(refusal?.['error']?.['name']).toBe('ConfigurationError');
    expect(refusal?.['error']?.['message']).toContain('LOG_LEVEL must be one of debug, info, warn, error, got "verbose"');
    expect(refusal?.['error']?.['message']).toContain('SAMSYN_SHUTDOWN_GRACE_MS must be a whole number from 0 to 600000, got "-1"');
    // The web server sets no operation limits; every other service does.
    if (service !== 'web') expect(refusal?.['error']?.['message']).toContain('SAMSYN_MAX_DEPTH');
    expect(outcome.lines.some((line) => String(line['message']).includes('listening'))).toBe(false);
  }, 70_000);
});
