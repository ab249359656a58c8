// `npm run bench` from start to end: databases, shared services, every
// workload × round × gateway (A, B, C in turn), then for a workload with
// `pacing` its paced runs (round × gateway again), the report; and cleaning up
// every process, the databases and the temp folder, also on failure and Ctrl+C.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../../scripts/serviceProcess.js';
import type { GatewayLauncher, Workload } from '../types.js';
import type { PacedRunMeasurement, RunMeasurement } from './RunMeasurement.js';
import type { BenchOptions } from './benchOptions.js';
import { checkpointBenchDatabases, dropBenchDatabases, postgresVersion, prepareBenchDatabases, settleBenchDatabases } from './benchDatabases.js';
import { formatReport } from './benchReport.js';
import { startBenchServices, type RunningBenchServices } from './benchServices.js';
import { ablationVariant } from './ablation.js';
import { ablationTables } from './ablationReport.js';
import { samsynGatewayVariant } from '../gateways/samsynGatewayLauncher.js';
import { describeMachine } from './machineInfo.js';
import { measurePacedRun, measureRun } from './measureRun.js';
import { warmingOrder } from './warmingOrder.js';
import { pacedMinResponses, pacedWarmupRequestsPerUser } from './pacedLoad.js';
import { killAllOwnedNow, stopAllOwned } from './ownedProcesses.js';
import { defaultQuietRules } from './quietMachine.js';

export interface BenchmarkSetup {
  options: BenchOptions;
  /** Every known workload and launcher; the options pick among them. */
  workloads: Workload[];
  launchers: GatewayLauncher[];
  /** Module the load generator imports `workloads` from (the same list). */
  workloadModule: string;
  /** The PostgreSQL server's maintenance database. */
  adminUrl: string;
  /** Where the report goes (default bench/results/). */
  resultsDirectory?: string;
}

const gatewayCpu = 0;
/** The load generator, the subgraphs and the entry subgraph share the other core. */
const serviceCpu = 1;

export async function runBenchmark(setup: BenchmarkSetup): Promise<{ report: string; reportPath: string }> {
  const { options } = setup;
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const workloads = options.workloads.map((id) => {
    const workload = setup.workloads.find((candidate) => candidate.id === id);
    if (!workload) throw new Error(`Unknown workload ${id}`);
    return workload;
  });
  const launchers = options.gateways.map((id) => {
    const launcher = setup.launchers.find((candidate) => candidate.id === id);
    if (!launcher) throw new Error(`No launcher for gateway ${id}`);
    return launcher;
  });

  const tempDirectory = mkdtempSync(join(tmpdir(), 'samsyn-bench-'));
  let cleanedUp: Promise<void> | null = null;
  /** Stops the services and closes the JWKS server the runner serves (left open, it keeps the runner from exiting). */
  let stopServices: (() => Promise<void>) | null = null;
  const cleanUp = () =>
    (cleanedUp ??= (async () => {
      await stopAllOwned();
      await stopServices?.().catch((error: unknown) => log(`Could not stop the services: ${String(error)}`));
      if (options.keep) {
        log(`Kept the databases samsyn_bench_* and ${tempDirectory} (service logs, issuer, supergraph).`);
        return;
      }
      await dropBenchDatabases(setup.adminUrl).catch((error: unknown) => log(`Could not drop the benchmark databases: ${String(error)}`));
      rmSync(tempDirectory, { recursive: true, force: true });
    })());
  // Stays registered after the first signal: Ctrl+C under `npm run` arrives twice (from the terminal and relayed
  // by tsx), and a second signal without a listener would kill the runner before it has cleaned up.
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: stopping every process the benchmark started…`);
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.once('exit', killAllOwnedNow);

  try {
    const machine = describeMachine(await postgresVersion(setup.adminUrl));
    const { reused } = await prepareBenchDatabases(setup.adminUrl, options.reuse);
    if (reused.length > 0) log(`Reusing ${reused.join(', ')}: they hold what earlier runs' write workloads wrote.`);
    log(`Starting the subgraphs and the entry subgraph on CPU ${serviceCpu}${reused.length === 3 ? '' : ' (seeding vg into empty databases)'}…`);
    const services = await startBenchServices({ adminUrl: setup.adminUrl, tempDirectory, cpu: serviceCpu });
    const serviceSets: RunningBenchServices[] = [services];
    stopServices = () => Promise.all(serviceSets.map((set) => set.stop())).then(() => undefined);
    // Each variant that turns off a subgraphs' optimisation gets subgraphs of its own, started with the switch.
    const variants = options.ablation.map(ablationVariant);
    const warmed = new Set(launchers.map((launcher) => launcher.id));
    const variantIds = new Set(variants.map((variant) => variant.id));
    // parseBenchOptions refuses an ablation without A.
    const gatewayA = launchers.find((launcher) => launcher.id === 'A')!;
    for (const variant of variants) {
      let own: RunningBenchServices | undefined;
      if (Object.keys(variant.subgraphEnv).length > 0) {
        log(`Starting subgraphs with ${variant.name} turned off…`);
        own = await startBenchServices({
          adminUrl: setup.adminUrl,
          tempDirectory,
          cpu: serviceCpu,
          environment: services.environment,
          // Idle, a variant's subgraphs give their connections back: PostgreSQL's 100 would not hold every set's.
          subgraphEnv: { ...variant.subgraphEnv, SAMSYN_DB_IDLE_TIMEOUT_MS: '2000' },
          label: variant.name,
        });
        serviceSets.push(own);
        warmed.add(variant.id);
      }
      launchers.push(samsynGatewayVariant(variant.id, `Samsyn gateway with ${variant.name} turned off`, variant.gatewayEnv, own?.services));
    }
    log('Settling the databases (VACUUM ANALYZE, CHECKPOINT)…');
    await settleBenchDatabases(setup.adminUrl);

    // --quick only tries the harness out: a disturbed run is marked, not repeated.
    const quietRules = options.quick ? { ...defaultQuietRules, maxRepeats: 0 } : defaultQuietRules;
    const startedAt = new Date();
    const runs: RunMeasurement[] = [];
    const pacedRuns: PacedRunMeasurement[] = [];
    const context = {
      services: services.services,
      servicePids: serviceSets.flatMap((set) => set.pids),
      workloadModule: setup.workloadModule,
      tempDirectory,
      warmupSeconds: options.warmupSeconds,
      durationSeconds: options.durationSeconds,
      checkEvery: options.checkEvery,
      quietRules,
      quietTimeoutSeconds: options.quietTimeoutSeconds,
      gatewayCpu,
      loadCpu: serviceCpu,
      settleDatabases: () => checkpointBenchDatabases(setup.adminUrl),
      log,
    };
    for (const workload of workloads) {
      // The subgraphs and PostgreSQL serve every gateway of a workload. Cold (JIT, plans, buffers), they would make
      // the first measured run pay for warming them, always A's. Each gateway sends the subgraphs queries of its own
      // shapes (A merges a request's fetches, B and C do not), each parsed, validated and compiled on first sight:
      // one unmeasured run through every gateway first, the reference (B) first.
      if (!options.quick) {
        // A gateway variant on A's subgraphs finds them warm; one with subgraphs of its own warms them.
        for (const launcher of warmingOrder(launchers.filter((candidate) => warmed.has(candidate.id)))) {
          log(`${workload.id}: warming the subgraphs with one unmeasured run through gateway ${launcher.id}`);
          await measureRun({ ...context, quietRules: { ...quietRules, maxRepeats: 0 } }, workload, launcher, 0);
        }
      }
      for (let round = 1; round <= options.rounds; round++) {
        for (const launcher of launchers) {
          // Each variant right after an A run of its own, its pair: the machine drifts within a round by more than
          // some switches gain, and a variant compared with the round's first A would be judged by its place.
          if (variantIds.has(launcher.id)) runs.push(await measureRun(context, workload, gatewayA, round));
          runs.push(await measureRun(context, workload, launcher, round));
        }
      }
      // The latency targets: the same rounds and alternation, with the workload's users at their pace.
      const { pacing } = workload;
      if (!options.paced || !pacing) continue;
      for (let round = 1; round <= options.rounds; round++) {
        for (const launcher of launchers) pacedRuns.push(await measurePacedRun(context, { ...workload, pacing }, launcher, round));
      }
    }

    const report = formatReport({
      startedAt,
      finishedAt: new Date(),
      machine,
      settings: {
        rounds: options.rounds,
        durationSeconds: options.durationSeconds,
        warmupSeconds: options.warmupSeconds,
        quick: options.quick,
        paced: options.paced ? { minResponses: pacedMinResponses, warmupRequestsPerUser: pacedWarmupRequestsPerUser } : null,
        reuse: reused.length > 0,
        checkEvery: options.checkEvery,
        quietBusyShare: quietRules.quietBusyShare,
        disturbedOthersShare: quietRules.disturbedOthersShare,
        maxRepeats: quietRules.maxRepeats,
      },
      workloads,
      gateways: launchers.map((launcher) => ({ id: launcher.id, name: launcher.name })),
      runs,
      pacedRuns,
    });
    const ablation = variants.length > 0 ? ablationTables({ workloads, variants, runs }) : '';
    const resultsDirectory = setup.resultsDirectory ?? join(projectRoot, 'bench/results');
    mkdirSync(resultsDirectory, { recursive: true });
    const reportPath = join(resultsDirectory, `gateways-${isoBasicStamp(startedAt)}.md`);
    writeFileSync(reportPath, report + ablation);
    return { report: report + ablation, reportPath };
  } finally {
    await cleanUp();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** ISO 8601 in its basic form (2026-11-30T101500Z): no colons in a file name. */
export function isoBasicStamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '');
}
