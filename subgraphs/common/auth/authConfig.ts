// How tokens are verified, from the environment: the IdP's JWKS URL in
// production, or a local JWKS file (the development issuer, tests).
import { ConfigurationError } from '../config/environment.js';

export interface AuthConfig {
  issuer: string;
  audience: string;
  keys: { kind: 'remote'; url: string } | { kind: 'file'; path: string };
}

export const developmentIssuer = 'samsyn-dev-issuer';
export const defaultAudience = 'samsyn';

export function readAuthConfig(env: NodeJS.ProcessEnv): AuthConfig {
  const url = env['SAMSYN_JWKS_URL'];
  const path = env['SAMSYN_JWKS_FILE'];
  const issuer = env['SAMSYN_JWT_ISSUER'];
  const audience = env['SAMSYN_JWT_AUDIENCE'] || defaultAudience;
  if (env['NODE_ENV'] === 'production' && (!url || !issuer)) {
    throw new ConfigurationError('In production SAMSYN_JWKS_URL (the IdP key set) and SAMSYN_JWT_ISSUER must be set.');
  }
  if (url) return { issuer: issuer || developmentIssuer, audience, keys: { kind: 'remote', url } };
  if (path) return { issuer: issuer || developmentIssuer, audience, keys: { kind: 'file', path } };
  throw new ConfigurationError('Set SAMSYN_JWKS_URL (an IdP key set) or SAMSYN_JWKS_FILE (a local JWKS, e.g. the development issuer of `npm start`).');
}
