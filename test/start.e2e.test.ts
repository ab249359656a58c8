// `npm start` as a user runs it (issue 22, findings 4 and 9): SIGTERM to the
// npm process, or to start.ts during start-up, leaves no process behind; a
// subgraph killed outright is restarted and the gateway reaches it again; the
// gateway on a port that fetch refuses (6000) works. On PostgreSQL with no
// seed, to keep the start short.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../scripts/serviceProcess.js';
import { subgraphServiceNames } from '../scripts/samsynServices.js';
import { freeFetchBlockedPort, freePort } from './support/freePort.js';
import { pidsWithEnvironment, waitUntilEnded } from './support/processes.js';
import { createTestDatabases, postgresReachable, type TestDatabases } from './support/testDatabases.js';

const postgres = await postgresReachable();
const marker = randomUUID();

/** The processes this test started, whatever their parent now: each inherits the marker. */
const ours = () => pidsWithEnvironment('SAMSYN_TEST_MARKER', marker);

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

interface Started {
  process: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
  waitFor(text: string, timeoutMs: number): Promise<void>;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Started {
  const child = spawn(command, args, { cwd: projectRoot, env: { ...env, SAMSYN_TEST_MARKER: marker }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    process: child,
    output,
    exited,
    async waitFor(text, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (!output.some((line) => line.includes(text))) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no "${text}" in the output:\n${output.slice(-40).join('\n')}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

describe.skipIf(!postgres)('npm start', () => {
  let databases: TestDatabases;
  let dataDir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    databases = await createTestDatabases('postgres', subgraphServiceNames);
    dataDir = mkdtempSync(join(tmpdir(), 'samsyn-start-'));
    const gatewayPort = (await freeFetchBlockedPort()) ?? (await freePort());
    env = {
      ...process.env,
      ...databases.env,
      SAMSYN_DATA_DIR: dataDir,
      SAMSYN_SEED: 'none',
      NODE_ENV: 'development',
      WEB_PORT: String(await freePort()),
      GATEWAY_PORT: String(gatewayPort),
      VGR_PORT: String(await freePort()),
      KOMMUN_PORT: String(await freePort()),
      SAMVERKAN_PORT: String(await freePort()),
      GATEWAY_ADMIN_PORT: String(await freePort()),
      VGR_ADMIN_PORT: String(await freePort()),
      KOMMUN_ADMIN_PORT: String(await freePort()),
      SAMVERKAN_ADMIN_PORT: String(await freePort()),
    };
    delete env['SAMSYN_JWKS_URL'];
    delete env['SAMSYN_JWKS_FILE'];
  }, 60_000);

  afterAll(async () => {
    for (const pid of ours()) process.kill(pid, 'SIGKILL');
    await databases?.dispose();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('stops the services already started when sent SIGTERM during start-up', async () => {
    const start = run(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], env);
    // Some subgraph is starting (migrating its database, say): start.ts is mid-way.
    const deadline = Date.now() + 60_000;
    while (!ours().some((pid) => commandLine(pid).includes('subgraphs/'))) {
      if (Date.now() > deadline) throw new Error(`no subgraph started:\n${start.output.join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    start.process.kill('SIGTERM');
    expect(await start.exited).toBe(0);
    expect(await waitUntilEnded(ours(), 20_000)).toEqual([]);
  }, 90_000);

  it('restarts a killed subgraph, serves on a port fetch refuses, and leaves nothing behind on SIGTERM to npm', async () => {
    const npm = run('npm', ['start'], env);
    await npm.waitFor('Samsyn is up', 180_000);
    const gateway = `http://127.0.0.1:${env['GATEWAY_PORT']}`;
    const health = async () => (await (await request(`${gateway}/health`)).body.json()) as { status: string; subgraphs: Record<string, string> };
    expect(await health()).toEqual({ status: 'ok', subgraphs: { vgr: 'ok', kommun: 'ok', samverkan: 'ok' } });

    const kommun = ours().find((pid) => commandLine(pid).includes('subgraphs/kommun/main.ts'))!;
    process.kill(kommun, 'SIGKILL');
    await npm.waitFor('kommun stopped unexpectedly (signal SIGKILL); restarting it in 1 s', 20_000);
    await npm.waitFor('kommun is running again (restart 1)', 60_000);
    expect(await health()).toEqual({ status: 'ok', subgraphs: { vgr: 'ok', kommun: 'ok', samverkan: 'ok' } });
    // Through the web server's forwarder too: it reaches the gateway wherever that listens.
    const web = await request(`http://127.0.0.1:${env['WEB_PORT']}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(web.statusCode).not.toBe(502);
    await web.body.dump();

    const running = ours();
    expect(running.length).toBeGreaterThanOrEqual(7);
    npm.process.kill('SIGTERM');
    await npm.exited;
    expect(await waitUntilEnded(running, 30_000)).toEqual([]);
    expect(ours()).toEqual([]);
    expect(npm.output.join('\n')).toContain('Samsyn has stopped.');
  }, 300_000);
});
