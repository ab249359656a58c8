// The markdown report of `npm run bench`: machine, settings, one table per
// workload with a row per gateway, the per-round ratios of A to B and C, the
// paced runs' latencies of a workload with users at their pace, and the
// issue's targets with pass/fail. Written to bench/results/ and stdout.
import type { GatewayId, Workload } from '../types.js';
import type { PacedRunMeasurement, RunMeasurement } from './RunMeasurement.js';
import { summarizeGateway } from './gatewaySummary.js';
import { roundRatios } from './roundRatios.js';
import { median } from './statistics.js';
import { evaluateTargets, type TargetResult } from './targets.js';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  nodeVersion: string;
  kernel: string;
  postgresVersion: string;
  /** Git commit of the code measured, with "+ uncommitted changes" when the tree is dirty. */
  commit: string;
}

export interface ReportSettings {
  rounds: number;
  durationSeconds: number;
  warmupSeconds: number;
  quick: boolean;
  /** The paced runs' fixed settings; null when they were skipped (--no-paced). */
  paced: { minResponses: number; warmupRequestsPerUser: number } | null;
  reuse: boolean;
  /** 1: every response body was checked; n: one in n. */
  checkEvery: number;
  quietBusyShare: number;
  disturbedOthersShare: number;
  maxRepeats: number;
}

export interface ReportInput {
  startedAt: Date;
  finishedAt: Date;
  machine: MachineInfo;
  settings: ReportSettings;
  workloads: Pick<Workload, 'id' | 'title' | 'connections' | 'writes' | 'pacing'>[];
  gateways: { id: GatewayId; name: string }[];
  runs: RunMeasurement[];
  /** The paced runs (workloads with `pacing`), kept apart from the saturation runs. */
  pacedRuns: PacedRunMeasurement[];
}

export function formatReport(input: ReportInput): string {
  const { machine, settings } = input;
  const lines: string[] = [];
  lines.push(`# Gateway benchmark ${input.startedAt.toISOString()}`, '');
  if (settings.quick) {
    lines.push('> **`--quick`: not a valid measurement.** One round of a few seconds, only to try the harness out.', '');
  }
  lines.push(
    '## Machine',
    '',
    `- CPU: ${machine.cpuModel}, ${machine.cores} cores`,
    `- Node ${machine.nodeVersion}, Linux ${machine.kernel}, ${machine.postgresVersion}`,
    `- Code: ${machine.commit}`,
    `- Started ${input.startedAt.toISOString()}, finished ${input.finishedAt.toISOString()}`,
    '',
    '## Settings',
    '',
    '- After the services start (and seed): VACUUM (ANALYZE) and CHECKPOINT on the three databases.',
    ...(settings.quick ? [] : ['- Before the first round of each workload: one unmeasured run through every gateway, the reference gateway B first, which warms the shared subgraphs (for each gateway\'s own query shapes) and PostgreSQL.']),
    `- ${settings.rounds} round${settings.rounds === 1 ? '' : 's'}; in each round every gateway in the order ${input.gateways.map((gateway) => gateway.id).join(', ')} ` +
      `on each workload: start, workload preparation, CHECKPOINT (no run pays for writing out the pages of the runs before it), wait for a quiet machine, then one continuous load: ` +
      `${settings.warmupSeconds} s warm-up (thrown away) running straight into ${settings.durationSeconds} s measured.`,
    '- Gateway pinned to CPU 0; load generator (autocannon; undici for the paced runs), subgraphs vgr, kommun, samverkan and the entry subgraph pinned to CPU 1; PostgreSQL not pinned.',
    `- Database: ${settings.reuse ? '**reused** (`--reuse`): earlier runs\' write workloads have added avvikelser and moved them through their workflow' : 'created for this run and seeded with the `vg` scale'}.`,
    `- Errors: non-2xx responses, connection errors and timeouts, and response bodies the workload's check rejects; ${settings.checkEvery === 1 ? 'every body was checked' : `one body in ${settings.checkEvery} was checked`} (a body byte for byte equal to one that passed counts as passed without being parsed again).`,
    `- Latency percentiles are exact over every response of a run, then the median over rounds. Requests/s: median over rounds (min–max).`,
    '- Subgraph fetches and SQL statements per request: the vgr, kommun and samverkan subgraphs\' `/metrics` counters over the measured window, divided by the gateway\'s responses (the entry subgraph has no counters; gateway A runs it in-process).',
    `- Quiet machine: the load starts when the machine's CPU use over 1 s is below ${pct(settings.quietBusyShare)} of one core; ` +
      `a run in which processes not ours used more than ${pct(settings.disturbedOthersShare)} of one core ` +
      (settings.maxRepeats > 0 ? `is repeated (at most ${settings.maxRepeats} times, then kept and marked disturbed).` : 'is kept and marked disturbed (not repeated).'),
    pacedSettings(settings),
    '',
    '## Gateways',
    '',
    ...input.gateways.map((gateway) => `- **${gateway.id}**: ${gateway.name}`),
    '',
  );

  input.workloads.forEach((workload, index) => {
    lines.push(`## ${index + 1}. \`${workload.id}\`: ${workload.title}`, '');
    lines.push(`${workload.connections} connections, ${workload.writes ? 'writes' : 'reads'}.`, '');
    lines.push(...workloadTable(input, workload.id), '');
    lines.push(...ratioTable(input, workload.id), '');
    lines.push(...workloadNotes(input.gateways, input.runs, workload.id));
    if (workload.pacing && settings.paced) {
      const { users, thinkTimeMs, describe } = workload.pacing;
      lines.push(`### Paced: ${users} users, think time ${thinkTimeMs} ms mean`, '');
      lines.push(`${describe}. Each user sends its next request only after its answer arrived and a think time passed.`, '');
      lines.push(...pacedTable(input, workload.id), '');
      lines.push(...pacedWindowNote(input.pacedRuns, workload.id, settings.durationSeconds));
      lines.push(...workloadNotes(input.gateways, input.pacedRuns, workload.id));
    }
  });

  const targets = evaluateTargets(input.workloads, input.runs, input.pacedRuns);
  lines.push('## Targets (issue 6)', '', ...targetTable(targets), '');
  lines.push(
    'The latency targets are judged on the paced runs (the people using the views), as the median over rounds of A\'s p95; ' +
      'the saturation runs measure capacity, and their p95 (connections × service time, queueing included) is shown for information.',
    '',
  );
  const judged = targets.filter((target) => !target.informational);
  const passed = judged.filter((target) => target.pass === true).length;
  const failed = judged.filter((target) => target.pass === false).length;
  const open = judged.filter((target) => target.pass === null).length;
  lines.push(`${passed} passed, ${failed} failed${open ? `, ${open} not measured` : ''}.${settings.quick ? ' (`--quick`: not a valid measurement.)' : ''}`, '');
  return lines.join('\n');
}

export function workloadTable(input: Pick<ReportInput, 'gateways' | 'runs'>, workloadId: string): string[] {
  const rows = [
    '| gateway | requests/s median (min–max) | p50 ms | p95 ms | p99 ms | errors | peak RSS MB | subgraph fetches / request | SQL statements / request |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const gateway of input.gateways) {
    const summary = summarizeGateway(input.runs, workloadId, gateway.id);
    if (!summary) {
      rows.push(`| ${gateway.id} | not run | | | | | | | |`);
      continue;
    }
    const rps = summary.requestsPerSecond;
    rows.push(
      `| ${gateway.id}${summary.disturbedRuns ? ' (disturbed)' : ''} | ${fixed(rps.median, 1)} (${fixed(rps.min, 1)}–${fixed(rps.max, 1)}) | ` +
        `${latency(summary.latencyMs.p50)} | ${latency(summary.latencyMs.p95)} | ${latency(summary.latencyMs.p99)} | ` +
        `${summary.errors} | ${fixed(summary.peakRssBytes / 1024 / 1024, 0)} | ${fixed(summary.subgraphFetchesPerRequest, 2)} | ${fixed(summary.sqlStatementsPerRequest, 2)} |`,
    );
  }
  return rows;
}

export function ratioTable(input: Pick<ReportInput, 'gateways' | 'runs'>, workloadId: string): string[] {
  const others = input.gateways.map((gateway) => gateway.id).filter((id) => id !== 'A');
  if (!input.gateways.some((gateway) => gateway.id === 'A') || others.length === 0) return ['(No ratio: A and another gateway are needed.)'];
  const ratios = others.map((other) => ({ other, ratios: roundRatios(input.runs, workloadId, 'A', other) }));
  const rounds = [...new Set(ratios.flatMap((entry) => entry.ratios.perRound.map((pair) => pair.round)))].sort((a, b) => a - b);
  const rows = [
    `| requests/s ratio | ${rounds.map((round) => `round ${round}`).join(' | ')}${rounds.length ? ' | ' : ''}median |`,
    `| --- | ${rounds.map(() => '---: | ').join('')}---: |`,
  ];
  for (const { other, ratios: entry } of ratios) {
    const cells = rounds.map((round) => {
      const pair = entry.perRound.find((candidate) => candidate.round === round);
      return pair ? fixed(pair.ratio, 2) : '–';
    });
    rows.push(`| A/${other} | ${cells.join(' | ')}${cells.length ? ' | ' : ''}**${fixed(entry.median, 2)}** |`);
  }
  return rows;
}

/** The paced runs of one workload: a row per gateway, percentiles the medians over rounds of each run's exact ones. */
export function pacedTable(input: Pick<ReportInput, 'gateways' | 'pacedRuns'>, workloadId: string): string[] {
  const rows = [
    '| gateway | users | think time ms (mean) | runs | responses | window s | p50 ms | p95 ms | p99 ms | errors | connections opened |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const gateway of input.gateways) {
    const own = input.pacedRuns.filter((run) => run.workloadId === workloadId && run.gatewayId === gateway.id);
    const summary = summarizeGateway(own, workloadId, gateway.id);
    if (!summary || own.length === 0) {
      rows.push(`| ${gateway.id} | not run | | | | | | | | | |`);
      continue;
    }
    const first = own[0]!;
    rows.push(
      `| ${gateway.id}${summary.disturbedRuns ? ' (disturbed)' : ''} | ${first.users} | ${first.thinkTimeMs} | ${summary.rounds} | ${summary.responses} | ` +
        `${fixed(median(own.map((run) => run.seconds)), 1)} | ${latency(summary.latencyMs.p50)} | ${latency(summary.latencyMs.p95)} | ${latency(summary.latencyMs.p99)} | ` +
        `${summary.errors} | ${own.reduce((total, run) => total + run.connectionsOpened, 0)} |`,
    );
  }
  return rows;
}

/** Says when the window was longer than --duration (to send the minimum of requests). */
function pacedWindowNote(pacedRuns: readonly PacedRunMeasurement[], workloadId: string, durationSeconds: number): string[] {
  const planned = Math.max(0, ...pacedRuns.filter((run) => run.workloadId === workloadId).map((run) => run.plannedSeconds));
  if (planned <= durationSeconds) return [];
  return [`Window lengthened from --duration ${durationSeconds} s to ${planned} s so that the users send at least the minimum of requests.`, ''];
}

function pacedSettings(settings: ReportSettings): string {
  if (!settings.paced) return '- Paced runs: skipped (`--no-paced`); the latency targets are not measured.';
  return (
    '- Paced runs (latency targets), for a workload that declares users and a think time: after its saturation rounds, the same rounds and ' +
    'gateway order again: start, preparation, quiet machine, then from the load generator on CPU 1 each user (its own keep-alive connection, ' +
    `at most one request in flight) sends ${settings.paced.warmupRequestsPerUser} requests back to back as warm-up (thrown away); then every user thinks, ` +
    'sends the next request of the shared order, waits for the whole answer, thinks again… Think times are exponential with the declared mean, ' +
    'from a random source seeded by workload and round (the same schedule for every gateway of a round). The window is open ' +
    `--duration s, or longer until ${settings.paced.minResponses} requests were sent (at most 4 × its planned length); answers to requests sent in ` +
    'it are awaited and counted. Same quiet-machine and disturbed-run rules; every response\'s latency, percentiles exact per run, then the median over rounds.'
  );
}

function workloadNotes(gateways: ReportInput['gateways'], allRuns: readonly RunMeasurement[], workloadId: string): string[] {
  const notes: string[] = [];
  for (const gateway of gateways) {
    const runs = allRuns.filter((run) => run.workloadId === workloadId && run.gatewayId === gateway.id);
    const disturbed = runs.filter((run) => run.disturbed);
    const repeats = runs.reduce((total, run) => total + run.attempts - 1, 0);
    if (repeats > 0) notes.push(`- ${gateway.id}: ${repeats} run${repeats === 1 ? '' : 's'} discarded as disturbed and repeated.`);
    for (const run of disturbed) {
      const busiest = run.busiestOthers.length ? `: ${run.busiestOthers.join(', ')}` : '';
      notes.push(`- ${gateway.id} round ${run.round}: kept although disturbed (others used ${pct(run.othersCpuShare)} of one core${busiest}).`);
    }
    const samples = runs.flatMap((run) => run.errorSamples.map((sample) => `round ${run.round}: ${sample}`)).slice(0, 3);
    for (const sample of samples) notes.push(`- ${gateway.id} error, ${oneLine(sample)}`);
  }
  return notes.length ? [...notes, ''] : [];
}

export function targetTable(targets: readonly TargetResult[]): string[] {
  return [
    '| workload | target | measured | result |',
    '| --- | --- | --- | --- |',
    ...targets.map(
      (target) =>
        `| ${target.workloadId} | ${target.target} | ${target.measured} | ` +
        `${target.informational ? 'information' : target.pass === null ? 'not measured' : target.pass ? 'pass' : '**FAIL**'} |`,
    ),
  ];
}

function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

function latency(value: number): string {
  return fixed(value, value >= 100 ? 0 : 1);
}

function pct(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/** Keeps a table-free one-liner: error bodies may hold newlines and pipes. */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}
