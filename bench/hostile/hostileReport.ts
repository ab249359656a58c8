// The hostile benchmark's figures per request and the targets of issue 21, as a markdown report: every hostile
// request refused in under 50 ms, the cheap query never waiting more than 250 ms, no process above 600 MB, none
// ended.
import { median } from '../gateways/runner/statistics.js';

export const targets = { refusalMs: 50, cheapQueryMs: 250, rssBytes: 600 * 1024 * 1024 } as const;

export interface HostileRow {
  name: string;
  finding: number;
  target: string;
  expected: string;
  /** What each send got, e.g. `400 QUERY_TOO_LARGE`. */
  got: string[];
  refusalMs: number[];
  /** The cheap query's longest wait among those sent while this request was handled (and just after). */
  cheapQueryWorstMs: number;
  /** Cheap queries that failed meanwhile. */
  cheapQueryFailures: number;
  peakRssBytes: Record<string, number>;
}

export interface HostileRun {
  commit: string;
  database: string;
  repeat: number;
  /** The cheap query's p50 and worst with nothing hostile going on. */
  baseline: { p50Ms: number; worstMs: number };
  rows: HostileRow[];
  /** Services that ended during the run, with their exit codes. */
  ended: Record<string, number | null>;
  finalPeakRssBytes: Record<string, number>;
}

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(0);
const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));

export function rowPasses(row: HostileRow): boolean {
  return (
    row.got.every((got) => got === row.expected) &&
    Math.max(...row.refusalMs) < targets.refusalMs &&
    row.cheapQueryWorstMs <= targets.cheapQueryMs &&
    row.cheapQueryFailures === 0 &&
    Object.values(row.peakRssBytes).every((bytes) => bytes <= targets.rssBytes)
  );
}

export function hostileReport(run: HostileRun): string {
  const services = [...new Set(run.rows.flatMap((row) => Object.keys(row.peakRssBytes)))];
  const lines = [
    `# Hostile requests (issue 21): refusal, stall, memory`,
    '',
    `Commit ${run.commit}, ${run.database}. Each request sent once unmeasured, then ${run.repeat} times one after another while \`{ kommuner { kod } }\` went through the gateway every 50 ms (baseline with nothing hostile: p50 ${ms(run.baseline.p50Ms)} ms, worst ${ms(run.baseline.worstMs)} ms).`,
    `Targets: refused in under ${targets.refusalMs} ms; the cheap query never waits more than ${targets.cheapQueryMs} ms; no process above ${mb(targets.rssBytes)} MB; none ends.`,
    '',
    `| # | request | to | answer | refusal ms (median / max) | cheap query worst ms | peak RSS MB (${services.join(' / ')}) | |`,
    '| ---: | --- | --- | --- | ---: | ---: | --- | --- |',
    ...run.rows.map((row) => {
      const answers = [...new Set(row.got)].join(', ');
      const rss = services.map((service) => mb(row.peakRssBytes[service] ?? 0)).join(' / ');
      return `| ${row.finding} | ${row.name} | ${row.target} | ${answers === row.expected ? answers : `${answers} (expected ${row.expected})`} | ${ms(median(row.refusalMs))} / ${ms(Math.max(...row.refusalMs))} | ${ms(row.cheapQueryWorstMs)}${row.cheapQueryFailures > 0 ? ` (${row.cheapQueryFailures} failed)` : ''} | ${rss} | ${rowPasses(row) ? 'pass' : '**FAIL**'} |`;
    }),
    '',
    `Peak RSS over the whole run (VmHWM): ${Object.entries(run.finalPeakRssBytes).map(([service, bytes]) => `${service} ${mb(bytes)} MB`).join(', ')}.`,
    Object.keys(run.ended).length === 0 ? 'No process ended.' : `**Ended during the run:** ${Object.entries(run.ended).map(([service, code]) => `${service} (exit code ${code})`).join(', ')}.`,
    '',
    `${run.rows.filter(rowPasses).length} of ${run.rows.length} requests meet every target.`,
  ];
  return lines.join('\n');
}
