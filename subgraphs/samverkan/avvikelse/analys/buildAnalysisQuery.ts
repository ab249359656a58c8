// The SQL of an avvikelse analysis. Everything is aggregated in the database:
// one row per cell (the combination of the grouped dimensions) and one total
// row per period, with the counts, the time to återkoppling (percentile_cont)
// and the overdue count. User values (dates, area id, today) are bound
// parameters; the only SQL text that varies is chosen from the fixed table
// `dimensionColumns` below, never taken from the request.
//
// Three ways to the same rows, measured by bench/avvikelseanalys.ts (see bench/README.md):
// - 'union-all' (used): one statement, the cells' GROUP BY UNION ALL the totals' GROUP BY;
// - 'grouping-sets': one statement, GROUP BY GROUPING SETS ((periode, dims…), (periode)),
//   slower: it computes the percentiles for every cell too and cannot hash;
// - 'separate': the same two GROUP BYs as two statements.
import { sql, type RawBuilder } from 'kysely';
import type { AvvikelseDimension } from '../../generated/resolvers.js';
import { aterkopplingDagar, vantarAterkoppling } from '../aterkoppling.js';
import type { Analysurval } from './parseAvvikelseanalysInput.js';

export type AnalysisStrategy = 'union-all' | 'grouping-sets' | 'separate';

/** One aggregated row: a cell (`ar_totalt` false) or a period's total. */
export interface AnalysisRow {
  /** 0: the period asked for; 1: the previous period. */
  periode: number;
  ar_totalt: boolean;
  kategori: string | null;
  manad: string | null;
  rapporterande_huvudman: string | null;
  mottagande_huvudman: string | null;
  enhet_hsa_id: string | null;
  status: string | null;
  /** Avvikelser in the cell or period. */
  antal: number;
  /** Of those, received (mottagen_tid set). */
  mottagna: number;
  /** Of the received, those whose återkoppling was or is overdue. */
  forsenade: number;
  /** Those with both mottagen_tid and aterkopplad_tid, on which the percentiles rest. */
  aterkopplade: number;
  median_dagar: number | null;
  p90_dagar: number | null;
}

export type OutputColumn = 'kategori' | 'manad' | 'rapporterande_huvudman' | 'mottagande_huvudman' | 'enhet_hsa_id' | 'status';

export const outputColumns: readonly OutputColumn[] = [
  'kategori',
  'manad',
  'rapporterande_huvudman',
  'mottagande_huvudman',
  'enhet_hsa_id',
  'status',
];

/** Each dimension's output columns and the fixed expressions over `avvikelse a` that fill them. */
export const dimensionColumns: Readonly<Record<AvvikelseDimension, readonly (readonly [OutputColumn, string])[]>> = {
  KATEGORI: [['kategori', 'a.kategori']],
  // Via timestamp (no time zone), so the month never depends on the session's TimeZone.
  MANAD: [['manad', "to_char(a.handelsedatum::timestamp, 'YYYY-MM')"]],
  RIKTNING: [
    ['rapporterande_huvudman', 'a.rapporterande_huvudman'],
    ['mottagande_huvudman', 'a.mottagande_huvudman'],
  ],
  ENHET: [['enhet_hsa_id', 'a.rapporterande_enhet_hsa_id']],
  STATUS: [['status', 'a.status']],
};

/** Statuses in which an avvikelse still waits for återkoppling (constants, as literals). */
const openStatuses = sql`(${sql.join(vantarAterkoppling.map((status) => sql.lit(status)))})`;

/**
 * The analysed rows with the columns the aggregates need: the period each
 * falls in, the grouped dimensions, the days from receipt to återkoppling
 * (null unless both are set), and whether the återkoppling was or is overdue:
 * given, or still due in an open status, after the last day: the day of
 * receipt in Sweden + `aterkopplingDagar` (the rule of ../aterkoppling.ts,
 * extended to återkoppling given late).
 */
function selectUrval(urval: Analysurval, today: string, columns: readonly (readonly [OutputColumn, string])[]) {
  const start = urval.foregaendePeriod?.fran ?? urval.period.fran;
  const periode = urval.foregaendePeriod ? sql`CASE WHEN a.handelsedatum >= ${urval.period.fran}::date THEN 0 ELSE 1 END` : sql`0`;
  const area =
    urval.niva === 'LOKAL'
      ? sql`AND a.naromrade_id = ${urval.omradeId}`
      : urval.niva === 'DELREGIONAL'
        ? sql`AND a.vardsamverkansomrade_id = ${urval.omradeId}`
        : sql``;
  const dimensions = columns.map(([name, expression]) => sql`, ${sql.raw(expression)} AS ${sql.id(name)}`);
  return sql`
    SELECT ${periode} AS periode${sql.join(dimensions, sql``)},
      a.mottagen_tid,
      extract(epoch FROM a.aterkopplad_tid - a.mottagen_tid)::float8 / 86400 AS dagar,
      (a.mottagen_tid AT TIME ZONE 'Europe/Stockholm')::date + ${sql.lit(aterkopplingDagar)} < CASE
        WHEN a.aterkopplad_tid IS NOT NULL THEN (a.aterkopplad_tid AT TIME ZONE 'Europe/Stockholm')::date
        WHEN a.status IN ${openStatuses} THEN ${today}::date
      END AS forsenad
    FROM avvikelse a
    WHERE a.handelsedatum BETWEEN ${start}::date AND ${urval.period.till}::date ${area}`;
}

const totalAggregates = sql`
  count(*)::int AS antal,
  count(u.mottagen_tid)::int AS mottagna,
  count(*) FILTER (WHERE u.forsenad)::int AS forsenade,
  count(u.dagar)::int AS aterkopplade,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY u.dagar) AS median_dagar,
  percentile_cont(0.9) WITHIN GROUP (ORDER BY u.dagar) AS p90_dagar`;

function columnsOf(urval: Analysurval) {
  return urval.gruppera.flatMap((dimension) => dimensionColumns[dimension]);
}

/** The output columns, those not grouped on as NULL. */
function selectOutputColumns(grouped: readonly OutputColumn[]) {
  return sql.join(
    outputColumns.map((name) => (grouped.includes(name) ? sql`u.${sql.id(name)}` : sql`NULL::text AS ${sql.id(name)}`)),
  );
}

/** One statement: every cell and every period's total, by GROUPING SETS. */
export function buildGroupingSetsQuery(urval: Analysurval, today: string): RawBuilder<AnalysisRow> {
  const columns = columnsOf(urval);
  const grouped = columns.map(([name]) => name);
  if (grouped.length === 0) return buildTotalsQuery(urval, today, true);
  const refs = sql.join(grouped.map((name) => sql`u.${sql.id(name)}`));
  return sql<AnalysisRow>`
    SELECT u.periode, GROUPING(${refs}) <> 0 AS ar_totalt, ${selectOutputColumns(grouped)}, ${totalAggregates}
    FROM (${selectUrval(urval, today, columns)}) AS u
    GROUP BY GROUPING SETS ((u.periode, ${refs}), (u.periode))
    ORDER BY u.periode, ar_totalt DESC, ${refs}`;
}

/** The cells alone: counts per combination of the grouped dimensions (none when nothing is grouped). */
export function buildCellsQuery(urval: Analysurval, today: string, ordered: boolean): RawBuilder<AnalysisRow> | null {
  const columns = columnsOf(urval);
  const grouped = columns.map(([name]) => name);
  if (grouped.length === 0) return null;
  const refs = sql.join(grouped.map((name) => sql`u.${sql.id(name)}`));
  return sql<AnalysisRow>`
    SELECT u.periode, false AS ar_totalt, ${selectOutputColumns(grouped)},
      count(*)::int AS antal, 0 AS mottagna, 0 AS forsenade, 0 AS aterkopplade, NULL::float8 AS median_dagar, NULL::float8 AS p90_dagar
    FROM (${selectUrval(urval, today, columns)}) AS u
    GROUP BY u.periode, ${refs}
    ${ordered ? sql`ORDER BY u.periode, ${refs}` : sql``}`;
}

/** Each period's total, time to återkoppling and overdue count. */
export function buildTotalsQuery(urval: Analysurval, today: string, ordered: boolean): RawBuilder<AnalysisRow> {
  return sql<AnalysisRow>`
    SELECT u.periode, true AS ar_totalt, ${selectOutputColumns([])}, ${totalAggregates}
    FROM (${selectUrval(urval, today, [])}) AS u
    GROUP BY u.periode
    ${ordered ? sql`ORDER BY u.periode` : sql``}`;
}

/** One statement: the cells (a hash aggregate of counts) UNION ALL the totals (the one sort the percentiles need). */
export function buildUnionQuery(urval: Analysurval, today: string): RawBuilder<AnalysisRow> {
  const cells = buildCellsQuery(urval, today, false);
  if (cells === null) return buildTotalsQuery(urval, today, true);
  const grouped = columnsOf(urval).map(([name]) => sql.id(name));
  return sql<AnalysisRow>`
    ${cells}
    UNION ALL
    ${buildTotalsQuery(urval, today, false)}
    ORDER BY periode, ar_totalt DESC, ${sql.join(grouped)}`;
}

/** The statements of one analysis under `strategy`: one (two for 'separate'), whatever the number of rows. */
export function buildAnalysisQueries(urval: Analysurval, today: string, strategy: AnalysisStrategy = 'union-all'): RawBuilder<AnalysisRow>[] {
  switch (strategy) {
    case 'union-all':
      return [buildUnionQuery(urval, today)];
    case 'grouping-sets':
      return [buildGroupingSetsQuery(urval, today)];
    case 'separate': {
      const cells = buildCellsQuery(urval, today, true);
      return cells ? [cells, buildTotalsQuery(urval, today, true)] : [buildTotalsQuery(urval, today, true)];
    }
  }
}
