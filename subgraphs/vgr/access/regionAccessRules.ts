// Who may do what with the region's own access log and spärrar (the rules
// that are specific to the region; the patient-data rule itself is
// common/auth/patientAccess.ts and is applied in loaders/patientLoaders.ts).
import type { AccessLogScope } from '../../common/accessLog/queryAccessLog.js';
import { hasRole, type Identity } from '../../common/auth/Identity.js';
import { forbidden, isPermitted } from '../../common/auth/requireAccess.js';
import { regionHuvudman } from '../../common/identifiers/huvudman.js';

/** The region's access log: its own granskare, or a system client of the region with `atkomstlogg:read`. */
export function requireRegionAccessLogReader(identity: Identity): void {
  const permitted = identity.huvudman === regionHuvudman && isPermitted(identity, { roles: ['granskare'], systemScope: 'atkomstlogg:read' });
  if (!permitted) {
    throw forbidden("Only a granskare of the region (or a system client of the region with atkomstlogg:read) may read the region's access log.");
  }
}

/**
 * Which rows of the region's log a patient extract (`Patient.regionensLasningar`)
 * may show this reader: a system client with `loggutdrag:read` (the extract
 * service) sees all, a granskare of the region the reads of the region's
 * data; anyone else none (null: FORBIDDEN).
 */
export function regionLasningScope(identity: Identity): AccessLogScope | null {
  if (hasRole(identity, 'system') && identity.scopes.includes('loggutdrag:read')) return { all: true };
  if (hasRole(identity, 'granskare') && identity.huvudman === regionHuvudman) return { dataHuvudman: regionHuvudman };
  return null;
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
