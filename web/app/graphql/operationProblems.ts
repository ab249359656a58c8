// Sorts the errors of a GraphQL answer into what a page shows differently:
// a huvudman whose service is down (partial answer), refused reads (access
// rules), an expired login, and everything else.

export interface GraphqlError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface UnavailablePart {
  huvudman: string;
  subgraph: string;
}

export interface OperationProblems {
  /** Services that did not answer: the rest of the answer is still shown. */
  unavailable: UnavailablePart[];
  /** Parts the access rules refused (FORBIDDEN, ATKOMSTGRUND_SAKNAS), with where they were. */
  refused: { code: string; message: string; path: string }[];
  /** The token is missing, expired or not trusted: the user must log in again. */
  unauthenticated: boolean;
  /** Anything else: invalid input, conflicts, server faults. */
  other: { code: string; message: string }[];
}

export const noProblems: OperationProblems = { unavailable: [], refused: [], unauthenticated: false, other: [] };

export function classifyErrors(errors: readonly GraphqlError[] | undefined): OperationProblems {
  const problems: OperationProblems = { unavailable: [], refused: [], unauthenticated: false, other: [] };
  for (const error of errors ?? []) {
    const code = typeof error.extensions?.['code'] === 'string' ? error.extensions['code'] : 'INTERNAL_SERVER_ERROR';
    if (code === 'SUBGRAPH_UNAVAILABLE') {
      const huvudman = String(error.extensions?.['huvudman'] ?? error.extensions?.['subgraph'] ?? 'okänd');
      const subgraph = String(error.extensions?.['subgraph'] ?? huvudman);
      if (!problems.unavailable.some((part) => part.subgraph === subgraph)) problems.unavailable.push({ huvudman, subgraph });
    } else if (code === 'FORBIDDEN' || code === 'ATKOMSTGRUND_SAKNAS') {
      problems.refused.push({ code, message: error.message, path: (error.path ?? []).join('.') });
    } else if (code === 'UNAUTHENTICATED') {
      problems.unauthenticated = true;
    } else {
      problems.other.push({ code, message: error.message });
    }
  }
  return problems;
}

export function hasProblems(problems: OperationProblems): boolean {
  return problems.unavailable.length > 0 || problems.refused.length > 0 || problems.unauthenticated || problems.other.length > 0;
}

/** The name a user knows a service by. */
export function describeService(part: UnavailablePart): string {
  if (part.subgraph === 'vgr' || part.huvudman === 'VGR') return 'Regionens tjänst (VGR)';
  if (part.subgraph === 'kommun') return 'Kommunernas tjänst';
  if (part.subgraph === 'samverkan') return 'Samverkanstjänsten (avvikelser, SIP, närområdesplaner)';
  return `Tjänsten ${part.subgraph}`;
}

/** True when an error was reported at or below this path, e.g. `naromrade.boenden`. */
export function refusedAt(problems: OperationProblems, pathPrefix: string): boolean {
  return problems.refused.some((refusal) => refusal.path === pathPrefix || refusal.path.startsWith(`${pathPrefix}.`));
}
