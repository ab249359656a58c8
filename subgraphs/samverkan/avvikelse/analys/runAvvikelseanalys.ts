// Runs a validated analysis (one statement, or two with the 'separate'
// strategy, also when the previous period is included) and turns the
// aggregated rows into the API's shape, protecting every count on the way.
import type { Kysely } from 'kysely';
import type { AvvikelseKategori, AvvikelseStatus, ResolversParentTypes } from '../../generated/resolvers.js';
import { buildAnalysisQueries, type AnalysisRow, type AnalysisStrategy } from './buildAnalysisQuery.js';
import type { Analysurval, Period } from './parseAvvikelseanalysInput.js';
import { protectCount, roundTo, skyddsmetod, withheldBelow } from './protectCounts.js';

export type AvvikelseanalysResult = ResolversParentTypes['Avvikelseanalys'];
type AnalyscellResult = ResolversParentTypes['Analyscell'];

export interface AnalysisOptions {
  /** The small-count threshold (SAMSYN_MIN_ANTAL). */
  threshold: number;
  /** Today in Sweden, `YYYY-MM-DD`: whether an open avvikelse is overdue. */
  today: string;
  strategy?: AnalysisStrategy;
}

export async function runAvvikelseanalys(db: Kysely<any>, urval: Analysurval, options: AnalysisOptions): Promise<AvvikelseanalysResult> {
  return analysisFromRows(urval, await loadAnalysisRows(db, urval, options), options.threshold);
}

/** The aggregated rows of an analysis: the same for every reader allowed to ask. */
export async function loadAnalysisRows(db: Kysely<any>, urval: Analysurval, options: Omit<AnalysisOptions, 'threshold'>): Promise<AnalysisRow[]> {
  const rows: AnalysisRow[] = [];
  for (const query of buildAnalysisQueries(urval, options.today, options.strategy)) {
    rows.push(...(await query.execute(db)).rows);
  }
  return rows;
}

/** The analysis (both periods) from its aggregated rows, every count protected. */
export function analysisFromRows(urval: Analysurval, rows: readonly AnalysisRow[], threshold: number): AvvikelseanalysResult {
  const current = toAnalysis(urval, urval.period, rows.filter((row) => row.periode === 0), threshold);
  if (urval.foregaendePeriod) {
    current.foregaendePeriod = toAnalysis(urval, urval.foregaendePeriod, rows.filter((row) => row.periode === 1), threshold);
  }
  return current;
}

const emptyTotal: AnalysisRow = {
  periode: 0,
  ar_totalt: true,
  kategori: null,
  manad: null,
  rapporterande_huvudman: null,
  mottagande_huvudman: null,
  enhet_hsa_id: null,
  status: null,
  antal: 0,
  mottagna: 0,
  forsenade: 0,
  aterkopplade: 0,
  median_dagar: null,
  p90_dagar: null,
};

/** One period's rows (its cells and at most one total; none when nothing matched) as an analysis. */
export function toAnalysis(urval: Analysurval, period: Period, rows: readonly AnalysisRow[], threshold: number): AvvikelseanalysResult {
  const total = rows.find((row) => row.ar_totalt) ?? emptyTotal;
  const cells = urval.gruppera.length === 0 ? [] : rows.filter((row) => !row.ar_totalt);
  const andel = total.mottagna === 0 ? null : roundTo(total.forsenade / total.mottagna, 2);
  return {
    niva: urval.niva,
    omradeId: urval.omradeId,
    fran: period.fran,
    till: period.till,
    skyddsmetod: skyddsmetod(threshold),
    undertryckningsgrans: threshold,
    totalt: protectCount(total.antal, threshold),
    celler: cells.map((row) => toCell(urval, row, threshold)),
    tidTillAterkoppling: {
      antal: protectCount(total.aterkopplade, threshold),
      medianDagar: withheldBelow(total.aterkopplade, threshold, total.median_dagar === null ? null : roundTo(total.median_dagar, 1)),
      percentil90Dagar: withheldBelow(total.aterkopplade, threshold, total.p90_dagar === null ? null : roundTo(total.p90_dagar, 1)),
    },
    andelForsenade: overdueShare(total.mottagna, total.forsenade, threshold, andel),
    foregaendePeriod: null,
  };
}

/**
 * The overdue share is shown only when the received, the overdue and the
 * on-time counts are all either 0 or at least the threshold: with a rounded
 * total, a share like 0.05 of about 20 would otherwise say that exactly one
 * avvikelse was overdue.
 */
export function overdueShare(mottagna: number, forsenade: number, threshold: number, andel: number | null): number | null {
  const small = (count: number) => count > 0 && count < threshold;
  if (mottagna < threshold || small(forsenade) || small(mottagna - forsenade)) return null;
  return andel;
}

function toCell(urval: Analysurval, row: AnalysisRow, threshold: number): AnalyscellResult {
  const grouped = new Set(urval.gruppera);
  return {
    kategori: grouped.has('KATEGORI') ? (row.kategori as AvvikelseKategori) : null,
    manad: grouped.has('MANAD') ? row.manad : null,
    rapporterandeHuvudman: grouped.has('RIKTNING') && row.rapporterande_huvudman !== null ? { id: row.rapporterande_huvudman } : null,
    mottagandeHuvudman: grouped.has('RIKTNING') && row.mottagande_huvudman !== null ? { id: row.mottagande_huvudman } : null,
    enhetHsaId: grouped.has('ENHET') ? row.enhet_hsa_id : null,
    status: grouped.has('STATUS') ? (row.status as AvvikelseStatus) : null,
    antal: protectCount(row.antal, threshold),
  };
}
