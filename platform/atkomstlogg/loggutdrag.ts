// The patient log extract as an entity of its own (`Loggutdrag`), keyed by the
// patient's id only: each subgraph contributes the reads in its own access log,
// so a granskare gets the extract without being handed the patient's record.
import { patientIdProblem } from '../identifiers/patientId.js';

/** The reference only: each contributed field reads its own subgraph's access log. */
export interface LoggutdragRow {
  /** Personnummer or samordningsnummer, already validated. */
  patientId: string;
}

/** A representation's key, or null when it is not a valid personnummer (which then never reaches SQL). */
export function loggutdragReference(reference: { patientId?: unknown }): LoggutdragRow | null {
  const { patientId } = reference;
  return typeof patientId === 'string' && patientIdProblem(patientId) === null ? { patientId } : null;
}
