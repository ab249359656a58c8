// The overdue återkopplingar: open avvikelser (MOTTAGEN, UNDER_UTREDNING,
// ATGARDAD) without återkoppling whose 60 days since receipt have passed
// (aterkoppling.ts), for one receiving huvudman, one närområde, one
// vårdsamverkansområde or the whole county; oldest deadline first
// (mottagen_tid ASC, id ASC) with keyset paging. The WHERE repeats the partial
// index avvikelse_vantar_aterkoppling_idx's predicate so the planner can use it.
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import { sql } from 'kysely';
import { badUserInput } from '../../../platform/errors/samsynError.js';
import { parseHsaId } from '../../../platform/identifiers/hsaId.js';
import { parseHuvudmanId } from '../../../platform/identifiers/huvudman.js';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor.js';
import { isIsoDateTime } from '../../../platform/scalars/isoDate.js';
import type { SamverkanDatabase } from '../database.js';
import type { ForsenadeAterkopplingarFilter } from '../generated/resolvers.js';
import type { AvvikelseRow } from '../rows.js';
import { overdueReceivedBeforeDate, vantarAterkoppling } from './aterkoppling.js';
import { avvikelsePage, type AvvikelsePage } from './listAvvikelser.js';
import { selectAvvikelse } from './selectAvvikelse.js';

/** At most one area; all null means the whole county. */
export interface ForsenadeUrval {
  mottagandeEnhetHsaId: string | null;
  mottagandeHuvudman: string | null;
  naromradeId: string | null;
  vardsamverkansomradeId: string | null;
}

export function parseForsenadeFilter(filter: ForsenadeAterkopplingarFilter | null | undefined, field = 'filter'): ForsenadeUrval {
  const urval: ForsenadeUrval = {
    mottagandeEnhetHsaId: filter?.mottagandeEnhetHsaId == null ? null : parseHsaId(filter.mottagandeEnhetHsaId, `${field}.mottagandeEnhetHsaId`),
    mottagandeHuvudman: filter?.mottagandeHuvudman == null ? null : parseHuvudmanId(filter.mottagandeHuvudman, `${field}.mottagandeHuvudman`),
    naromradeId: filter?.naromradeId ?? null,
    vardsamverkansomradeId: filter?.vardsamverkansomradeId ?? null,
  };
  if (Object.values(urval).filter((value) => value !== null).length > 1) {
    throw badUserInput(
      'FILTER_CONFLICT',
      field,
      `Give at most one of "${field}.mottagandeEnhetHsaId", "${field}.mottagandeHuvudman", "${field}.naromradeId" and "${field}.vardsamverkansomradeId" (none: the whole county).`,
    );
  }
  return urval;
}

export interface ForsenadPosition {
  mottagenTid: string;
  id: string;
}

export function encodeForsenadCursor(avvikelse: Pick<AvvikelseRow, 'mottagenTid' | 'id'>): string {
  return encodeCursor([avvikelse.mottagenTid ?? '', avvikelse.id]);
}

export function decodeForsenadCursor(cursor: string, field = 'after'): ForsenadPosition {
  const [mottagenTid, id] = decodeCursor(cursor, ['string', 'string'], field) as [string, string];
  if (!isIsoDateTime(mottagenTid)) {
    throw badUserInput('CURSOR_INVALID', field, `"${field}" is not a cursor this list returned; use pageInfo.endCursor from the previous page.`);
  }
  return { mottagenTid, id };
}

/** Overdue on `today` within `urval`; with `after`, only those that follow it in the list order. */
export function forsenadWhere(urval: ForsenadeUrval, today: string, after: ForsenadPosition | null = null) {
  return (eb: ExpressionBuilder<SamverkanDatabase, 'avvikelse'>): Expression<SqlBool> => {
    // Midnight in Sweden at the start of the first day whose receipts are not yet overdue.
    const receivedBefore = overdueReceivedBeforeDate(today);
    const conditions: Expression<SqlBool>[] = [
      eb('avvikelse.aterkopplad_tid', 'is', null),
      // Literals, not parameters: PostgreSQL matches a partial index's predicate only against constants, also in generic plans.
      sql<SqlBool>`${eb.ref('avvikelse.status')} in (${sql.join(vantarAterkoppling.map((status) => sql.lit(status)))})`,
      sql<SqlBool>`${eb.ref('avvikelse.mottagen_tid')} < (cast(${receivedBefore} as timestamp) at time zone 'Europe/Stockholm')`,
    ];
    if (urval.mottagandeEnhetHsaId !== null) conditions.push(eb('avvikelse.mottagande_enhet_hsa_id', '=', urval.mottagandeEnhetHsaId));
    if (urval.mottagandeHuvudman !== null) conditions.push(eb('avvikelse.mottagande_huvudman', '=', urval.mottagandeHuvudman));
    if (urval.naromradeId !== null) conditions.push(eb('avvikelse.naromrade_id', '=', urval.naromradeId));
    if (urval.vardsamverkansomradeId !== null) conditions.push(eb('avvikelse.vardsamverkansomrade_id', '=', urval.vardsamverkansomradeId));
    if (after !== null) {
      conditions.push(
        sql<SqlBool>`(${eb.ref('avvikelse.mottagen_tid')}, ${eb.ref('avvikelse.id')}) > (cast(${after.mottagenTid} as timestamptz), ${after.id})`,
      );
    }
    return eb.and(conditions);
  };
}

export interface ForsenadePaging {
  first: number;
  after: ForsenadPosition | null;
  withTotalCount: boolean;
}

export async function listForsenadeAterkopplingar(
  db: Kysely<SamverkanDatabase>,
  urval: ForsenadeUrval,
  today: string,
  paging: ForsenadePaging,
): Promise<AvvikelsePage> {
  const [rows, totalCount] = await Promise.all([
    selectAvvikelse(db)
      .where(forsenadWhere(urval, today, paging.after))
      .orderBy('avvikelse.mottagen_tid', 'asc')
      .orderBy('avvikelse.id', 'asc')
      .limit(paging.first + 1)
      .execute(),
    paging.withTotalCount
      ? db
          .selectFrom('avvikelse')
          .select((eb) => eb.fn.countAll<number>().as('antal'))
          .where(forsenadWhere(urval, today))
          .executeTakeFirstOrThrow()
          .then((result) => Number(result.antal))
      : Promise.resolve(null),
  ]);
  return avvikelsePage(rows, paging.first, totalCount, encodeForsenadCursor);
}
