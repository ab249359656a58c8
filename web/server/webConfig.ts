// The web server's configuration, read once from the environment.
import { fileURLToPath } from 'node:url';
import { readMaxTokenLifetimeSeconds } from '../../subgraphs/common/auth/authConfig.js';
import { defaultDevelopmentLifetimeSeconds } from '../../subgraphs/common/auth/developmentIssuer.js';
import { ConfigurationError, readPort } from '../../subgraphs/common/config/environment.js';
import { readLogLevel, type LogLevel } from '../../subgraphs/common/logging/logLevel.js';
import { readShutdownGraceMs } from '../../subgraphs/common/server/gracefulShutdown.js';
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

export function readWebConfig(env: NodeJS.ProcessEnv = process.env): WebConfig {
  const production = env['NODE_ENV'] === 'production';
  return {
    logLevel: readLogLevel(env),
    port: readPort(env, 'WEB_PORT', 4080),
    host: env['HOST'] ?? '127.0.0.1',
    allowedHosts: readAllowedHosts(env),
    gatewayUrl: env['GATEWAY_URL'] || `http://127.0.0.1:${readPort(env, 'GATEWAY_PORT', 4000)}/graphql`,
    distDirectory: env['SAMSYN_WEB_DIST'] || defaultDistDirectory,
    // A production deployment never signs its own tokens, whatever the environment says.
    developmentIssuerDirectory: production ? null : env['SAMSYN_DEV_ISSUER_DIR'] || null,
    loginTokenLifetimeSeconds: defaultDevelopmentLifetimeSeconds(readMaxTokenLifetimeSeconds(env)),
    idpLoginUrl: env['SAMSYN_IDP_LOGIN_URL'] || null,
    production,
    shutdownGraceMs: readShutdownGraceMs(env),
  };
}

function readAllowedHosts(env: NodeJS.ProcessEnv): HostName[] {
  const entries = (env['WEB_ALLOWED_HOSTS'] ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  return entries.map((entry) => {
    const host = parseHost(entry);
    if (!host) {
      throw new ConfigurationError(`WEB_ALLOWED_HOSTS must list host names separated by commas, each a name or name:port without scheme or path, got "${entry}"`);
    }
    return host;
  });
}
