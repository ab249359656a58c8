// The kommun subgraph's own access rules beyond the patient-data rule (that
// one is platform/auth/patientAccess.ts, applied in loaders/patientLoaders.ts):
// whose data it holds, for the shared rule on who reads the access log and the
// patient log extract (common/atkomstlogg/atkomstloggReaders.ts), and who may
// register a spärr. Pure functions of the verified identity.
import { hasRole, type Identity } from '../../../platform/auth/Identity.js';
import { isVastraGotalandKommunkod } from '../../../platform/identifiers/kommunkod.js';

/** The kommun subgraph holds the data of every kommun, and none of the region's. */
export function kommunHoldsDataOf(huvudman: string): boolean {
  return isVastraGotalandKommunkod(huvudman);
}

/** The kommunkod the user acts for, or null for a region (VGR) user. */
export function kommunkodOf(identity: Identity): string | null {
  return kommunHoldsDataOf(identity.huvudman) ? identity.huvudman : null;
}

/** The kommun at which a user may register or lift a patient's spärr: their own, if they are vårdpersonal of a kommun. */
export function sparrKommunkod(identity: Identity): string | null {
  return hasRole(identity, 'vardpersonal') ? kommunkodOf(identity) : null;
}
