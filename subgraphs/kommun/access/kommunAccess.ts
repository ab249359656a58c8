// Who may do what with the kommun subgraph's own access rules beyond the
// patient-data rule (that one is common/auth/patientAccess.ts, applied in
// loaders/patientLoaders.ts): which log rows a reader may see, and who may
// register a spärr. Pure functions of the verified identity.
import type { AccessLogScope } from '../../common/accessLog/queryAccessLog.js';
import { hasRole, type Identity } from '../../common/auth/Identity.js';
import { isVastraGotalandKommunkod } from '../../common/identifiers/kommunkod.js';

/** The kommunkod the user acts for, or null for a region (VGR) user. */
export function kommunkodOf(identity: Identity): string | null {
  return isVastraGotalandKommunkod(identity.huvudman) ? identity.huvudman : null;
}

/**
 * The rows of the kommun access log a reader may list and verify: a granskare
 * of a kommun sees the reads of that kommun's data; a system client with
 * `atkomstlogg:read` is treated like a granskare of its huvudman. Null: refused.
 */
export function accessLogScope(identity: Identity): AccessLogScope | null {
  const kommunkod = kommunkodOf(identity);
  if (hasRole(identity, 'granskare') && kommunkod !== null) return { dataHuvudman: kommunkod };
  if (hasRole(identity, 'system') && identity.scopes.includes('atkomstlogg:read')) return { dataHuvudman: identity.huvudman };
  return null;
}

/**
 * The rows of a patient's log extract a reader may see: a granskare of a
 * kommun sees the reads of that kommun's data; the extract service (system
 * client with `loggutdrag:read`) sees every kommun's. Null: refused.
 */
export function patientExtractScope(identity: Identity): AccessLogScope | null {
  const kommunkod = kommunkodOf(identity);
  if (hasRole(identity, 'granskare') && kommunkod !== null) return { dataHuvudman: kommunkod };
  if (hasRole(identity, 'system') && identity.scopes.includes('loggutdrag:read')) return { all: true };
  return null;
}

/** The kommun at which a user may register or lift a patient's spärr: their own, if they are vårdpersonal of a kommun. */
export function sparrKommunkod(identity: Identity): string | null {
  return hasRole(identity, 'vardpersonal') ? kommunkodOf(identity) : null;
}
