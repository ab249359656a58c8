// The avvikelse list's filter: `parseAvvikelseFilter` validates the GraphQL
// input before any query, `avvikelseWhere` turns the validated filter (and the
// paging position) into the one WHERE clause that both the page and its count use.
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { sql } from 'kysely';
import { badUserInput } from '../../common/errors/samsynError.js';
import { parseKommunkod } from '../../common/identifiers/kommunkod.js';
import { parseIsoDate } from '../../common/scalars/isoDate.js';
import type { SamverkanDatabase } from '../database.js';
import type { AvvikelseFilter, AvvikelseKategori, AvvikelseStatus } from '../generated/resolvers.js';
import type { AvvikelsePosition } from './avvikelseCursor.js';

/** A validated filter; null means "no condition". An empty list matches nothing. */
export interface AvvikelseUrval {
  naromradeId: string | null;
  vardsamverkansomradeId: string | null;
  kommunkod: string | null;
  kategorier: readonly AvvikelseKategori[] | null;
  statusar: readonly AvvikelseStatus[] | null;
  fran: string | null;
  till: string | null;
}

export const allaAvvikelser: AvvikelseUrval = {
  naromradeId: null,
  vardsamverkansomradeId: null,
  kommunkod: null,
  kategorier: null,
  statusar: null,
  fran: null,
  till: null,
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
  };
}

/**
 * The WHERE clause for `urval`; with `after`, only the avvikelser that follow
 * that position in the list order (rapporterad_tid DESC, id DESC).
 */
export function avvikelseWhere(urval: AvvikelseUrval, after: AvvikelsePosition | null = null) {
  return (eb: ExpressionBuilder<SamverkanDatabase, 'avvikelse'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [];
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
    if (after !== null) {
      // A row comparison follows the (rapporterad_tid DESC, id DESC) index exactly.
      conditions.push(
        sql<SqlBool>`(${eb.ref('avvikelse.rapporterad_tid')}, ${eb.ref('avvikelse.id')}) < (cast(${after.rapporteradTid} as timestamptz), ${after.id})`,
      );
    }
    return eb.and(conditions);
  };
}
