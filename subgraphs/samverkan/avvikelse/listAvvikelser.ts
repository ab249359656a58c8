// `Query.avvikelser`: one page of the filtered list in the chosen order
// (avvikelseOrdning.ts), with keyset paging; the total is counted (one COUNT with the same WHERE)
// only when the client asked for it.
import type { Kysely } from 'kysely';
import type { SamverkanDatabase } from '../database.js';
import type { AvvikelseRow } from '../rows.js';
import type { AvvikelseOrdning } from '../generated/resolvers.js';
import { avvikelseCursorEncoder, type AvvikelsePosition } from './avvikelseCursor.js';
import { avvikelseWhere, type AvvikelseUrval } from './avvikelseFilter.js';
import { orderAvvikelser } from './avvikelseOrdning.js';
import { selectAvvikelse } from './selectAvvikelse.js';

export interface AvvikelsePage {
  edges: { cursor: string; node: AvvikelseRow }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Null when not asked for. */
  totalCount: number | null;
}

export interface AvvikelsePaging {
  ordning: AvvikelseOrdning;
  first: number;
  after: AvvikelsePosition | null;
  withTotalCount: boolean;
}

export async function listAvvikelser(db: Kysely<SamverkanDatabase>, urval: AvvikelseUrval, paging: AvvikelsePaging): Promise<AvvikelsePage> {
  const [rows, totalCount] = await Promise.all([
    orderAvvikelser(selectAvvikelse(db).where(avvikelseWhere(urval, paging.after)), paging.ordning)
      // One more than the page tells whether another page follows, without a second query.
      .limit(paging.first + 1)
      .execute(),
    paging.withTotalCount ? countAvvikelser(db, urval) : Promise.resolve(null),
  ]);
  return avvikelsePage(rows, paging.first, totalCount, avvikelseCursorEncoder(paging.ordning));
}

/**
 * A connection page from up to `first + 1` rows in list order (the extra row
 * only tells that another page follows), each edge with its cursor. Shared by
 * every list of avvikelser (also forsenadeAterkopplingar.ts).
 */
export function avvikelsePage(
  rows: readonly AvvikelseRow[],
  first: number,
  totalCount: number | null,
  cursorOf: (row: AvvikelseRow) => string,
): AvvikelsePage {
  const edges = rows.slice(0, first).map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

async function countAvvikelser(db: Kysely<SamverkanDatabase>, urval: AvvikelseUrval): Promise<number> {
  const result = await db
    .selectFrom('avvikelse')
    .select((eb) => eb.fn.countAll<number>().as('antal'))
    .where(avvikelseWhere(urval))
    .executeTakeFirstOrThrow();
  return Number(result.antal);
}
