// How tokens are verified, from the environment: the IdP's JWKS URL in
// production, or a local JWKS file (the development issuer, tests), and the
// longest lifetime a token may have.
import { ConfigurationError } from '../config/configurationError.js';
import { isProduction, optionalTextVariable, readConfiguration, runtimeVariables, wholeNumberVariable, type Variables } from '../config/variables.js';
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
export const tokenLifetimeVariables = {
  // From a minute (no shorter than the tolerated clock difference) to a day.
  SAMSYN_TOKEN_MAX_LIFETIME_SECONDS: wholeNumberVariable(defaultMaxTokenLifetimeSeconds, 60, 86_400),
};

export function readMaxTokenLifetimeSeconds(env: NodeJS.ProcessEnv): number {
  return readConfiguration(tokenLifetimeVariables, env).SAMSYN_TOKEN_MAX_LIFETIME_SECONDS;
}

export const authVariables = {
  ...runtimeVariables,
  ...tokenLifetimeVariables,
  SAMSYN_JWKS_URL: optionalTextVariable(),
  SAMSYN_JWKS_FILE: optionalTextVariable(),
  SAMSYN_JWT_ISSUER: optionalTextVariable(),
  SAMSYN_JWT_AUDIENCE: optionalTextVariable(),
};

export function readAuthConfig(env: NodeJS.ProcessEnv): AuthConfig {
  return authConfigFrom(readConfiguration(authVariables, env));
}

export function authConfigFrom(values: Variables<typeof authVariables>): AuthConfig {
  const maxTokenLifetimeSeconds = values.SAMSYN_TOKEN_MAX_LIFETIME_SECONDS;
  const url = values.SAMSYN_JWKS_URL;
  const path = values.SAMSYN_JWKS_FILE;
  const issuer = values.SAMSYN_JWT_ISSUER;
  const audience = values.SAMSYN_JWT_AUDIENCE ?? defaultAudience;
  if (isProduction(values) && (!url || !issuer)) {
    throw new ConfigurationError('In production SAMSYN_JWKS_URL (the IdP key set) and SAMSYN_JWT_ISSUER must be set.', ['SAMSYN_JWKS_URL', 'SAMSYN_JWT_ISSUER']);
  }
  if (url) return { issuer: issuer || developmentIssuer, audience, keys: { kind: 'remote', url }, maxTokenLifetimeSeconds };
  if (path) return { issuer: issuer || developmentIssuer, audience, keys: { kind: 'file', path }, maxTokenLifetimeSeconds };
  throw new ConfigurationError('Set SAMSYN_JWKS_URL (an IdP key set) or SAMSYN_JWKS_FILE (a local JWKS, e.g. the development issuer of `npm start`).');
}
