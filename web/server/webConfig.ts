// The web server's configuration, read once from the environment.
import { fileURLToPath } from 'node:url';
import { tokenLifetimeVariables } from '../../platform/auth/authConfig.js';
import { defaultDevelopmentLifetimeSeconds } from '../../platform/auth/developmentIssuer.js';
import { ConfigurationError } from '../../platform/config/configurationError.js';
import { isProduction, optionalTextVariable, portVariable, readConfiguration, runtimeVariables, textVariable } from '../../platform/config/variables.js';
import { logVariables, type LogLevel } from '../../platform/logging/logLevel.js';
import { shutdownVariables } from '../../platform/server/gracefulShutdown.js';
import { parseHost, type HostName } from './hostAllowList.js';

export interface WebConfig {
  /** LOG_LEVEL, checked at start. */
  logLevel: LogLevel;
  port: number;
  host: string;
  /** WEB_ALLOWED_HOSTS: names `Host` may carry besides this server's own (see hostAllowList.ts). */
  allowedHosts: HostName[];
  /** The gateway's GraphQL endpoint; the browser talks only to this server, which forwards. */
  gatewayUrl: string;
  /** The built application (`npm run build:web`). */
  distDirectory: string;
  /** Set only when the development issuer is trusted (`npm start` without an IdP): enables the role picker login on loopback. */
  developmentIssuerDirectory: string | null;
  /** The role picker's tokens: a working day, or the services' shorter limit (SAMSYN_TOKEN_MAX_LIFETIME_SECONDS). */
  loginTokenLifetimeSeconds: number;
  /** Where users sign in when an IdP is configured; the IdP sends them back with `#access_token=…`. */
  idpLoginUrl: string | null;
  production: boolean;
  /** How long requests in flight may take once the server is asked to stop (SAMSYN_SHUTDOWN_GRACE_MS). */
  shutdownGraceMs: number;
}

export const defaultDistDirectory = fileURLToPath(new URL('../dist/', import.meta.url));

/** Every variable the web server reads; `readWebConfig` reads them all at once at start. */
export const webVariables = {
  ...runtimeVariables,
  ...logVariables,
  WEB_PORT: portVariable(4080),
  HOST: textVariable('127.0.0.1'),
  WEB_ALLOWED_HOSTS: optionalTextVariable(),
  GATEWAY_URL: optionalTextVariable(),
  GATEWAY_PORT: portVariable(4000),
  SAMSYN_WEB_DIST: optionalTextVariable(),
  SAMSYN_DEV_ISSUER_DIR: optionalTextVariable(),
  SAMSYN_IDP_LOGIN_URL: optionalTextVariable(),
  ...tokenLifetimeVariables,
  ...shutdownVariables,
};

export function readWebConfig(env: NodeJS.ProcessEnv): WebConfig {
  const values = readConfiguration(webVariables, env);
  const production = isProduction(values);
  return {
    logLevel: values.LOG_LEVEL,
    port: values.WEB_PORT,
    host: values.HOST,
    allowedHosts: readAllowedHosts(values.WEB_ALLOWED_HOSTS ?? ''),
    gatewayUrl: values.GATEWAY_URL ?? `http://127.0.0.1:${values.GATEWAY_PORT}/graphql`,
    distDirectory: values.SAMSYN_WEB_DIST ?? defaultDistDirectory,
    // A production deployment never signs its own tokens, whatever the environment says.
    developmentIssuerDirectory: production ? null : (values.SAMSYN_DEV_ISSUER_DIR ?? null),
    loginTokenLifetimeSeconds: defaultDevelopmentLifetimeSeconds(values.SAMSYN_TOKEN_MAX_LIFETIME_SECONDS),
    idpLoginUrl: values.SAMSYN_IDP_LOGIN_URL ?? null,
    production,
    shutdownGraceMs: values.SAMSYN_SHUTDOWN_GRACE_MS,
  };
}

function readAllowedHosts(list: string): HostName[] {
  const entries = list.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  return entries.map((entry) => {
    const host = parseHost(entry);
    if (!host) {
      throw new ConfigurationError(
        `WEB_ALLOWED_HOSTS must list host names separated by commas, each a name or name:port without scheme or path, got "${entry}"`,
        ['WEB_ALLOWED_HOSTS'],
      );
    }
    return host;
  });
}
