// The parts of a patient's log extract: each huvudman's reads, or why they are
// not shown. A granskare is given only its own huvudman's part; the others come
// back null with FORBIDDEN, which is no failure but "not your huvudman's data".
import type { GranskningLasningFragment, GranskningLoggutdragQuery } from '../../generated/graphql.js';
import { refusedAt, type OperationProblems } from '../../graphql/operationProblems.js';

export type Kalla = 'region' | 'kommun' | 'samverkan';

export const kallor = ['region', 'kommun', 'samverkan'] as const satisfies readonly Kalla[];

export const kallNamn: Record<Kalla, string> = {
  region: 'Regionens läsningar',
  kommun: 'Kommunens läsningar',
  samverkan: 'Samverkanslagrets läsningar',
};

const falt = {
  region: 'regionensLasningar',
  kommun: 'kommunensLasningar',
  samverkan: 'samverkansLasningar',
} as const satisfies Record<Kalla, keyof NonNullable<GranskningLoggutdragQuery['loggutdrag']>>;

/** The subgraph that answers for each part (as SUBGRAPH_UNAVAILABLE names it). */
const tjanst: Record<Kalla, string> = { region: 'vgr', kommun: 'kommun', samverkan: 'samverkan' };

export type Utdragsdel =
  | { status: 'visas'; lasningar: GranskningLasningFragment[] }
  | { status: 'tomt' }
  | { status: 'annanHuvudman' }
  | { status: 'ejTillgangligt' }
  | { status: 'fel' };

export function utdragsdel(utdrag: NonNullable<GranskningLoggutdragQuery['loggutdrag']>, kalla: Kalla, problems: OperationProblems): Utdragsdel {
  const lasningar = utdrag[falt[kalla]];
  if (lasningar) return lasningar.length > 0 ? { status: 'visas', lasningar } : { status: 'tomt' };
  if (refusedAt(problems, `loggutdrag.${falt[kalla]}`)) return { status: 'annanHuvudman' };
  if (problems.unavailable.some((part) => part.subgraph === tjanst[kalla])) return { status: 'ejTillgangligt' };
  return { status: 'fel' };
}
