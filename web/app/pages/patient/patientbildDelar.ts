// Which huvudman answers for which part of the patient picture, and what each
// part can show: its data, nothing (the patient has none there), a refusal
// for want of an access ground, a refusal by role, or a service that is down.
import type { OperationProblems } from '../../graphql/operationProblems.js';

export type Sektion = 'region' | 'kommun' | 'samverkan';

/** The fields of `Patient` each part consists of, and the subgraph that holds them. */
export const sektioner = {
  region: { subgraph: 'vgr', falt: ['listning', 'fastLakarkontakt', 'narsjukvardsteamEpisoder'] },
  kommun: { subgraph: 'kommun', falt: ['kommun', 'hemsjukvard', 'hemtjanst', 'boende'] },
  samverkan: { subgraph: 'samverkan', falt: ['sipar', 'avvikelser'] },
} as const satisfies Record<Sektion, { subgraph: string; falt: readonly string[] }>;

export type Falt = (typeof sektioner)[Sektion]['falt'][number];

export type Delstatus = 'visas' | 'tomt' | 'kraverAtkomstgrund' | 'nekad' | 'ejTillgangligt';

/** What one field of the picture shows, given the answer's problems and the field's value. */
export function faltstatus(problems: OperationProblems, sektion: Sektion, falt: Falt, value: unknown): Delstatus {
  if (problems.unavailable.some((part) => part.subgraph === sektioner[sektion].subgraph)) return 'ejTillgangligt';
  const path = `patient.${falt}`;
  const refusals = problems.refused.filter((refusal) => refusal.path === 'patient' || refusal.path === path || refusal.path.startsWith(`${path}.`));
  const missing = value === null || value === undefined;
  // A refusal deep inside a list nulls the whole list (its items are non-null), so
  // a null value with any refusal at or below the field is that refusal.
  if (refusals.length > 0 && missing) {
    return refusals.every((refusal) => refusal.code === 'ATKOMSTGRUND_SAKNAS') ? 'kraverAtkomstgrund' : 'nekad';
  }
  if (missing || (Array.isArray(value) && value.length === 0)) return 'tomt';
  return 'visas';
}

/**
 * What a whole part shows: one message when every field says the same
 * (refused, down, empty), otherwise `visas` and each field shows its own state.
 */
export function sektionsstatus(problems: OperationProblems, sektion: Sektion, patient: Record<string, unknown>): Delstatus {
  const statuses = sektioner[sektion].falt.map((falt) => faltstatus(problems, sektion, falt, patient[falt]));
  if (statuses.includes('ejTillgangligt')) return 'ejTillgangligt';
  const first = statuses[0]!;
  return statuses.every((status) => status === first) ? first : 'visas';
}
