// The application's pages and who they are for. The servers decide what each
// role may read; this only keeps pages a role cannot use out of its menu.
import type { PageId, PageRequest } from './routing/route.js';
import type { Roll } from './session/session.js';

export interface PageEntry {
  id: PageId;
  titel: string;
  roller: readonly Roll[];
  /** False for a page reached by links only (one avvikelse's case page). */
  meny?: false;
}

export const pages: readonly PageEntry[] = [
  { id: 'granskning', titel: 'Granskning', roller: ['granskare'] },
  { id: 'naromrade', titel: 'Närområde (NOSAM)', roller: ['nosam', 'vardpersonal', 'analytiker', 'granskare'] },
  { id: 'rapportera', titel: 'Rapportera avvikelse', roller: ['vardpersonal'] },
  { id: 'inkorg', titel: 'Inkorg', roller: ['vardpersonal'] },
  { id: 'vara-rapporter', titel: 'Våra rapporter', roller: ['vardpersonal'] },
  { id: 'avvikelser', titel: 'Avvikelser', roller: ['analytiker', 'nosam', 'vardpersonal', 'granskare'] },
  { id: 'sip-luckor', titel: 'SIP-luckor', roller: ['vardpersonal'] },
  { id: 'patient', titel: 'Patientbild', roller: ['vardpersonal'] },
  { id: 'token', titel: 'Token för API', roller: ['nosam', 'vardpersonal', 'analytiker', 'granskare', 'system'] },
  { id: 'avvikelse', titel: 'Avvikelse', roller: ['vardpersonal', 'nosam', 'analytiker', 'granskare'], meny: false },
];

/** The pages a user with these roles may open, menu pages first. */
export function pagesFor(roller: readonly Roll[]): PageEntry[] {
  return pages.filter((page) => page.roller.some((roll) => roller.includes(roll)));
}

export function menuFor(roller: readonly Roll[]): PageEntry[] {
  return pagesFor(roller).filter((page) => page.meny !== false);
}

/**
 * What the frame shows for the requested page: the page when the roles have it, the start page (the first of the
 * menu) when the URL names none, and otherwise a neutral page. Never another page in its place: that page would
 * read the URL's parameters (a NOSAM page showing a personnummer as a närområde id).
 */
export type PageChoice = { kind: 'page'; entry: PageEntry } | { kind: 'notForRole'; start: PageEntry | null } | { kind: 'noPages' };

export function choosePage(request: PageRequest, roller: readonly Roll[]): PageChoice {
  const start = menuFor(roller)[0] ?? null;
  if (request.kind === 'none') return start ? { kind: 'page', entry: start } : { kind: 'noPages' };
  const entry = request.kind === 'page' ? pagesFor(roller).find((candidate) => candidate.id === request.page) : undefined;
  return entry ? { kind: 'page', entry } : { kind: 'notForRole', start };
}
