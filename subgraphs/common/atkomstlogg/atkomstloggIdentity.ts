// Who an access-log row says read the data: the identity columns of
// `atkomstlogg`, computed in one place for the recorder and for the check
// that repeated rows (one gateway fetch shared by several requests, coalescedFetches.ts) belong to the asking identity.
import type { Identity } from '../../../platform/auth/Identity.js';
import type { AtkomstloggTable } from './atkomstloggTable.js';

export type AtkomstloggIdentity = Pick<AtkomstloggTable, 'anvandare' | 'organisation_hsa_id' | 'anvandarens_huvudman' | 'roller'>;

export function atkomstloggIdentity(identity: Identity): AtkomstloggIdentity {
  return {
    anvandare: identity.employeeHsaId ?? identity.subject,
    organisation_hsa_id: identity.organisationHsaId,
    anvandarens_huvudman: identity.huvudman,
    roller: [...identity.roles].sort().join(','),
  };
}
