// The roles a Samsyn token can carry (ARCHITECTURE.md, "Access"), and the
// scopes of system (integration) clients.

export const roles = ['vardpersonal', 'nosam', 'analytiker', 'granskare', 'system'] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

/** Scopes a `system` client may hold; a system client may do only what its scopes name. */
export const systemScopes = ['patient:read', 'avvikelse:read', 'avvikelse:write', 'atkomstlogg:read', 'loggutdrag:read'] as const;
export type SystemScope = (typeof systemScopes)[number];
