// Starts one gateway process pinned to a CPU and waits until it answers the
// readiness probe; shared by the three launchers so they differ only in the command.
import { spawn } from 'node:child_process';
import { developmentTokenRequest } from '../../../platform/auth/developmentIdentity.js';
import { signDevelopmentToken } from '../../../platform/auth/developmentIssuer.js';
import type { BenchServices, GatewayId, RunningGateway } from '../types.js';
import { pinnedCommand } from './pinnedCommand.js';
import { isReadinessAnswer, readinessRequest } from './readinessProbe.js';
import { repositoryRoot } from './repositoryRoot.js';

export interface PinnedGatewaySpec {
  id: GatewayId;
  name: string;
  cpu: number;
  port: number;
  /** Arguments to node (the script and its options). */
  nodeArgs: string[];
  /** Added to the runner's environment. */
  env: Record<string, string>;
  services: BenchServices;
  startTimeoutMs?: number;
}

const outputTailBytes = 8_000;
const stopTimeoutMs = 5_000;

export async function startPinnedGateway(spec: PinnedGatewaySpec): Promise<RunningGateway> {
  const { command, args } = pinnedCommand(spec.cpu, process.execPath, spec.nodeArgs);
  const child = spawn(command, args, {
    cwd: repositoryRoot,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Keep only the last output (for the error when it does not start), and always drain the pipes so the
  // gateway never blocks on a full one.
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-outputTailBytes);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exitCode: number | string | null = null;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exitCode = code ?? signal ?? 'exit';
      resolve();
    });
  });
  // If the runner dies, do not leave a gateway holding the CPU.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (exitCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
    await exited;
    clearTimeout(timer);
  };

  const pid = child.pid;
  if (pid === undefined) {
    await stop();
    throw new Error(`Gateway ${spec.id} (${spec.name}) did not start: ${output}`);
  }
  const url = `http://127.0.0.1:${spec.port}/graphql`;
  const token = await signDevelopmentToken(spec.services.issuerDirectory, developmentTokenRequest(['analytiker'], 'VGR'));
  const probe = readinessRequest(token);
  const deadline = Date.now() + (spec.startTimeoutMs ?? 60_000);
  for (;;) {
    if (exitCode !== null) throw new Error(`Gateway ${spec.id} (${spec.name}) exited (${exitCode}) before answering:\n${output}`);
    try {
      const response = await fetch(url, { method: 'POST', headers: probe.headers, body: probe.body, signal: AbortSignal.timeout(2_000) });
      if (isReadinessAnswer(response.status, await response.text())) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Gateway ${spec.id} (${spec.name}) did not answer ${url} within the start timeout:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { id: spec.id, name: spec.name, url, pid, stop };
}
