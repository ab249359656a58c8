// Why a part of the närområde view is missing, as the page and the agenda
// tell it: refused by the access rules, a huvudman's service down, or failed.
import { describeService, type OperationProblems } from '../../graphql/operationProblems.js';
import type { Saknas } from './agenda/generateAgenda.js';

export type Tjanst = 'vgr' | 'kommun' | 'samverkan';

/**
 * `path` is where the value sits in the answer (e.g. `naromrade.boendenUtanAnsvar`);
 * null for a whole operation that failed. `tjanst` is the service that owns the value.
 */
export function saknasOrsak(problems: OperationProblems, path: string | null, tjanst: Tjanst): Saknas {
  const refused = problems.refused.some((refusal) => path === null || refusal.path === path || refusal.path.startsWith(`${path}.`));
  if (refused) return { orsak: 'inte-for-din-roll' };
  const part = problems.unavailable.find((candidate) => candidate.subgraph === tjanst) ?? problems.unavailable[0];
  if (part) return { orsak: 'ej-tillgangligt', tjanst: describeService(part) };
  return { orsak: 'kunde-inte-hamtas' };
}
