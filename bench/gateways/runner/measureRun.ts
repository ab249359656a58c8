// One measured run of one gateway on one workload: start the gateway on its
// CPU, prepare the workload, wait for a quiet machine, warm up, measure, read
// the gateway's peak RSS and the subgraphs' counters, stop it; repeated when
// processes not ours disturbed the window.
import type { BenchServices, GatewayLauncher, Workload } from '../types.js';
import type { RunMeasurement } from './RunMeasurement.js';
import { busiestProcesses, cpuUseBetween } from './cpuTime.js';
import { startLoadGenerator } from './loadGeneratorProcess.js';
import { disown, own } from './ownedProcesses.js';
import { takeCpuSnapshot, readPeakRssBytes } from './procSnapshot.js';
import { totalSubgraphCounters, type SubgraphCounters } from './prometheusCounters.js';
import { judgeRun, type QuietRules } from './quietMachine.js';
import { latencyPercentiles } from './statistics.js';
import { waitForQuiet } from './waitForQuiet.js';

export interface RunContext {
  services: BenchServices;
  /** Our long-running processes (subgraphs, entry subgraph): the gateway and load generator are added per run. */
  servicePids: number[];
  /** Module the load generator imports the workloads from. */
  workloadModule: string;
  tempDirectory: string;
  warmupSeconds: number;
  durationSeconds: number;
  checkEvery: number;
  quietRules: QuietRules;
  quietTimeoutSeconds: number;
  gatewayCpu: number;
  loadCpu: number;
  log(line: string): void;
}

/** PostgreSQL's processes are ours too (the subgraphs' backends, its writer and WAL processes). */
const ourProcessNames = ['postgres'];

export async function measureRun(context: RunContext, workload: Workload, launcher: GatewayLauncher, round: number): Promise<RunMeasurement> {
  for (let attempt = 1; ; attempt++) {
    const measurement = await measureOnce(context, workload, launcher, round, attempt);
    const verdict = judgeRun(measurement.othersCpuShare, attempt, context.quietRules);
    const summary =
      `${fixed(measurement.requestsPerSecond)} req/s, p50 ${fixed(measurement.latencyMs.p50)} ms, p95 ${fixed(measurement.latencyMs.p95)} ms, ` +
      `p99 ${fixed(measurement.latencyMs.p99)} ms, ${measurement.errors} errors, others ${Math.round(measurement.othersCpuShare * 100)} % of a core`;
    if (verdict === 'repeat') {
      context.log(`  disturbed (${summary}: ${measurement.busiestOthers.join(', ') || 'no process charged'}); repeating`);
      continue;
    }
    context.log(`  ${summary}${verdict === 'keep-disturbed' ? ` — kept, marked disturbed (${measurement.busiestOthers.join(', ')})` : ''}`);
    return { ...measurement, disturbed: verdict === 'keep-disturbed', attempts: attempt };
  }
}

async function measureOnce(
  context: RunContext,
  workload: Workload,
  launcher: GatewayLauncher,
  round: number,
  attempt: number,
): Promise<RunMeasurement> {
  context.log(`${workload.id} round ${round} gateway ${launcher.id}${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
  const gateway = await launcher.start(context.services, context.gatewayCpu);
  const ownedGateway = own({ name: `gateway ${gateway.id}`, pid: gateway.pid, stop: () => gateway.stop() });
  try {
    const requests = await workload.prepare(gateway.url, context.services);
    const loadGenerator = await startLoadGenerator(
      {
        url: gateway.url,
        connections: workload.connections,
        requests,
        workloadModule: context.workloadModule,
        workloadId: workload.id,
        checkEvery: context.checkEvery,
      },
      context.loadCpu,
      context.tempDirectory,
    );
    try {
      // Quiet before the load starts; the warm-up then runs straight into the measured window.
      await waitForQuiet(context.quietRules, context.quietTimeoutSeconds, context.log);
      const ours = [process.pid, gateway.pid, loadGenerator.pid, ...context.servicePids];
      let cpuBefore = takeCpuSnapshot();
      let countersBefore: SubgraphCounters = { sqlStatements: 0, requests: 0 };
      const result = await loadGenerator.run(context.warmupSeconds, context.durationSeconds, async () => {
        cpuBefore = takeCpuSnapshot();
        countersBefore = await readCounters(context.services);
      });
      const cpuAfter = takeCpuSnapshot();
      const countersAfter = await readCounters(context.services);
      const peakRss = readPeakRssBytes(gateway.pid);
      const cpu = cpuUseBetween(cpuBefore, cpuAfter, ours, ourProcessNames);

      const perResponse = (value: number) => (result.responses > 0 ? value / result.responses : Number.NaN);
      return {
        workloadId: workload.id,
        gatewayId: gateway.id,
        round,
        responses: result.responses,
        seconds: result.seconds,
        requestsPerSecond: result.responses / result.seconds,
        latencyMs: latencyPercentiles(result.latenciesMs),
        errors: result.non2xx + result.rejectedBodies + result.connectionErrors,
        errorSamples: [
          ...result.errorSamples,
          ...(result.connectionErrors > 0 ? [`${result.connectionErrors} connection errors or timeouts`] : []),
        ],
        checkedBodies: result.checkedBodies,
        gatewayPeakRssBytes: peakRss,
        subgraphFetchesPerRequest: perResponse(countersAfter.requests - countersBefore.requests),
        sqlStatementsPerRequest: perResponse(countersAfter.sqlStatements - countersBefore.sqlStatements),
        othersCpuShare: cpu.othersShare,
        busiestOthers: busiestProcesses(cpuBefore, cpuAfter, 3, cpu.ours),
        disturbed: false,
        attempts: attempt,
      };
    } finally {
      await loadGenerator.stop();
    }
  } finally {
    await gateway.stop();
    disown(ownedGateway);
  }
}

async function readCounters(services: BenchServices): Promise<SubgraphCounters> {
  const texts = await Promise.all(
    Object.values(services.metricsUrls).map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return response.text();
    }),
  );
  return totalSubgraphCounters(texts);
}

function fixed(value: number): string {
  return Number.isFinite(value) ? value.toFixed(value >= 100 ? 0 : 1) : '–';
}
