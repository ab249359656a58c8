// The application's pages and who they are for. The servers decide what each
// role may read; this only keeps pages a role cannot use out of its menu.
import type { PageId } from './routing/route.js';
import type { Roll } from './session/session.js';

export interface PageEntry {
  id: PageId;
  titel: string;
  roller: readonly Roll[];
}

export const pages: readonly PageEntry[] = [
  { id: 'granskning', titel: 'Granskning', roller: ['granskare'] },
  { id: 'naromrade', titel: 'Närområde (NOSAM)', roller: ['nosam', 'vardpersonal', 'analytiker', 'granskare'] },
  { id: 'avvikelser', titel: 'Avvikelser', roller: ['analytiker', 'nosam', 'vardpersonal', 'granskare'] },
  { id: 'sip-luckor', titel: 'SIP-luckor', roller: ['vardpersonal'] },
  { id: 'patient', titel: 'Patientbild', roller: ['vardpersonal'] },
  { id: 'token', titel: 'Token för API', roller: ['nosam', 'vardpersonal', 'analytiker', 'granskare', 'system'] },
];

export function pagesFor(roller: readonly Roll[]): PageEntry[] {
  return pages.filter((page) => page.roller.some((roll) => roller.includes(roll)));
}
