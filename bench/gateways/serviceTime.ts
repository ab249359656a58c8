// `npm run bench:servicetid`: how long one request of each workload takes on an otherwise idle system, through
// each gateway: one connection, requests one after another, no queueing. Where `npm run bench` measures
// throughput at saturation, this shows the service time every queue multiplies, and (with --profile, which
// writes a CPU profile of every service) where that time goes.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { prepareBenchDatabases } from './runner/benchDatabases.js';
import { startBenchServices } from './runner/benchServices.js';
import { stopAllOwned } from './runner/ownedProcesses.js';
import { ticksPerSecond, type CpuSnapshot } from './runner/cpuTime.js';
import { takeCpuSnapshot } from './runner/procSnapshot.js';
import { percentile } from './runner/statistics.js';
import { gatewayLaunchers } from './gateways/index.js';
import { workloads } from './workloads/index.js';

const usage = `npm run bench:servicetid -- [--workloads a,b] [--gateways A,B] [--requests N] [--profile DIR]

Uses the benchmark databases samsyn_bench_* as they are when they exist (seeds vg otherwise) and keeps them.`;

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
if (args.includes('--help')) {
  console.log(usage);
  process.exit(0);
}
const chosenWorkloads = (option('--workloads')?.split(',') ?? workloads.filter((workload) => !workload.writes).map((workload) => workload.id)).map((id) => {
  const workload = workloads.find((candidate) => candidate.id === id);
  if (!workload) throw new Error(`Unknown workload ${id}\n${usage}`);
  return workload;
});
const chosenGateways = (option('--gateways')?.split(',') ?? ['A', 'B']).map((id) => {
  const launcher = gatewayLaunchers.find((candidate) => candidate.id === id);
  if (!launcher) throw new Error(`Unknown gateway ${id}\n${usage}`);
  return launcher;
});
const requestCount = Number(option('--requests') ?? 30);
const profileDirectory = option('--profile');
if (profileDirectory) {
  mkdirSync(resolve(profileDirectory), { recursive: true });
  process.env['CPU_PROFILE_DIR'] = resolve(profileDirectory);
  process.env['NODE_OPTIONS'] = `${process.env['NODE_OPTIONS'] ?? ''} --import ${new URL('./runner/cpuProfileOnExit.mjs', import.meta.url).href}`.trim();
}

const adminUrl = process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const tempDirectory = mkdtempSync(join(tmpdir(), 'samsyn-servicetid-'));
try {
  await prepareBenchDatabases(adminUrl, true);
  const shared = await startBenchServices({ adminUrl, tempDirectory, cpu: 1 });
  try {
    for (const launcher of chosenGateways) {
      const gateway = await launcher.start(shared.services, 0);
      try {
        for (const workload of chosenWorkloads) {
          const requests = await workload.prepare(gateway.url, shared.services);
          const times: number[] = [];
          const cpuBefore = takeCpuSnapshot();
          let problems = 0;
          for (let index = 0; index < requestCount + 3; index++) {
            const request = requests[index % requests.length]!;
            const started = performance.now();
            const response = await fetch(gateway.url, { method: 'POST', headers: request.headers, body: request.body });
            const body = await response.text();
            const elapsed = performance.now() - started;
            if (workload.check(body) !== null) problems++;
            if (index >= 3) times.push(elapsed);
          }
          const cpuAfter = takeCpuSnapshot();
          const perRequest = (used: number) => (used / (requestCount + 3)).toFixed(1).padStart(6);
          const cpu =
            `CPU per request: gateway ${perRequest(cpuMillisecondsBetween(cpuBefore, cpuAfter, (process) => process.pid === gateway.pid))} ms, ` +
            `subgraphs ${perRequest(cpuMillisecondsBetween(cpuBefore, cpuAfter, (process) => shared.pids.includes(process.pid)))} ms, ` +
            `postgres ${perRequest(cpuMillisecondsBetween(cpuBefore, cpuAfter, (process) => process.comm === 'postgres', true))} ms (` +
            Object.entries(shared.pidsByName)
              .map(([name, pid]) => `${name} ${perRequest(cpuMillisecondsBetween(cpuBefore, cpuAfter, (process) => process.pid === pid)).trim()}`)
              .join(', ') +
            ')';
          times.sort((a, b) => a - b);
          console.log(
            `${launcher.id} ${workload.id.padEnd(16)} p50 ${percentile(times, 0.5).toFixed(0).padStart(5)} ms  p95 ${percentile(times, 0.95).toFixed(0).padStart(5)} ms  min ${times[0]!.toFixed(0).padStart(5)} ms  ${problems} wrong answers  ${cpu}`,
          );
        }
      } finally {
        await gateway.stop();
      }
    }
  } finally {
    await shared.stop();
  }
} finally {
  await stopAllOwned();
  rmSync(tempDirectory, { recursive: true, force: true });
}

/**
 * CPU the chosen processes used between two snapshots, in ms. With `withReaped`, also what their ended children
 * used (PostgreSQL's backends end with their connections and are reaped by the postmaster).
 */
function cpuMillisecondsBetween(before: CpuSnapshot, after: CpuSnapshot, chosen: (process: CpuSnapshot['processes'][number]) => boolean, withReaped = false): number {
  const used = (snapshot: CpuSnapshot) =>
    snapshot.processes.filter(chosen).reduce((sum, process) => sum + process.ticks + (withReaped ? process.childTicks : 0), 0);
  return ((used(after) - used(before)) * 1000) / ticksPerSecond;
}
