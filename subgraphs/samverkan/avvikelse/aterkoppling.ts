// The 60-day återkoppling rule: the receiving huvudman must give återkoppling
// within 60 days of receiving an avvikelse. The last day is counted on the
// Swedish calendar (the day it was received, in Sweden, + 60); from the day
// after, an open avvikelse without återkoppling is overdue. The overdue list's
// SQL (forsenadeAterkopplingar.ts) uses `overdueReceivedBeforeDate`, the same rule.
import { todayInSweden } from '../../../platform/scalars/isoDate.js';
import type { AvvikelseStatus } from '../generated/resolvers.js';
import type { AvvikelseRow } from '../rows.js';

export const aterkopplingDagar = 60;

/** The statuses in which återkoppling is still owed. */
export const vantarAterkoppling: readonly AvvikelseStatus[] = ['MOTTAGEN', 'UNDER_UTREDNING', 'ATGARDAD'];

/** `date` (YYYY-MM-DD) moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The last day for återkoppling, or null while not received. */
export function aterkopplingSenast(mottagenTid: string | null): string | null {
  return mottagenTid === null ? null : addDays(todayInSweden(new Date(mottagenTid)), aterkopplingDagar);
}

export function forsenadAterkoppling(avvikelse: Pick<AvvikelseRow, 'status' | 'mottagenTid' | 'aterkoppladTid'>, today: string): boolean {
  if (avvikelse.aterkoppladTid !== null || !vantarAterkoppling.includes(avvikelse.status)) return false;
  const senast = aterkopplingSenast(avvikelse.mottagenTid);
  return senast !== null && today > senast;
}

/** Days from `today` to the deadline (0 on the last day, negative when overdue); null when none is owed. */
export function dagarTillAterkoppling(avvikelse: Pick<AvvikelseRow, 'status' | 'mottagenTid' | 'aterkoppladTid'>, today: string): number | null {
  if (avvikelse.aterkoppladTid !== null || !vantarAterkoppling.includes(avvikelse.status)) return null;
  const senast = aterkopplingSenast(avvikelse.mottagenTid);
  if (senast === null) return null;
  return Math.round((Date.parse(`${senast}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/**
 * On `today`, an open avvikelse is overdue exactly when it was received (in
 * Sweden) before this date: received on day D, its last day is D + 60, so
 * overdue when today > D + 60, i.e. D < today − 60.
 */
export function overdueReceivedBeforeDate(today: string): string {
  return addDays(today, -aterkopplingDagar);
}
