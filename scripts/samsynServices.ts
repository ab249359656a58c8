// The processes of a Samsyn deployment on one machine, in start order, with
// the environment each one gets: three subgraphs, the gateway, the web server.
import { startService, type ServiceProcess, type ServiceSpec } from './serviceProcess.js';

export interface SamsynPorts {
  web: number;
  gateway: number;
  vgr: number;
  kommun: number;
  samverkan: number;
  /** Each service's admin port (GET /metrics); 0 lets the service pick a free one. */
  admin: Record<'gateway' | SubgraphServiceName, number>;
}

export const defaultPorts: SamsynPorts = {
  web: 4080,
  gateway: 4000,
  vgr: 4001,
  kommun: 4002,
  samverkan: 4003,
  admin: { gateway: 9400, vgr: 9401, kommun: 9402, samverkan: 9403 },
};

export type SubgraphServiceName = 'vgr' | 'kommun' | 'samverkan';
export const subgraphServiceNames: readonly SubgraphServiceName[] = ['vgr', 'kommun', 'samverkan'];

export interface SamsynOptions {
  ports: SamsynPorts;
  /** Base environment (DATABASE URLs, SAMSYN_DATA_DIR, SAMSYN_SEED …). */
  env: NodeJS.ProcessEnv;
  /** What the gateway alone gets on top (its signing key: installationSecrets.ts). */
  gatewayEnv?: NodeJS.ProcessEnv;
  /** The subgraphs serve HTTPS (SAMSYN_TLS_* in `env`) with certificates of this CA (PEM). */
  subgraphTlsCa?: string;
  onOutput?: (service: string, line: string) => void;
}

export function subgraphEnvironment(name: SubgraphServiceName, options: SamsynOptions): NodeJS.ProcessEnv {
  const upper = name.toUpperCase();
  const env: NodeJS.ProcessEnv = { ...options.env, [`${upper}_PORT`]: String(options.ports[name]), [`${upper}_ADMIN_PORT`]: String(options.ports.admin[name]) };
  // Each subgraph sees only its own database: DATABASE_URL is set from <NAME>_DATABASE_URL (a file named by
  // <NAME>_DATABASE_URL_FILE the subgraph reads itself).
  delete env['DATABASE_URL'];
  delete env['DATABASE_URL_FILE'];
  // The gateway's private key is the gateway's alone.
  delete env['SAMSYN_GATEWAY_KEY_FILE'];
  const url = options.env[`${upper}_DATABASE_URL`];
  if (url) env['DATABASE_URL'] = url;
  return env;
}

function subgraphScheme(options: SamsynOptions): 'http' | 'https' {
  return options.subgraphTlsCa ? 'https' : 'http';
}

export function subgraphServiceSpec(name: SubgraphServiceName, options: SamsynOptions): ServiceSpec {
  return {
    name,
    entry: `subgraphs/${name}/main.ts`,
    env: subgraphEnvironment(name, options),
    healthUrl: `${subgraphScheme(options)}://127.0.0.1:${options.ports[name]}/health/ready`,
    ...(options.subgraphTlsCa ? { healthCa: options.subgraphTlsCa } : {}),
    ...(options.onOutput ? { onOutput: (line: string) => options.onOutput?.(name, line) } : {}),
  };
}

export function startSubgraphService(name: SubgraphServiceName, options: SamsynOptions): Promise<ServiceProcess> {
  return startService(subgraphServiceSpec(name, options));
}

export function gatewayServiceSpec(options: SamsynOptions): ServiceSpec {
  const { ports } = options;
  return {
    name: 'gateway',
    entry: 'gateway/main.ts',
    env: {
      ...options.env,
      ...options.gatewayEnv,
      GATEWAY_PORT: String(ports.gateway),
      GATEWAY_ADMIN_PORT: String(ports.admin.gateway),
      VGR_URL: `${subgraphScheme(options)}://127.0.0.1:${ports.vgr}/graphql`,
      KOMMUN_URL: `${subgraphScheme(options)}://127.0.0.1:${ports.kommun}/graphql`,
      SAMVERKAN_URL: `${subgraphScheme(options)}://127.0.0.1:${ports.samverkan}/graphql`,
    },
    healthUrl: `http://127.0.0.1:${ports.gateway}/health/ready`,
    ...(options.onOutput ? { onOutput: (line: string) => options.onOutput?.('gateway', line) } : {}),
  };
}

export function startGatewayService(options: SamsynOptions): Promise<ServiceProcess> {
  return startService(gatewayServiceSpec(options));
}

/** The web server in front of the gateway; `developmentIssuerDirectory` enables the role-picker login. */
export function webServiceSpec(options: SamsynOptions & { developmentIssuerDirectory?: string }): ServiceSpec {
  const { ports } = options;
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    WEB_PORT: String(ports.web),
    GATEWAY_URL: `http://127.0.0.1:${ports.gateway}/graphql`,
  };
  delete env['SAMSYN_DEV_ISSUER_DIR'];
  if (options.developmentIssuerDirectory) env['SAMSYN_DEV_ISSUER_DIR'] = options.developmentIssuerDirectory;
  return {
    name: 'web',
    entry: 'web/server/main.ts',
    env,
    healthUrl: `http://127.0.0.1:${ports.web}/health/ready`,
    ...(options.onOutput ? { onOutput: (line: string) => options.onOutput?.('web', line) } : {}),
  };
}

export function startWebService(options: SamsynOptions & { developmentIssuerDirectory?: string }): Promise<ServiceProcess> {
  return startService(webServiceSpec(options));
}
