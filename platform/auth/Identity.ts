// Who is asking: the verified claims of a Samsyn token, in the shape the
// access rules use. Claims follow SECURITY-NOTES §4.2 (Inera's IdP attribute
// names where one exists).
import { isHsaId } from '../identifiers/hsaId.js';
import { isHuvudmanId } from '../identifiers/huvudman.js';
import { isRole, type Role } from './roles.js';

export interface Identity {
  /** `sub`: the user's employee HSA-id, or a system client's id. */
  subject: string;
  /** `employeeHsaId`: the person; null for system clients. */
  employeeHsaId: string | null;
  /** `commissionHsaId`: the unit (organisation) the user acts for in this session. */
  organisationHsaId: string;
  /** `huvudman`: `VGR` or the kommunkod whose user this is. */
  huvudman: string;
  roles: Role[];
  /** Space-separated `scope` claim, for system clients. */
  scopes: string[];
}

export type ClaimProblem = { claim: string; problem: string };

/** Reads an Identity from verified JWT claims, or names the first claim that is missing or malformed. */
export function identityFromClaims(claims: Record<string, unknown>): Identity | ClaimProblem {
  const subject = claims['sub'];
  if (typeof subject !== 'string' || subject.length === 0) return { claim: 'sub', problem: 'missing' };
  const employeeHsaId = claims['employeeHsaId'];
  if (employeeHsaId !== undefined && (typeof employeeHsaId !== 'string' || !isHsaId(employeeHsaId))) {
    return { claim: 'employeeHsaId', problem: 'not an HSA-id' };
  }
  const organisationHsaId = claims['commissionHsaId'];
  if (typeof organisationHsaId !== 'string' || !isHsaId(organisationHsaId)) return { claim: 'commissionHsaId', problem: 'missing or not an HSA-id' };
  const huvudman = claims['huvudman'];
  if (typeof huvudman !== 'string' || !isHuvudmanId(huvudman)) return { claim: 'huvudman', problem: 'must be VGR or a kommunkod' };
  const roleClaim = claims['roles'];
  if (!Array.isArray(roleClaim) || roleClaim.length === 0 || !roleClaim.every(isRole)) {
    return { claim: 'roles', problem: 'must be a non-empty list of Samsyn roles' };
  }
  const roles = [...new Set(roleClaim)] as Role[];
  if (!roles.includes('system') && employeeHsaId === undefined) return { claim: 'employeeHsaId', problem: 'missing for a user' };
  const scopeClaim = claims['scope'];
  const scopes = typeof scopeClaim === 'string' ? scopeClaim.split(' ').filter(Boolean) : [];
  return {
    subject,
    employeeHsaId: typeof employeeHsaId === 'string' ? employeeHsaId : null,
    organisationHsaId,
    huvudman,
    roles,
    scopes,
  };
}

export function isClaimProblem(value: Identity | ClaimProblem): value is ClaimProblem {
  return 'problem' in value;
}

export function hasRole(identity: Identity, role: Role): boolean {
  return identity.roles.includes(role);
}

/** A system client may read patient data only with the `patient:read` scope. */
export function mayReadPatientData(identity: Identity): boolean {
  return hasRole(identity, 'vardpersonal') || (hasRole(identity, 'system') && identity.scopes.includes('patient:read'));
}
