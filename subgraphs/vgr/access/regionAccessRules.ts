// The access rules specific to the region (the patient-data rule itself is
// platform/auth/patientAccess.ts and is applied in loaders/patientLoaders.ts):
// whose data the region holds, for the shared rule on who reads the access log
// and the patient log extract (common/atkomstlogg/atkomstloggReaders.ts), and who
// may write a spärr.
import { hasRole, type Identity } from '../../../platform/auth/Identity.js';
import { forbidden } from '../../../platform/auth/requireAccess.js';
import { regionHuvudman } from '../../../platform/identifiers/huvudman.js';

/** The region subgraph holds the region's data only: its log is read by the region's granskare. */
export function regionHoldsDataOf(huvudman: string): boolean {
  return huvudman === regionHuvudman;
}

/**
 * A spärr at the region is registered or lifted by the region's own
 * vårdpersonal, as a named person: returns the employee HSA-id to record.
 */
export function requireRegionSparrWriter(identity: Identity): string {
  if (hasRole(identity, 'vardpersonal') && identity.huvudman === regionHuvudman && identity.employeeHsaId !== null) {
    return identity.employeeHsaId;
  }
  throw forbidden("Only the region's vårdpersonal may register or lift a spärr at the region.");
}
