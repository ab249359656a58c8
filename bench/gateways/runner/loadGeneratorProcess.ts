// The runner's handle on a load generator process: hands it the requests in a
// temp JSON file, starts it pinned to a CPU, runs the warm-up and the measured window
// (autocannon's saturation load, or the paced users of pacedLoad.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadGeneratorConfig, LoadGeneratorMessage, RunLoad, RunPacedLoad, WindowResult } from './loadGeneratorProtocol.js';
import type { PacedPlan } from './pacedLoad.js';
import { startPinnedProcess, type PinnedProcess } from './pinnedProcess.js';

export interface LoadGenerator {
  pid: number;
  /**
   * Warm-up then measured window under one continuous load; `onWindowStart` runs when the window opens (to take
   * the "before" readings) and is awaited before the result is returned.
   */
  run(warmupSeconds: number, measureSeconds: number, onWindowStart: () => Promise<void>): Promise<WindowResult>;
  /** The paced users' warm-up, then their measured window; `onWindowStart` as for run(). */
  runPaced(plan: PacedPlan, onWindowStart: () => Promise<void>): Promise<WindowResult>;
  stop(): Promise<void>;
}

export async function startLoadGenerator(config: LoadGeneratorConfig, cpu: number, tempDirectory: string): Promise<LoadGenerator> {
  const configPath = join(tempDirectory, `load-${Date.now()}.json`);
  writeFileSync(configPath, JSON.stringify(config));
  const process_ = startPinnedProcess({
    name: 'load generator',
    entry: 'bench/gateways/runner/loadGenerator.ts',
    args: [configPath],
    cpu,
    env: process.env,
    logPath: null,
    ipc: true,
  });
  try {
    await nextMessage(process_, 60_000, 'ready');
  } catch (error) {
    await process_.stop();
    throw error;
  }
  return {
    pid: process_.pid,
    run(warmupSeconds, measureSeconds, onWindowStart) {
      return runWindow(process_, { type: 'run', warmupSeconds, measureSeconds }, warmupSeconds + 60, warmupSeconds + measureSeconds + 120, onWindowStart);
    },
    runPaced(plan, onWindowStart) {
      // Warm-up: a few requests per user, each at most the request timeout (30 s) in the worst case.
      const warmupLimitSeconds = plan.warmupRequestsPerUser * 30 + 60;
      return runWindow(process_, { type: 'runPaced', plan }, warmupLimitSeconds, warmupLimitSeconds + plan.window.maxSeconds + 30 + 120, onWindowStart);
    },
    async stop() {
      if (process_.child.connected) process_.child.disconnect();
      await process_.stop();
    },
  };
}

async function runWindow(
  process_: PinnedProcess,
  order: RunLoad | RunPacedLoad,
  measuringWithinSeconds: number,
  doneWithinSeconds: number,
  onWindowStart: () => Promise<void>,
): Promise<WindowResult> {
  const windowStarted = nextMessage(process_, measuringWithinSeconds * 1000, 'measuring').then(onWindowStart);
  // Without this a failure before 'measuring' would surface twice (here and in nextMessage for 'done').
  windowStarted.catch(() => {});
  process_.child.send(order);
  const message = await nextMessage(process_, doneWithinSeconds * 1000, 'done');
  await windowStarted;
  if (message.type !== 'done') throw new Error('unreachable');
  return message.result;
}

function nextMessage(process_: PinnedProcess, timeoutMs: number, expected: LoadGeneratorMessage['type']): Promise<LoadGeneratorMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`The load generator sent no "${expected}" within ${timeoutMs / 1000} s`)), timeoutMs);
    const onMessage = (message: LoadGeneratorMessage) => {
      if (message.type === 'failed') finish(new Error(`The load generator failed: ${message.message}`));
      else if (message.type === expected) finish(null, message);
    };
    const onExit = (code: number | null) => finish(new Error(`The load generator exited (code ${code}) before "${expected}"`));
    function finish(error: Error | null, message?: LoadGeneratorMessage) {
      clearTimeout(timer);
      process_.child.off('message', onMessage);
      process_.child.off('exit', onExit);
      if (error) reject(error);
      else resolve(message!);
    }
    process_.child.on('message', onMessage);
    process_.child.once('exit', onExit);
  });
}
