// One measured run of one gateway on one workload: start the gateway on its
// CPU, prepare the workload, checkpoint, wait for a quiet machine, warm up, measure, read
// the gateway's peak RSS and the subgraphs' counters, stop it; repeated when
// processes not ours disturbed the window. Saturation runs (autocannon, closed
// loop) and paced runs (simulated users with think times) alike.
import type { BenchServices, GatewayLauncher, Workload, WorkloadPacing } from '../types.js';
import type { PacedRunMeasurement, RunMeasurement } from './RunMeasurement.js';
import { busiestProcesses, cpuUseBetween } from './cpuTime.js';
import type { WindowResult } from './loadGeneratorProtocol.js';
import { startLoadGenerator, type LoadGenerator } from './loadGeneratorProcess.js';
import { pacedSeed, pacedWarmupRequestsPerUser, pacedWindow, type PacedPlan } from './pacedLoad.js';
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
  /** Run after the workload's preparation, before waiting for a quiet machine (a CHECKPOINT: checkpointBenchDatabases). */
  settleDatabases(): Promise<void>;
  log(line: string): void;
}

/** PostgreSQL's processes are ours too (the subgraphs' backends, its writer and WAL processes). */
const ourProcessNames = ['postgres'];

export async function measureRun(context: RunContext, workload: Workload, launcher: GatewayLauncher, round: number): Promise<RunMeasurement> {
  const load: LoadShape = {
    label: '',
    run: (loadGenerator, onWindowStart) => loadGenerator.run(context.warmupSeconds, context.durationSeconds, onWindowStart),
  };
  return repeatWhileDisturbed(context, (attempt) => measureOnce(context, workload, launcher, round, attempt, load), (measurement) =>
    `${fixed(measurement.requestsPerSecond)} req/s, ${latencySummary(measurement)}`,
  );
}

/**
 * The paced run of a workload with `pacing`: its users think and send for --duration seconds (longer when needed to
 * send 200 requests, see pacedWindow), with the think times of the round's seed.
 */
export async function measurePacedRun(
  context: RunContext,
  workload: Workload & { pacing: WorkloadPacing },
  launcher: GatewayLauncher,
  round: number,
): Promise<PacedRunMeasurement> {
  const { pacing } = workload;
  const plan: PacedPlan = {
    users: pacing.users,
    thinkTimeMs: pacing.thinkTimeMs,
    seed: pacedSeed(workload.id, round),
    warmupRequestsPerUser: pacedWarmupRequestsPerUser,
    window: pacedWindow(context.durationSeconds, pacing),
    checkEvery: context.checkEvery,
  };
  let connectionsOpened = 0;
  const load: LoadShape = {
    label: ` paced (${pacing.users} users, think time ${pacing.thinkTimeMs} ms mean, ≥ ${plan.window.minSeconds} s and ≥ ${plan.window.minResponses} requests)`,
    run: async (loadGenerator, onWindowStart) => {
      const result = await loadGenerator.runPaced(plan, onWindowStart);
      connectionsOpened = result.connectionsOpened ?? 0;
      return result;
    },
  };
  return repeatWhileDisturbed(
    context,
    async (attempt): Promise<PacedRunMeasurement> => {
      const measurement = await measureOnce(context, workload, launcher, round, attempt, load);
      return { ...measurement, users: pacing.users, thinkTimeMs: pacing.thinkTimeMs, plannedSeconds: plan.window.minSeconds, connectionsOpened };
    },
    (measurement) =>
      `${measurement.responses} responses in ${fixed(measurement.seconds)} s, ${measurement.connectionsOpened} connections opened, ${latencySummary(measurement)}`,
  );
}

/** How the load generator loads the gateway in one run. */
interface LoadShape {
  /** Added to the run's log line. */
  label: string;
  run(loadGenerator: LoadGenerator, onWindowStart: () => Promise<void>): Promise<WindowResult>;
}

async function repeatWhileDisturbed<M extends RunMeasurement>(
  context: RunContext,
  measure: (attempt: number) => Promise<M>,
  describe: (measurement: M) => string,
): Promise<M> {
  for (let attempt = 1; ; attempt++) {
    const measurement = await measure(attempt);
    const verdict = judgeRun(measurement.othersCpuShare, attempt, context.quietRules);
    const summary = `${describe(measurement)}, others ${Math.round(measurement.othersCpuShare * 100)} % of a core`;
    if (verdict === 'repeat') {
      context.log(`  disturbed (${summary}: ${measurement.busiestOthers.join(', ') || 'no process charged'}); repeating`);
      continue;
    }
    context.log(`  ${summary}${verdict === 'keep-disturbed' ? ` — kept, marked disturbed (${measurement.busiestOthers.join(', ')})` : ''}`);
    return { ...measurement, disturbed: verdict === 'keep-disturbed', attempts: attempt };
  }
}

function latencySummary(measurement: RunMeasurement): string {
  return `p50 ${fixed(measurement.latencyMs.p50)} ms, p95 ${fixed(measurement.latencyMs.p95)} ms, p99 ${fixed(measurement.latencyMs.p99)} ms, ${measurement.errors} errors`;
}

async function measureOnce(
  context: RunContext,
  workload: Workload,
  launcher: GatewayLauncher,
  round: number,
  attempt: number,
  load: LoadShape,
): Promise<RunMeasurement> {
  context.log(`${workload.id}${load.label} round ${round} gateway ${launcher.id}${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
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
      // Pages dirtied by the runs before (and the preparation) written out, then quiet before the load starts; the
      // warm-up then runs straight into the measured window (paced runs: the users' warm-up requests, then the window).
      await context.settleDatabases();
      await waitForQuiet(context.quietRules, context.quietTimeoutSeconds, context.log);
      const ours = [process.pid, gateway.pid, loadGenerator.pid, ...context.servicePids];
      let cpuBefore = takeCpuSnapshot();
      let countersBefore: SubgraphCounters = { sqlStatements: 0, requests: 0 };
      const result = await load.run(loadGenerator, async () => {
        cpuBefore = takeCpuSnapshot();
        countersBefore = await readCounters(gateway.services ?? context.services);
      });
      const cpuAfter = takeCpuSnapshot();
      const countersAfter = await readCounters(gateway.services ?? context.services);
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
