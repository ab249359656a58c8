// The load generator process (`taskset -c 1 node --import tsx bench/gateways/runner/loadGenerator.ts <config.json>`):
// autocannon against one gateway, cycling through the workload's requests in one order shared by all
// connections; after the warm-up it records every response's latency and checks the bodies. Driven over IPC.
// Second mode ('runPaced'): the paced users of pacedLoad.ts over undici, for the latency targets.
import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import type { Workload } from '../types.js';
import type { LoadGeneratorConfig, LoadGeneratorMessage, RunLoad, RunPacedLoad, WindowResult } from './loadGeneratorProtocol.js';
import { rememberAcceptedBodies } from './acceptedBodies.js';
import { createPacedClients } from './pacedClient.js';
import { createRequestCursor, runPacedLoad } from './pacedLoad.js';

const maxErrorSamples = 5;
/** Long enough for the slowest gateway on the heaviest page; a timeout counts as an error. */
const requestTimeoutSeconds = 30;

if (!process.send) {
  console.error('loadGenerator.ts is started by the benchmark runner with an IPC channel');
  process.exit(2);
}
const send = (message: LoadGeneratorMessage) => process.send!(message);

const config = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as LoadGeneratorConfig;
const moduleUrl = isAbsolute(config.workloadModule) ? pathToFileURL(config.workloadModule).href : config.workloadModule;
const { workloads } = (await import(moduleUrl)) as { workloads: Workload[] };
const workload = workloads.find((candidate) => candidate.id === config.workloadId);
if (!workload) throw new Error(`No workload ${config.workloadId} in ${config.workloadModule}`);
if (config.requests.length === 0) throw new Error(`Workload ${config.workloadId} prepared no requests`);
const checkBody = rememberAcceptedBodies((body) => workload.check(body));

// One position in the request list for the whole process: connections take turns, so a write mix sends each
// prepared request once (until the list wraps around).
let nextRequest = 0;
const path = new URL(config.url).pathname;

function runLoad(order: RunLoad): Promise<WindowResult> {
  const result: WindowResult = {
    seconds: 0, responses: 0, latenciesMs: [], non2xx: 0, connectionErrors: 0, checkedBodies: 0, rejectedBodies: 0, errorSamples: [],
  };
  const sample = (text: string) => {
    if (result.errorSamples.length < maxErrorSamples) result.errorSamples.push(text.slice(0, 500));
  };
  let measuring = false;
  let windowStart = 0;
  let bodies = 0;
  const startMeasuring = () => {
    measuring = true;
    windowStart = performance.now();
    send({ type: 'measuring' });
  };

  return new Promise<WindowResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: config.url,
        connections: config.connections,
        duration: order.warmupSeconds + order.measureSeconds,
        timeout: requestTimeoutSeconds,
        method: 'POST',
        requests: [
          {
            setupRequest: (request) => {
              const next = config.requests[nextRequest++ % config.requests.length]!;
              return { ...request, method: 'POST', path, headers: { 'content-type': 'application/json', ...next.headers }, body: next.body };
            },
            onResponse: (status, body) => {
              if (!measuring) return;
              if (status < 200 || status > 299) {
                result.non2xx += 1;
                sample(`HTTP ${status}: ${body}`);
                return;
              }
              if (bodies++ % config.checkEvery !== 0) return;
              result.checkedBodies += 1;
              const problem = checkBody(body);
              if (problem !== null) {
                result.rejectedBodies += 1;
                sample(problem);
              }
            },
          },
        ],
      },
      (error) => {
        if (error) return reject(error);
        if (!measuring) startMeasuring(); // a window shorter than autocannon's tick: empty, but well-formed
        result.seconds = (performance.now() - windowStart) / 1000;
        measuring = false;
        resolve(result);
      },
    );
    // Emitted right after onResponse for the same response, with its time from request written to response read.
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTimeMs: number) => {
      if (!measuring) return;
      result.responses += 1;
      result.latenciesMs.push(responseTimeMs);
    });
    instance.on('reqError', () => {
      if (measuring) result.connectionErrors += 1;
    });
    if (order.warmupSeconds > 0) setTimeout(startMeasuring, order.warmupSeconds * 1000);
    else startMeasuring();
  });
}

async function runPaced(order: RunPacedLoad): Promise<WindowResult> {
  const clients = createPacedClients(config.url, order.plan.users, requestTimeoutSeconds * 1000);
  try {
    // Its own cursor in one shared order, as the autocannon mode's `nextRequest` (one run per process).
    const result = await runPacedLoad(
      createRequestCursor(config.requests),
      order.plan,
      { now: () => performance.now(), sleep: (ms) => sleep(ms), send: clients.send, onMeasuring: () => send({ type: 'measuring' }) },
      checkBody,
    );
    return { ...result, connectionsOpened: clients.connectionsOpened() };
  } finally {
    await clients.close();
  }
}

process.on('message', (message: RunLoad | RunPacedLoad) => {
  if (message.type !== 'run' && message.type !== 'runPaced') return;
  (message.type === 'run' ? runLoad(message) : runPaced(message)).then(
    (result) => send({ type: 'done', result }),
    (error: unknown) => send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
// The runner ends this process by closing the channel (or a signal).
process.on('disconnect', () => process.exit(0));
workload.prepareCheck?.();
send({ type: 'ready' });
