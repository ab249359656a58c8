// What one part of a worklist patient's data is as read through the gateway:
// its value (null meaning "has none"), or why it is not known — refused for
// want of an access ground or by role, hidden by a spärr, or its huvudman's
// service down. A null that may hide data is never taken as "has none".
import type { OperationProblems } from '../../graphql/operationProblems.js';

export type UnreadReason = 'KRAVER_ATKOMSTGRUND' | 'NEKAD' | 'SPARRAD' | 'EJ_TILLGANGLIGT' | 'FEL';

export type PartRead<T> = { read: true; value: T } | { read: false; reason: UnreadReason };

/** Which service answers each Patient field of the worklist, and whether a spärr can hide it (samverkan has no spärr). */
export const fieldHolders = {
  hemsjukvard: { subgraph: 'kommun', sparr: true },
  hemtjanst: { subgraph: 'kommun', sparr: true },
  boende: { subgraph: 'kommun', sparr: true },
  sipar: { subgraph: 'samverkan', sparr: false },
  listning: { subgraph: 'vgr', sparr: true },
  fastLakarkontakt: { subgraph: 'vgr', sparr: true },
} as const;

export type WorklistField = keyof typeof fieldHolders;

/**
 * One field of the patient at `patientPath` (e.g. `naromrade.patienterMedInsatserFranBada.3`).
 * `sparradInformationFinns` is the patient's flag: true when some huvudman's
 * data is hidden from the reader by a spärr (the answer does not say which).
 */
export function readPart<T>(
  problems: OperationProblems,
  patientPath: string,
  field: WorklistField,
  value: T | null | undefined,
  sparradInformationFinns: boolean | null,
): PartRead<T | null> {
  if (value !== null && value !== undefined) return { read: true, value };
  const path = `${patientPath}.${field}`;
  const refusals = problems.refused.filter((refusal) => refusal.path === path || refusal.path.startsWith(`${path}.`));
  if (refusals.length > 0) {
    return { read: false, reason: refusals.every((refusal) => refusal.code === 'ATKOMSTGRUND_SAKNAS') ? 'KRAVER_ATKOMSTGRUND' : 'NEKAD' };
  }
  const holder = fieldHolders[field];
  if (problems.unavailable.some((part) => part.subgraph === holder.subgraph)) return { read: false, reason: 'EJ_TILLGANGLIGT' };
  // Other errors carry no path we keep: any of them may be what nulled this field.
  if (problems.other.length > 0) return { read: false, reason: 'FEL' };
  if (holder.sparr && sparradInformationFinns === true) return { read: false, reason: 'SPARRAD' };
  return { read: true, value: null };
}
