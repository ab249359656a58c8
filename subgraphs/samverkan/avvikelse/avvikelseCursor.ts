// The paging cursors of the avvikelse list, one per ordering (avvikelseOrdning.ts):
// the sort key of the last avvikelse on a page, opaque to clients (see
// common/pagination/cursor.ts). A cursor continues only the ordering it came from.
import { badUserInput } from '../../../platform/errors/samsynError.js';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor.js';
import { isIsoDate, isIsoDateTime } from '../../../platform/scalars/isoDate.js';
import type { AvvikelseOrdning } from '../generated/resolvers.js';
import type { AvvikelseRow } from '../rows.js';
import { aterkopplingSenast } from './aterkoppling.js';

/** Newest reported first: (rapporteradTid, id) descending. */
export interface SenastRapporteradPosition {
  ordning: 'SENAST_RAPPORTERAD';
  rapporteradTid: string;
  id: string;
}

/** The receiving side's working order: (avslutad, frist, id) ascending. */
export interface AterkopplingsfristPosition {
  ordning: 'ATERKOPPLINGSFRIST';
  /** 1 once återkoppling is no longer owed (återkopplad, avslutad, avvisad), else 0. */
  avslutad: 0 | 1;
  /** The återkoppling deadline, or for one not yet received the earliest it can be. */
  frist: string;
  id: string;
}

export type AvvikelsePosition = SenastRapporteradPosition | AterkopplingsfristPosition;

const utanAterkopplingsskuld: readonly string[] = ['ATERKOPPLAD', 'AVSLUTAD', 'AVVISAD'];

export function aterkopplingsfristPosition(avvikelse: Pick<AvvikelseRow, 'status' | 'mottagenTid' | 'rapporteradTid' | 'id'>): AterkopplingsfristPosition {
  return {
    ordning: 'ATERKOPPLINGSFRIST',
    avslutad: utanAterkopplingsskuld.includes(avvikelse.status) ? 1 : 0,
    // The same day the SQL sort key computes (avvikelseOrdning.ts).
    frist: aterkopplingSenast(avvikelse.mottagenTid ?? avvikelse.rapporteradTid)!,
    id: avvikelse.id,
  };
}

export function avvikelseCursorEncoder(ordning: AvvikelseOrdning): (avvikelse: AvvikelseRow) => string {
  if (ordning === 'ATERKOPPLINGSFRIST') {
    return (avvikelse) => {
      const position = aterkopplingsfristPosition(avvikelse);
      return encodeCursor(['frist', position.avslutad, position.frist, position.id]);
    };
  }
  return encodeAvvikelseCursor;
}

export function encodeAvvikelseCursor(avvikelse: Pick<AvvikelseRow, 'rapporteradTid' | 'id'>): string {
  return encodeCursor([avvikelse.rapporteradTid, avvikelse.id]);
}

function invalidCursor(field: string) {
  return badUserInput('CURSOR_INVALID', field, `"${field}" is not a cursor this list returned in this order; use pageInfo.endCursor from the previous page.`);
}

export function decodeAvvikelseCursor(cursor: string, ordning: AvvikelseOrdning = 'SENAST_RAPPORTERAD', field = 'after'): AvvikelsePosition {
  if (ordning === 'ATERKOPPLINGSFRIST') {
    const [tag, avslutad, frist, id] = decodeCursor(cursor, ['string', 'number', 'string', 'string'], field) as [string, number, string, string];
    if (tag !== 'frist' || (avslutad !== 0 && avslutad !== 1) || !isIsoDate(frist)) throw invalidCursor(field);
    return { ordning, avslutad, frist, id };
  }
  const [rapporteradTid, id] = decodeCursor(cursor, ['string', 'string'], field) as [string, string];
  // A forged cursor with a non-instant would otherwise fail inside SQL as an internal error.
  if (!isIsoDateTime(rapporteradTid)) throw invalidCursor(field);
  return { ordning: 'SENAST_RAPPORTERAD', rapporteradTid, id };
}
