// Runs one Samsyn service (a subgraph or the gateway) as a child process and
// waits until its health endpoint answers. Used by `npm start` and by the
// end-to-end tests, which start the real processes. The child gets a process
// group of its own (a Ctrl+C reaches the supervisor, which stops the services
// in order) and stops by itself when its parent is gone (SAMSYN_PARENT_PID).
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'undici';
import { readShutdownGraceMs } from '../platform/server/gracefulShutdown.js';
import { parentPidVariable } from '../platform/server/stopOnSignals.js';

export const projectRoot = fileURLToPath(new URL('../', import.meta.url));

export interface ServiceSpec {
  name: string;
  /** Entry module relative to the project root, e.g. `subgraphs/vgr/main.ts`, or a compiled `….js` (run without tsx). */
  entry: string;
  env: NodeJS.ProcessEnv;
  healthUrl: string;
  /** The CA (PEM) of a service served over HTTPS with a certificate of its own, for the health checks. */
  healthCa?: string;
  /** Where the child's output goes, line by line; defaults to this process's stdout with a name prefix. */
  onOutput?: (line: string) => void;
}

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  /** Resolves with the exit code when the process ends (null when a signal ended it: see child.signalCode). */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export function spawnService(spec: ServiceSpec): ServiceProcess {
  const child = spawn(process.execPath, spec.entry.endsWith('.js') ? [spec.entry] : ['--import', 'tsx', spec.entry], {
    cwd: projectRoot,
    env: { ...spec.env, [parentPidVariable]: String(process.pid) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  // The service drains for its grace period; only past that (and a margin) is it killed.
  const killAfterMs = readShutdownGraceMs(spec.env) + 5000;
  const write = spec.onOutput ?? ((line: string) => process.stdout.write(`[${spec.name}] ${line}\n`));
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) write(line);
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    name: spec.name,
    child,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls `url` until it answers 200, the process exits, or the time runs out; `ca` trusts a private CA's certificate. */
export async function waitForHealth(service: ServiceProcess, url: string, timeoutMs: number, ca?: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const dispatcher = ca ? new Agent({ connect: { ca } }) : undefined;
  let exitCode: number | null | undefined;
  void service.exited.then((code) => {
    exitCode = code;
  });
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`${service.name} exited with code ${exitCode} before it was healthy`);
    try {
      const response = await request(url, { signal: AbortSignal.timeout(2000), ...(dispatcher ? { dispatcher } : {}) });
      await response.body.dump();
      if (response.statusCode === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${service.name} was not healthy at ${url} within ${Math.round(timeoutMs / 1000)} s`);
}

/** How a child ended, for log lines: `exit code 1` or `signal SIGKILL`. */
export function describeExit(child: ChildProcess): string {
  return child.signalCode ? `signal ${child.signalCode}` : `exit code ${child.exitCode}`;
}

export async function startService(spec: ServiceSpec, timeoutMs = 180_000): Promise<ServiceProcess> {
  const service = spawnService(spec);
  try {
    await waitForHealth(service, spec.healthUrl, timeoutMs, spec.healthCa);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return service;
}
