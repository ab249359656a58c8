// The processes of a Samsyn deployment on one machine, in start order, with
// the environment each one gets: three subgraphs, the gateway, the web server.
import { startService, type ServiceProcess } from './serviceProcess.js';

export interface SamsynPorts {
  web: number;
  gateway: number;
  vgr: number;
  kommun: number;
  samverkan: number;
}

export const defaultPorts: SamsynPorts = { web: 4080, gateway: 4000, vgr: 4001, kommun: 4002, samverkan: 4003 };

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
  const env: NodeJS.ProcessEnv = { ...options.env, [`${upper}_PORT`]: String(options.ports[name]) };
  // Each subgraph sees only its own database: DATABASE_URL is set from <NAME>_DATABASE_URL.
  delete env['DATABASE_URL'];
  // The gateway's private key is the gateway's alone.
  delete env['SAMSYN_GATEWAY_KEY_FILE'];
  const url = options.env[`${upper}_DATABASE_URL`];
  if (url) env['DATABASE_URL'] = url;
  return env;
}

function subgraphScheme(options: SamsynOptions): 'http' | 'https' {
  return options.subgraphTlsCa ? 'https' : 'http';
}

export function startSubgraphService(name: SubgraphServiceName, options: SamsynOptions): Promise<ServiceProcess> {
  return startService({
    name,
    entry: `subgraphs/${name}/main.ts`,
    env: subgraphEnvironment(name, options),
    healthUrl: `${subgraphScheme(options)}://127.0.0.1:${options.ports[name]}/health`,
    ...(options.subgraphTlsCa ? { healthCa: options.subgraphTlsCa } : {}),
    ...(options.onOutput ? { onOutput: (line: string) => options.onOutput?.(name, line) } : {}),
  });
}

export function startGatewayService(options: SamsynOptions): Promise<ServiceProcess> {
  const { ports } = options;
  return startService({
    name: 'gateway',
    entry: 'gateway/main.ts',
    env: {
      ...options.env,
      ...options.gatewayEnv,
      GATEWAY_PORT: String(ports.gateway),
      VGR_URL: `${subgraphScheme(options)}://127.0.0.1:${ports.vgr}/graphql`,
      KOMMUN_URL: `${subgraphScheme(options)}://127.0.0.1:${ports.kommun}/graphql`,
      SAMVERKAN_URL: `${subgraphScheme(options)}://127.0.0.1:${ports.samverkan}/graphql`,
    },
    healthUrl: `http://127.0.0.1:${ports.gateway}/health/live`,
    ...(options.onOutput ? { onOutput: (line: string) => options.onOutput?.('gateway', line) } : {}),
  });
}

/** The web server in front of the gateway; `developmentIssuerDirectory` enables the role-picker login. */
export function startWebService(options: SamsynOptions & { developmentIssuerDirectory?: string }): Promise<ServiceProcess> {
  const { ports } = options;
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    WEB_PORT: String(ports.web),
    GATEWAY_URL: `http://127.0.0.1:${ports.gateway}/graphql`,
  };
  delete env['SAMSYN_DEV_ISSUER_DIR'];
  if (options.developmentIssuerDirectory) env['SAMSYN_DEV_ISSUER_DIR'] = options.developmentIssuerDirectory;
  return startService({
    name: 'web',
    entry: 'web/server/main.ts',
    env,
    healthUrl: `http://127.0.0.1:${ports.web}/health/live`,
    ...(options.onOutput ? { onOutput: (line: string) => options.onOutput?.('web', line) } : {}),
  });
}

/** Starts the three subgraphs side by side, then the gateway. */
export async function startSamsyn(options: SamsynOptions): Promise<Map<string, ServiceProcess>> {
  const services = new Map<string, ServiceProcess>();
  try {
    const subgraphs = await Promise.allSettled(subgraphServiceNames.map((name) => startSubgraphService(name, options)));
    subgraphs.forEach((result, index) => {
      if (result.status === 'fulfilled') services.set(subgraphServiceNames[index]!, result.value);
    });
    const failed = subgraphs.find((result) => result.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    services.set('gateway', await startGatewayService(options));
    return services;
  } catch (error) {
    await Promise.all([...services.values()].map((service) => service.stop()));
    throw error;
  }
}
