// The entry subgraph only knows a patient's id, plus the two spärr flags the
// gateway fetches from the region and the kommun to answer sparradInformationFinns,
// and a log extract's key.

/** A patient's log extract: its key only, shared by every subgraph that contributes to it. */
export type { LoggutdragRow } from '../../platform/atkomstlogg/loggutdrag.js';

export interface PatientRow {
  id: string;
  harSparradRegioninformation?: boolean | null;
  harSparradKommuninformation?: boolean | null;
}
