// Who may read a subgraph's access log (and verify it) and a patient's log extract: one rule for
// every subgraph, which differ only in whose data they hold (`holdsDataOf`).
import { hasRole, type Identity } from '../../../platform/auth/Identity.js';
import { forbidden } from '../../../platform/auth/requireAccess.js';
import type { SystemScope } from '../../../platform/auth/roles.js';
import type { AtkomstloggScope } from './queryAtkomstlogg.js';

/** Whether the subgraph holds data of this huvudman (`VGR` or a kommunkod), i.e. keeps that huvudman's access log rows. */
export type HoldsDataOf = (huvudman: string) => boolean;

/**
 * The rows of the access log a reader may list and verify: a `granskare`, or
 * a `system` client with `atkomstlogg:read`, whose huvudman the subgraph holds
 * data of sees the reads of that huvudman's data. Anyone else: null.
 */
export function atkomstloggScope(identity: Identity, holdsDataOf: HoldsDataOf): AtkomstloggScope | null {
  if (!holdsDataOf(identity.huvudman)) return null;
  if (hasRole(identity, 'granskare') || hasSystemScope(identity, 'atkomstlogg:read')) return { dataHuvudman: identity.huvudman };
  return null;
}

/** `atkomstloggScope`, or FORBIDDEN when it is null. */
export function requireAtkomstloggScope(identity: Identity, holdsDataOf: HoldsDataOf): AtkomstloggScope {
  const scope = atkomstloggScope(identity, holdsDataOf);
  if (scope === null) {
    throw forbidden(
      'Only a granskare, or a system client with the scope atkomstlogg:read, of a huvudman whose data this subgraph holds may read or verify its access log.',
    );
  }
  return scope;
}

/**
 * The rows of a patient's log extract a reader may see: a `system` client
 * with `loggutdrag:read` (the extract service) sees all, whatever its
 * huvudman; a `granskare` whose huvudman the subgraph holds data of sees the
 * reads of that huvudman's data. Anyone else: null.
 */
export function patientExtractScope(identity: Identity, holdsDataOf: HoldsDataOf): AtkomstloggScope | null {
  if (hasSystemScope(identity, 'loggutdrag:read')) return { all: true };
  if (hasRole(identity, 'granskare') && holdsDataOf(identity.huvudman)) return { dataHuvudman: identity.huvudman };
  return null;
}

/** `patientExtractScope`, or FORBIDDEN when it is null. */
export function requirePatientExtractScope(identity: Identity, holdsDataOf: HoldsDataOf): AtkomstloggScope {
  const scope = patientExtractScope(identity, holdsDataOf);
  if (scope === null) {
    throw forbidden(
      "Only a system client with the scope loggutdrag:read, or a granskare of a huvudman whose data this subgraph holds, may read a patient's log extract.",
    );
  }
  return scope;
}

/** A scope counts only for a `system` client. */
function hasSystemScope(identity: Identity, scope: SystemScope): boolean {
  return hasRole(identity, 'system') && identity.scopes.includes(scope);
}
