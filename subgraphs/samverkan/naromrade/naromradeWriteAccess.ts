// Who may adopt a närområdesplan version or record a NOSAM meeting: `vardpersonal`
// or `nosam` of the region (VGR) or of the närområde's kommun.
import type { Identity } from '../../../platform/auth/Identity.js';
import { forbidden, requireAccess, type AccessRequirement } from '../../../platform/auth/requireAccess.js';
import { regionHuvudman } from '../../../platform/identifiers/huvudman.js';
import type { NaromradeRow } from '../rows.js';

export const writeNaromrade: AccessRequirement = { roles: ['vardpersonal', 'nosam'] };

/** The role check, before anything is read. */
export function requireNaromradeRole(identity: Identity, what: string): void {
  requireAccess(identity, writeNaromrade, what);
}

/** The huvudman check, once the närområde is known. */
export function requireNaromradeParty(identity: Identity, naromrade: Pick<NaromradeRow, 'id' | 'kommunkod'>, what: string): void {
  if (identity.huvudman !== regionHuvudman && identity.huvudman !== naromrade.kommunkod) {
    throw forbidden(`Only the region or kommun ${naromrade.kommunkod} may ${what} for närområde ${naromrade.id}.`);
  }
}
