// The paging cursor of the avvikelse list: the (rapporteradTid, id) of the last
// avvikelse on a page, opaque to clients (see common/pagination/cursor.ts).
import { badUserInput } from '../../common/errors/samsynError.js';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor.js';
import { isIsoDateTime } from '../../common/scalars/isoDate.js';
import type { AvvikelseRow } from '../rows.js';

export interface AvvikelsePosition {
  rapporteradTid: string;
  id: string;
}

export function encodeAvvikelseCursor(avvikelse: Pick<AvvikelseRow, 'rapporteradTid' | 'id'>): string {
  return encodeCursor([avvikelse.rapporteradTid, avvikelse.id]);
}

export function decodeAvvikelseCursor(cursor: string, field = 'after'): AvvikelsePosition {
  const [rapporteradTid, id] = decodeCursor(cursor, ['string', 'string'], field) as [string, string];
  // A forged cursor with a non-instant would otherwise fail inside SQL as an internal error.
  if (!isIsoDateTime(rapporteradTid)) {
    throw badUserInput('CURSOR_INVALID', field, `"${field}" is not a cursor this list returned; use pageInfo.endCursor from the previous page.`);
  }
  return { rapporteradTid, id };
}
