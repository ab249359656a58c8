// The development login: a role and a huvudman in, a token from the local
// development issuer out. Exists only when that issuer is trusted (`npm start`
// without an IdP) and the web server listens on loopback; a production
// deployment never has it.
import { developmentTokenRequest } from '../../platform/auth/developmentIdentity.js';
import { signDevelopmentToken } from '../../platform/auth/developmentIssuer.js';
import type { Role } from '../../platform/auth/roles.js';
import { isHuvudmanId } from '../../platform/identifiers/huvudman.js';
import { isLoopbackHost } from './loopback.js';

/** The roles a person can log in with (system clients get tokens from `npm run token`). */
export const loginRoles = ['vardpersonal', 'nosam', 'analytiker', 'granskare'] as const satisfies readonly Role[];
export type LoginRole = (typeof loginRoles)[number];

export type LoginRequestProblem = { field: 'roll' | 'huvudman' | 'body'; message: string };

export function parseLoginRequest(body: unknown): { roll: LoginRole; huvudman: string } | LoginRequestProblem {
  if (typeof body !== 'object' || body === null) return { field: 'body', message: 'Skicka JSON med roll och huvudman.' };
  const { roll, huvudman } = body as Record<string, unknown>;
  if (typeof roll !== 'string' || !(loginRoles as readonly string[]).includes(roll)) {
    return { field: 'roll', message: `Okänd roll; välj ${loginRoles.join(', ')}.` };
  }
  if (typeof huvudman !== 'string' || !isHuvudmanId(huvudman)) {
    return { field: 'huvudman', message: 'Huvudman ska vara VGR eller en kommunkod i Västra Götaland (1401–1499).' };
  }
  return { roll: roll as LoginRole, huvudman };
}

export function isLoginRequestProblem(value: object): value is LoginRequestProblem {
  return 'field' in value;
}

/**
 * The issuer directory the login signs with, or null when the login is not offered: without a trusted development
 * issuer, or when the server listens beyond this machine, where anyone on the network could sign themselves any role.
 */
export function developmentLoginIssuer(config: { developmentIssuerDirectory: string | null; host: string }): string | null {
  return config.developmentIssuerDirectory && isLoopbackHost(config.host) ? config.developmentIssuerDirectory : null;
}

export function signLoginToken(issuerDirectory: string, roll: LoginRole, huvudman: string, lifetimeSeconds: number): Promise<string> {
  return signDevelopmentToken(issuerDirectory, { ...developmentTokenRequest([roll], huvudman), lifetimeSeconds });
}
