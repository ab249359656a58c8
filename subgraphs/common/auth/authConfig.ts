// How tokens are verified, from the environment: the IdP's JWKS URL in
// production, or a local JWKS file (the development issuer, tests), and the
// longest lifetime a token may have.
import { ConfigurationError, readWholeNumber } from '../config/environment.js';
import { defaultMaxTokenLifetimeSeconds } from './tokenLifetime.js';

export interface AuthConfig {
  issuer: string;
  audience: string;
  keys: { kind: 'remote'; url: string } | { kind: 'file'; path: string };
  /** The longest `exp − iat` accepted (SAMSYN_TOKEN_MAX_LIFETIME_SECONDS). */
  maxTokenLifetimeSeconds: number;
}

export const developmentIssuer = 'samsyn-dev-issuer';
export const defaultAudience = 'samsyn';

/** Read by the verifiers and by what signs development tokens, so neither signs what the other refuses. */
export function readMaxTokenLifetimeSeconds(env: NodeJS.ProcessEnv): number {
  // From a minute (no shorter than the tolerated clock difference) to a day.
  return readWholeNumber(env, 'SAMSYN_TOKEN_MAX_LIFETIME_SECONDS', defaultMaxTokenLifetimeSeconds, 60, 86_400);
}

export function readAuthConfig(env: NodeJS.ProcessEnv): AuthConfig {
  const maxTokenLifetimeSeconds = readMaxTokenLifetimeSeconds(env);
  const url = env['SAMSYN_JWKS_URL'];
  const path = env['SAMSYN_JWKS_FILE'];
  const issuer = env['SAMSYN_JWT_ISSUER'];
  const audience = env['SAMSYN_JWT_AUDIENCE'] || defaultAudience;
  if (env['NODE_ENV'] === 'production' && (!url || !issuer)) {
    throw new ConfigurationError('In production SAMSYN_JWKS_URL (the IdP key set) and SAMSYN_JWT_ISSUER must be set.');
  }
  if (url) return { issuer: issuer || developmentIssuer, audience, keys: { kind: 'remote', url }, maxTokenLifetimeSeconds };
  if (path) return { issuer: issuer || developmentIssuer, audience, keys: { kind: 'file', path }, maxTokenLifetimeSeconds };
  throw new ConfigurationError('Set SAMSYN_JWKS_URL (an IdP key set) or SAMSYN_JWKS_FILE (a local JWKS, e.g. the development issuer of `npm start`).');
}
