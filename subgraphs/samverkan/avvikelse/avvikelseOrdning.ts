// The two orders of the avvikelse list as SQL: newest reported first (the
// (rapporterad_tid DESC, id DESC) index), and the receiving side's working
// order by återkoppling deadline, where overdue ones come first. Each has its
// keyset condition for paging; avvikelseCursor.ts computes the same keys in TypeScript.
import type { Expression, ExpressionBuilder, RawBuilder, SelectQueryBuilder, SqlBool } from 'kysely';
import { sql } from 'kysely';
import type { SamverkanDatabase } from '../database.js';
import type { AvvikelseOrdning } from '../generated/resolvers.js';
import { aterkopplingDagar } from './aterkoppling.js';
import type { AvvikelsePosition } from './avvikelseCursor.js';

type AvvikelseExpressions = ExpressionBuilder<SamverkanDatabase, 'avvikelse'>;

/** 1 once återkoppling is no longer owed, else 0: open avvikelser sort first. */
function avslutadKey(eb: AvvikelseExpressions): RawBuilder<number> {
  return sql<number>`(case when ${eb.ref('avvikelse.status')} in ('ATERKOPPLAD', 'AVSLUTAD', 'AVVISAD') then 1 else 0 end)`;
}

/** The deadline (day received in Sweden + 60), or for one not yet received the day reported + 60. */
function fristKey(eb: AvvikelseExpressions): RawBuilder<string> {
  const fran = sql`coalesce(${eb.ref('avvikelse.mottagen_tid')}, ${eb.ref('avvikelse.rapporterad_tid')})`;
  return sql<string>`(cast(${fran} at time zone 'Europe/Stockholm' as date) + ${sql.lit(aterkopplingDagar)})`;
}

/** True for the avvikelser that follow `position` in its order. */
export function followsPosition(eb: AvvikelseExpressions, position: AvvikelsePosition): Expression<SqlBool> {
  if (position.ordning === 'ATERKOPPLINGSFRIST') {
    return sql<SqlBool>`(${avslutadKey(eb)}, ${fristKey(eb)}, ${eb.ref('avvikelse.id')}) > (cast(${position.avslutad} as integer), cast(${position.frist} as date), ${position.id})`;
  }
  // A row comparison follows the (rapporterad_tid DESC, id DESC) index exactly.
  return sql<SqlBool>`(${eb.ref('avvikelse.rapporterad_tid')}, ${eb.ref('avvikelse.id')}) < (cast(${position.rapporteradTid} as timestamptz), ${position.id})`;
}

export function orderAvvikelser<Output>(
  query: SelectQueryBuilder<SamverkanDatabase, 'avvikelse', Output>,
  ordning: AvvikelseOrdning,
): SelectQueryBuilder<SamverkanDatabase, 'avvikelse', Output> {
  if (ordning === 'ATERKOPPLINGSFRIST') {
    return query
      .orderBy((eb) => avslutadKey(eb), 'asc')
      .orderBy((eb) => fristKey(eb), 'asc')
      .orderBy('avvikelse.id', 'asc');
  }
  return query.orderBy('avvikelse.rapporterad_tid', 'desc').orderBy('avvikelse.id', 'desc');
}
