// Guards for resolvers: who may call an operation at all, as errors with the
// registry's codes.
import type { GraphQLError } from 'graphql';
import { samsynError } from '../errors/samsynError.js';
import { hasRole, type Identity } from './Identity.js';
import type { Role } from './roles.js';

export interface AccessRequirement {
  /** Any of these roles suffices. */
  roles: readonly Role[];
  /** A `system` client qualifies with this scope. */
  systemScope?: string;
}

export function isPermitted(identity: Identity, requirement: AccessRequirement): boolean {
  if (requirement.roles.some((role) => hasRole(identity, role))) return true;
  return requirement.systemScope !== undefined && hasRole(identity, 'system') && identity.scopes.includes(requirement.systemScope);
}

export function requireAccess(identity: Identity, requirement: AccessRequirement, what: string): void {
  if (!isPermitted(identity, requirement)) throw forbidden(`Your role may not ${what}.`);
}

export function forbidden(message: string): GraphQLError {
  return samsynError('FORBIDDEN', message);
}

export function atkomstgrundSaknas(dataHuvudman: string): GraphQLError {
  return samsynError(
    'ATKOMSTGRUND_SAKNAS',
    `This patient data belongs to another huvudman (${dataHuvudman}): attest samtycke or declare nödåtkomst with a reason (header x-samsyn-atkomstgrund).`,
    { dataHuvudman },
  );
}
