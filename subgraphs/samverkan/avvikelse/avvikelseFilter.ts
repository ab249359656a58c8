// The avvikelse list's filter: `parseAvvikelseFilter` validates the GraphQL
// input before any query, `avvikelseWhere` turns the validated filter (and the
// paging position) into the one WHERE clause that both the page and its count use.
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { badUserInput } from '../../../platform/errors/samsynError.js';
import { parseHsaId } from '../../../platform/identifiers/hsaId.js';
import { parseHuvudmanId } from '../../../platform/identifiers/huvudman.js';
import { parseKommunkod } from '../../../platform/identifiers/kommunkod.js';
import { parseIsoDate } from '../../../platform/scalars/isoDate.js';
import type { SamverkanDatabase } from '../database.js';
import type { AvvikelseFilter, AvvikelseKategori, AvvikelseStatus } from '../generated/resolvers.js';
import type { AvvikelsePosition } from './avvikelseCursor.js';
import { followsPosition } from './avvikelseOrdning.js';

/** A validated filter; null means "no condition". An empty list matches nothing. */
export interface AvvikelseUrval {
  naromradeId: string | null;
  vardsamverkansomradeId: string | null;
  kommunkod: string | null;
  kategorier: readonly AvvikelseKategori[] | null;
  statusar: readonly AvvikelseStatus[] | null;
  fran: string | null;
  till: string | null;
  mottagandeHuvudman: string | null;
  mottagandeEnhetHsaId: string | null;
  rapporterandeHuvudman: string | null;
}

export const allaAvvikelser: AvvikelseUrval = {
  naromradeId: null,
  vardsamverkansomradeId: null,
  kommunkod: null,
  kategorier: null,
  statusar: null,
  fran: null,
  till: null,
  mottagandeHuvudman: null,
  mottagandeEnhetHsaId: null,
  rapporterandeHuvudman: null,
};

export function parseAvvikelseFilter(filter: AvvikelseFilter | null | undefined, field = 'filter'): AvvikelseUrval {
  if (!filter) return allaAvvikelser;
  const fran = filter.fran == null ? null : parseIsoDate(filter.fran, `${field}.fran`);
  const till = filter.till == null ? null : parseIsoDate(filter.till, `${field}.till`);
  if (fran !== null && till !== null && fran > till) {
    throw badUserInput('DATE_RANGE_INVALID', `${field}.till`, `"${field}.till" must be on or after "${field}.fran".`);
  }
  return {
    naromradeId: filter.naromradeId ?? null,
    vardsamverkansomradeId: filter.vardsamverkansomradeId ?? null,
    kommunkod: filter.kommunkod == null ? null : parseKommunkod(filter.kommunkod, `${field}.kommunkod`),
    kategorier: filter.kategorier ?? null,
    statusar: filter.statusar ?? null,
    fran,
    till,
    mottagandeHuvudman: filter.mottagandeHuvudman == null ? null : parseHuvudmanId(filter.mottagandeHuvudman, `${field}.mottagandeHuvudman`),
    mottagandeEnhetHsaId: filter.mottagandeEnhetHsaId == null ? null : parseHsaId(filter.mottagandeEnhetHsaId, `${field}.mottagandeEnhetHsaId`),
    rapporterandeHuvudman:
      filter.rapporterandeHuvudman == null ? null : parseHuvudmanId(filter.rapporterandeHuvudman, `${field}.rapporterandeHuvudman`),
  };
}

/**
 * The WHERE clause for `urval`; with `after`, only the avvikelser that follow
 * that position in the list's order (avvikelseOrdning.ts).
 */
export function avvikelseWhere(urval: AvvikelseUrval, after: AvvikelsePosition | null = null) {
  return (eb: ExpressionBuilder<SamverkanDatabase, 'avvikelse'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [];
    if (urval.mottagandeHuvudman !== null) conditions.push(eb('avvikelse.mottagande_huvudman', '=', urval.mottagandeHuvudman));
    if (urval.mottagandeEnhetHsaId !== null) conditions.push(eb('avvikelse.mottagande_enhet_hsa_id', '=', urval.mottagandeEnhetHsaId));
    if (urval.rapporterandeHuvudman !== null) conditions.push(eb('avvikelse.rapporterande_huvudman', '=', urval.rapporterandeHuvudman));
    if (urval.naromradeId !== null) conditions.push(eb('avvikelse.naromrade_id', '=', urval.naromradeId));
    if (urval.vardsamverkansomradeId !== null) {
      conditions.push(eb('avvikelse.vardsamverkansomrade_id', '=', urval.vardsamverkansomradeId));
    }
    if (urval.kommunkod !== null) conditions.push(eb('avvikelse.kommunkod', '=', urval.kommunkod));
    // `= ANY(array)` rather than IN (...): one parameter, and an empty list is valid SQL that matches nothing.
    if (urval.kategorier !== null) conditions.push(eb('avvikelse.kategori', '=', eb.fn.any(eb.val([...urval.kategorier]))));
    if (urval.statusar !== null) conditions.push(eb('avvikelse.status', '=', eb.fn.any(eb.val([...urval.statusar]))));
    if (urval.fran !== null) conditions.push(eb('avvikelse.handelsedatum', '>=', urval.fran));
    if (urval.till !== null) conditions.push(eb('avvikelse.handelsedatum', '<=', urval.till));
    if (after !== null) conditions.push(followsPosition(eb, after));
    return eb.and(conditions);
  };
}
