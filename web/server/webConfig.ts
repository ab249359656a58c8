// The web server's configuration, read once from the environment.
import { fileURLToPath } from 'node:url';
import { readPort } from '../../subgraphs/common/config/environment.js';

export interface WebConfig {
  port: number;
  host: string;
  /** The gateway's GraphQL endpoint; the browser talks only to this server, which forwards. */
  gatewayUrl: string;
  /** The built application (`npm run build:web`). */
  distDirectory: string;
  /** Set only when the development issuer is trusted (`npm start` without an IdP): enables the role picker login. */
  developmentIssuerDirectory: string | null;
  /** Where users sign in when an IdP is configured; the IdP sends them back with `#access_token=…`. */
  idpLoginUrl: string | null;
  production: boolean;
}

export const defaultDistDirectory = fileURLToPath(new URL('../dist/', import.meta.url));

export function readWebConfig(env: NodeJS.ProcessEnv = process.env): WebConfig {
  const production = env['NODE_ENV'] === 'production';
  return {
    port: readPort(env, 'WEB_PORT', 4080),
    host: env['HOST'] ?? '127.0.0.1',
    gatewayUrl: env['GATEWAY_URL'] || `http://127.0.0.1:${readPort(env, 'GATEWAY_PORT', 4000)}/graphql`,
    distDirectory: env['SAMSYN_WEB_DIST'] || defaultDistDirectory,
    // A production deployment never signs its own tokens, whatever the environment says.
    developmentIssuerDirectory: production ? null : env['SAMSYN_DEV_ISSUER_DIR'] || null,
    idpLoginUrl: env['SAMSYN_IDP_LOGIN_URL'] || null,
    production,
  };
}
