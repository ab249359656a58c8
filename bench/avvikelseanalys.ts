// Benchmark of Query.avvikelseanalys's SQL (not a test): seeds the `vg` world
// into a fresh database on the PostgreSQL server (and, unless --postgres-only,
// into an in-memory PGlite), then times county-wide, delregional and lokal
// analyses through runAvvikelseanalys — the resolver's code path without
// GraphQL — and the pages of Query.avvikelser the web app's inbox and
// reporter's list ask for (listAvvikelser). See bench/README.md.
//
//   npx tsx bench/avvikelseanalys.ts [--runs 25] [--scale-up 1] [--postgres-only] [--explain]
//
// BENCH_POSTGRES_URL is the server's maintenance database (default
// postgres://postgres@127.0.0.1:5432/postgres); the benchmark creates
// `samsyn_bench_samverkan` there and drops it at the end.
import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { defaultDatabaseTimeouts } from '../subgraphs/common/database/databaseTimeouts.js';
import { openDatabase, type Database, type DatabaseLocation } from '../subgraphs/common/database/openDatabase.js';
import { createLogger } from '../platform/logging/logger.js';
import { testReferenceDate } from '../subgraphs/common/seed/referenceDate.js';
import { prepareDatabase } from '../subgraphs/common/server/startSubgraph.js';
import type { AnalysisStrategy } from '../subgraphs/samverkan/avvikelse/analys/buildAnalysisQuery.js';
import { buildAnalysisQueries } from '../subgraphs/samverkan/avvikelse/analys/buildAnalysisQuery.js';
import { parseAvvikelseanalysInput } from '../subgraphs/samverkan/avvikelse/analys/parseAvvikelseanalysInput.js';
import { runAvvikelseanalys } from '../subgraphs/samverkan/avvikelse/analys/runAvvikelseanalys.js';
import type { SamverkanDatabase } from '../subgraphs/samverkan/database.js';
import { decodeAvvikelseCursor } from '../subgraphs/samverkan/avvikelse/avvikelseCursor.js';
import { parseAvvikelseFilter } from '../subgraphs/samverkan/avvikelse/avvikelseFilter.js';
import { listAvvikelser } from '../subgraphs/samverkan/avvikelse/listAvvikelser.js';
import type { AvvikelseanalysInput, AvvikelseFilter, AvvikelseOrdning } from '../subgraphs/samverkan/generated/resolvers.js';
import { createSamverkanSubgraph } from '../subgraphs/samverkan/samverkanSubgraph.js';
import { defaultSuppressionThreshold } from '../subgraphs/common/suppression/suppressSmallCount.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const index = args.indexOf(name);
  if (index < 0) return fallback;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a whole number of at least 1`);
  return value;
};
const runs = Math.max(20, option('--runs', 25));
const scaleUp = option('--scale-up', 1);
const postgresOnly = args.includes('--postgres-only');
const explain = args.includes('--explain');
const warmUpRuns = 3;
const benchDatabase = 'samsyn_bench_samverkan';
const adminUrl = process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const log = createLogger({ service: 'bench' }, { level: 'error' });

/** The year up to the seed's reference date, when the county's avvikelser are most numerous. */
const year = { fran: shiftYear(testReferenceDate, -1), till: previousDay(testReferenceDate) };
const today = testReferenceDate;

interface Case {
  label: string;
  input: AvvikelseanalysInput;
  strategy: AnalysisStrategy;
}

async function cases(db: Kysely<SamverkanDatabase>): Promise<Case[]> {
  // The busiest närområde and vårdsamverkansområde of the seeded world.
  const { rows: naromraden } = await sql<{ id: string }>`
    SELECT naromrade_id AS id FROM avvikelse GROUP BY naromrade_id ORDER BY count(*) DESC, naromrade_id LIMIT 1`.execute(db);
  const { rows: omraden } = await sql<{ id: string }>`
    SELECT vardsamverkansomrade_id AS id FROM avvikelse GROUP BY vardsamverkansomrade_id ORDER BY count(*) DESC, vardsamverkansomrade_id LIMIT 1`.execute(db);
  const rollUp = { ...year, gruppera: ['MANAD', 'KATEGORI', 'RIKTNING'] } satisfies Partial<AvvikelseanalysInput>;
  const county = { niva: 'LANSGEMENSAM', ...rollUp } as const;
  return [
    { label: 'länsgemensam, 1 year, month × kategori × riktning', input: county, strategy: 'union-all' },
    { label: '  same, as GROUPING SETS (not used)', input: county, strategy: 'grouping-sets' },
    { label: '  same, as two statements (not used)', input: county, strategy: 'separate' },
    { label: 'länsgemensam, same + previous year', input: { ...county, jamforMedForegaendePeriod: true }, strategy: 'union-all' },
    { label: 'länsgemensam, 1 year, all five dimensions', input: { ...county, gruppera: ['MANAD', 'KATEGORI', 'RIKTNING', 'ENHET', 'STATUS'] }, strategy: 'union-all' },
    { label: `delregional ${omraden[0]!.id}, month × kategori × riktning`, input: { niva: 'DELREGIONAL', omradeId: omraden[0]!.id, ...rollUp }, strategy: 'union-all' },
    { label: `lokal ${naromraden[0]!.id}, month × kategori × riktning`, input: { niva: 'LOKAL', omradeId: naromraden[0]!.id, ...rollUp }, strategy: 'union-all' },
  ];
}

async function benchmark(name: string, database: Database<SamverkanDatabase>): Promise<void> {
  const { db } = database;
  const { rows: counts } = await sql<{ alla: number; i_aret: number; mottagna: number; aterkopplade: number }>`
    SELECT count(*)::int AS alla,
      count(*) FILTER (WHERE handelsedatum BETWEEN ${year.fran}::date AND ${year.till}::date)::int AS i_aret,
      count(mottagen_tid)::int AS mottagna, count(aterkopplad_tid)::int AS aterkopplade
    FROM avvikelse`.execute(db);
  const count = counts[0]!;
  console.log(`\n${name}: ${count.alla} avvikelser (${count.i_aret} in ${year.fran} … ${year.till}; ${count.mottagna} received, ${count.aterkopplade} with återkoppling)`);
  console.log(`${runs} timed runs after ${warmUpRuns} warm-up runs each; times in ms\n`);
  console.log(`${'analysis'.padEnd(60)} ${'min'.padStart(7)} ${'median'.padStart(7)} ${'p95'.padStart(7)} ${'cells'.padStart(6)} ${'stmts'.padStart(5)}`);

  for (const benchCase of await cases(db)) {
    const urval = parseAvvikelseanalysInput(benchCase.input);
    const options = { threshold: 5, today, strategy: benchCase.strategy };
    for (let run = 0; run < warmUpRuns; run++) await runAvvikelseanalys(db, urval, options);
    const times: number[] = [];
    let cells = 0;
    const statementsBefore = database.statementCount();
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const result = await runAvvikelseanalys(db, urval, options);
      times.push(performance.now() - started);
      cells = result.celler.length + (result.foregaendePeriod?.celler.length ?? 0);
    }
    const statements = (database.statementCount() - statementsBefore) / runs;
    times.sort((a, b) => a - b);
    console.log(
      `${benchCase.label.padEnd(60)} ${fixed(times[0]!)} ${fixed(quantile(times, 0.5))} ${fixed(quantile(times, 0.95))} ${String(cells).padStart(6)} ${String(statements).padStart(5)}`,
    );
  }

  await benchmarkLists(db);

  if (explain) {
    const [query] = buildAnalysisQueries(parseAvvikelseanalysInput({ niva: 'LANSGEMENSAM', ...year, gruppera: ['MANAD', 'KATEGORI', 'RIKTNING'] }), today);
    const compiled = query!.compile(db);
    const plan = await sql.raw<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${inlineParameters(compiled.sql, compiled.parameters)}`).execute(db);
    console.log(`\nPlan of the county-wide roll-up:\n${plan.rows.map((row) => row['QUERY PLAN']).join('\n')}`);
  }
}

/** The inbox (deadline order) and the reporter's list (newest first), first and second page of 25, with the total. */
async function benchmarkLists(db: Kysely<SamverkanDatabase>): Promise<void> {
  const attHantera = ['RAPPORTERAD', 'MOTTAGEN', 'UNDER_UTREDNING', 'ATGARDAD'] as const;
  const listCases: { label: string; filter: AvvikelseFilter; ordning: AvvikelseOrdning }[] = [
    { label: 'inkorg VGR, att hantera, by deadline', filter: { mottagandeHuvudman: 'VGR', statusar: [...attHantera] }, ordning: 'ATERKOPPLINGSFRIST' },
    { label: 'inkorg VGR, all statuses, by deadline', filter: { mottagandeHuvudman: 'VGR' }, ordning: 'ATERKOPPLINGSFRIST' },
    { label: 'inkorg 1480, att hantera, by deadline', filter: { mottagandeHuvudman: '1480', statusar: [...attHantera] }, ordning: 'ATERKOPPLINGSFRIST' },
    { label: 'våra rapporter 1480, newest first', filter: { rapporterandeHuvudman: '1480' }, ordning: 'SENAST_RAPPORTERAD' },
  ];
  console.log(`\n${'list (Query.avvikelser, 25 per page, with totalCount)'.padEnd(60)} ${'min'.padStart(7)} ${'median'.padStart(7)} ${'p95'.padStart(7)} ${'total'.padStart(6)}`);
  for (const listCase of listCases) {
    const urval = parseAvvikelseFilter(listCase.filter);
    for (const page of [1, 2]) {
      const run = async () => {
        const first = await listAvvikelser(db, urval, { ordning: listCase.ordning, first: 25, after: null, withTotalCount: true });
        if (page === 1) return first;
        const after = decodeAvvikelseCursor(first.pageInfo.endCursor!, listCase.ordning);
        const started = performance.now();
        const second = await listAvvikelser(db, urval, { ordning: listCase.ordning, first: 25, after, withTotalCount: true });
        return { ...second, elapsed: performance.now() - started };
      };
      for (let warm = 0; warm < warmUpRuns; warm++) await run();
      const times: number[] = [];
      let total = 0;
      for (let index = 0; index < runs; index++) {
        const started = performance.now();
        const result = await run();
        times.push('elapsed' in result ? result.elapsed : performance.now() - started);
        total = result.totalCount ?? 0;
      }
      times.sort((a, b) => a - b);
      console.log(`${`${listCase.label}, page ${page}`.padEnd(60)} ${fixed(times[0]!)} ${fixed(quantile(times, 0.5))} ${fixed(quantile(times, 0.95))} ${String(total).padStart(6)}`);
    }
  }
}

/** Seeds `vg` (and multiplies the avvikelser by --scale-up), printing how long it took. */
async function prepare(name: string, location: DatabaseLocation): Promise<Database<SamverkanDatabase>> {
  const started = performance.now();
  // Seeding and copying (--scale-up) run far longer than a request's statement budget.
  const database = await openDatabase<SamverkanDatabase>(location, { timeouts: { ...defaultDatabaseTimeouts, statementMs: 600_000 } });
  try {
    await prepareDatabase(createSamverkanSubgraph({ suppressionThreshold: defaultSuppressionThreshold }), database, 'vg', log, testReferenceDate);
    if (scaleUp > 1) await multiplyAvvikelser(database.db, scaleUp);
    await sql`ANALYZE`.execute(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  console.log(`${name}: seeded vg${scaleUp > 1 ? ` × ${scaleUp}` : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return database;
}

/** Copies of every avvikelse under new ids, to see how the analysis grows beyond today's county. */
async function multiplyAvvikelser(db: Kysely<SamverkanDatabase>, factor: number): Promise<void> {
  await sql`
    INSERT INTO avvikelse (id, kategori, status, handelsedatum, rapporterad_tid, rapporterande_huvudman, rapporterande_enhet_hsa_id,
      mottagande_huvudman, naromrade_id, kommunkod, vardsamverkansomrade_id, beskrivning, personnummer, version, mottagen_tid, aterkopplad_tid)
    SELECT a.id || '-x' || k, a.kategori, a.status, a.handelsedatum, a.rapporterad_tid, a.rapporterande_huvudman, a.rapporterande_enhet_hsa_id,
      a.mottagande_huvudman, a.naromrade_id, a.kommunkod, a.vardsamverkansomrade_id, a.beskrivning, a.personnummer, a.version, a.mottagen_tid, a.aterkopplad_tid
    FROM avvikelse a CROSS JOIN generate_series(2, ${factor}::int) AS k`.execute(db);
}

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function benchUrl(): string {
  const url = new URL(adminUrl);
  url.pathname = `/${benchDatabase}`;
  return url.toString();
}

// ------------------------------------------------------------------ helpers

function quantile(sorted: readonly number[], fraction: number): number {
  const position = fraction * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

function fixed(ms: number): string {
  return ms.toFixed(1).padStart(7);
}

function shiftYear(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;
}

function previousDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** For EXPLAIN only: the benchmark's own parameters (dates and ids from the seed) as literals. */
function inlineParameters(text: string, parameters: readonly unknown[]): string {
  return text.replace(/\$(\d+)/g, (_, index: string) => `'${String(parameters[Number(index) - 1]).replaceAll("'", "''")}'`);
}

// ------------------------------------------------------------------ main

await onServer(`DROP DATABASE IF EXISTS ${benchDatabase}`);
await onServer(`CREATE DATABASE ${benchDatabase}`);
try {
  const database = await prepare('PostgreSQL', { kind: 'postgres', url: benchUrl() });
  try {
    await benchmark('PostgreSQL', database);
  } finally {
    await database.close();
  }
} finally {
  await onServer(`DROP DATABASE IF EXISTS ${benchDatabase}`);
}

if (!postgresOnly) {
  console.log('');
  const database = await prepare('PGlite (in memory)', { kind: 'pglite', dataDir: 'memory://' });
  try {
    await benchmark('PGlite', database);
  } finally {
    await database.close();
  }
}
