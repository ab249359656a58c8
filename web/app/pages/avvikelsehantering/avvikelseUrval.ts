// The filters of the inbox and of the reporter's list, kept in the URL so a
// reload or a bookmark shows the same list: route parameters in, the API's
// AvvikelseFilter out (with the user's own huvudman, which is not a choice).
import type { AvvikelseFilter, AvvikelseKategori, AvvikelseStatus } from '../../generated/graphql.js';
import { avvikelseKategoriNamn, avvikelseStatusNamn } from '../../format/kodnamn.js';

/** What still needs the receiving side's work: not återkopplad, closed or refused. */
export const attHantera: readonly AvvikelseStatus[] = ['RAPPORTERAD', 'MOTTAGEN', 'UNDER_UTREDNING', 'ATGARDAD'];

export interface AvvikelseUrval {
  naromradeId: string;
  kategori: AvvikelseKategori | '';
  /** `oppna` (default: still to handle), `alla`, or one status. */
  status: AvvikelseStatus | 'oppna' | 'alla';
  fran: string;
  till: string;
  /** Only the user's own unit (inbox). */
  minEnhet: boolean;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function urvalFranParametrar(params: Record<string, string>, standardStatus: 'oppna' | 'alla'): AvvikelseUrval {
  const kategori = params['kategori'] ?? '';
  const status = params['status'] ?? standardStatus;
  return {
    naromradeId: params['naromrade'] ?? '',
    kategori: kategori in avvikelseKategoriNamn ? (kategori as AvvikelseKategori) : '',
    status: status === 'oppna' || status === 'alla' || status in avvikelseStatusNamn ? (status as AvvikelseUrval['status']) : standardStatus,
    fran: isoDate.test(params['fran'] ?? '') ? params['fran']! : '',
    till: isoDate.test(params['till'] ?? '') ? params['till']! : '',
    minEnhet: params['enhet'] === 'min',
  };
}

export function parametrarFranUrval(urval: AvvikelseUrval): Record<string, string | null> {
  return {
    naromrade: urval.naromradeId || null,
    kategori: urval.kategori || null,
    status: urval.status,
    fran: urval.fran || null,
    till: urval.till || null,
    enhet: urval.minEnhet ? 'min' : null,
  };
}

/** A period whose end lies before its start, which the server would refuse; null when fine. */
export function periodProblem(urval: AvvikelseUrval): string | null {
  return urval.fran && urval.till && urval.fran > urval.till ? 'Slutdatum måste vara samma dag som eller efter startdatum.' : null;
}

export function avvikelseFilter(urval: AvvikelseUrval, part: { mottagandeHuvudman?: string; rapporterandeHuvudman?: string; mottagandeEnhetHsaId?: string }): AvvikelseFilter {
  return {
    ...part,
    ...(urval.naromradeId ? { naromradeId: urval.naromradeId } : {}),
    ...(urval.kategori ? { kategorier: [urval.kategori] } : {}),
    ...(urval.status === 'alla' ? {} : { statusar: urval.status === 'oppna' ? [...attHantera] : [urval.status] }),
    ...(urval.fran ? { fran: urval.fran } : {}),
    ...(urval.till ? { till: urval.till } : {}),
  };
}
