// The access rule for patient-level data, one pure function for every
// subgraph (ARCHITECTURE.md "Access", SECURITY-NOTES §1.3–1.6):
//  1. only vårdpersonal (or a system client with `patient:read`) reads patient data at all;
//  2. the user's own huvudman's data: allowed (egen vårdrelation);
//  3. another huvudman's data needs an access ground: nödåtkomst always opens
//     it (flagged for review), samtycke opens it unless the patient has a
//     spärr at that huvudman, no ground is refused (ATKOMSTGRUND_SAKNAS).
import type { Atkomstgrund } from './atkomstgrund.js';
import { mayReadPatientData, type Identity } from './Identity.js';

export type Grund = 'EGEN_VARDRELATION' | 'SAMTYCKE' | 'NODATKOMST';
export type Resultat = 'TILLATEN' | 'NEKAD' | 'FILTRERAD';

export type PatientAccessDecision =
  | { resultat: 'TILLATEN'; grund: Grund; granskasSarskilt: boolean }
  /** A spärr hides the data: the answer may say only that blocked information exists. */
  | { resultat: 'FILTRERAD'; grund: Grund | null; sparrad: true }
  | { resultat: 'NEKAD'; grund: null; code: 'FORBIDDEN' | 'ATKOMSTGRUND_SAKNAS' };

export interface PatientAccessQuestion {
  identity: Identity;
  /** The huvudman that holds the data: `VGR` or a kommunkod. */
  dataHuvudman: string;
  atkomstgrund: Atkomstgrund | null;
  /** Whether the patient has a spärr registered at the data-holding huvudman. */
  sparr: boolean;
}

export function decidePatientAccess({ identity, dataHuvudman, atkomstgrund, sparr }: PatientAccessQuestion): PatientAccessDecision {
  if (!mayReadPatientData(identity)) return { resultat: 'NEKAD', grund: null, code: 'FORBIDDEN' };
  // Within one huvudman a spärr does not apply (it only hides data from other huvudmän).
  if (identity.huvudman === dataHuvudman) return { resultat: 'TILLATEN', grund: 'EGEN_VARDRELATION', granskasSarskilt: false };
  if (atkomstgrund?.typ === 'NODATKOMST') return { resultat: 'TILLATEN', grund: 'NODATKOMST', granskasSarskilt: true };
  if (atkomstgrund?.typ === 'SAMTYCKE') {
    return sparr ? { resultat: 'FILTRERAD', grund: 'SAMTYCKE', sparrad: true } : { resultat: 'TILLATEN', grund: 'SAMTYCKE', granskasSarskilt: false };
  }
  return { resultat: 'NEKAD', grund: null, code: 'ATKOMSTGRUND_SAKNAS' };
}
