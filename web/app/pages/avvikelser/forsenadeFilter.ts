// Which overdue återkopplingar belong to the analyst's chosen area: the
// county, one vårdsamverkansområde or one närområde (null: no area chosen yet).
import type { Analysniva, ForsenadeAterkopplingarFilter } from '../../generated/graphql.js';

export function forsenadeFilter(niva: Analysniva, omrade: string | null): ForsenadeAterkopplingarFilter | null {
  if (niva === 'LANSGEMENSAM') return {};
  if (!omrade) return null;
  return niva === 'LOKAL' ? { naromradeId: omrade } : { vardsamverkansomradeId: omrade };
}
