// The gateway's configuration, read once from the environment.
import { authConfigFrom, authVariables, type AuthConfig } from '../platform/auth/authConfig.js';
import {
  choiceVariable,
  isProduction,
  optionalTextVariable,
  portVariable,
  readConfiguration,
  runtimeVariables,
  textVariable,
  type Variables,
  type VariableShape,
} from '../platform/config/variables.js';
import { gatewayTrustConfigFrom, gatewayTrustVariables, type GatewayTrustConfig } from '../platform/gatewayTrust/gatewayTrustConfig.js';
import { operationLimitsFrom, operationLimitVariables, type OperationLimits } from '../platform/limits/operationLimits.js';
import { logVariables, type LogLevel } from '../platform/logging/logLevel.js';
import { defaultAdminPorts } from '../platform/metrics/adminServer.js';
import { shutdownVariables } from '../platform/server/gracefulShutdown.js';
import { heapGrowthVariables } from './heapGrowth.js';
import { gatewayWaitsFrom, waitVariables, type GatewayWaits } from './requestDeadline.js';
import { subgraphList } from './supergraph/subgraphList.js';
import { optimisationVariables, type OptimisationName } from '../platform/optimisations/optimisations.js';
import { tracingVariables } from '../platform/tracing/tracingSettings.js';

export interface GatewayConfig extends GatewayWaits {
  /** LOG_LEVEL, checked at start. */
  logLevel: LogLevel;
  port: number;
  host: string;
  /** Where GET /metrics is served, apart from the public port (GATEWAY_ADMIN_PORT, ADMIN_HOST; adminServer.ts). */
  adminPort: number;
  adminHost: string;
  /** Subgraph name → URL of its /graphql endpoint. */
  subgraphUrls: Record<string, string>;
  production: boolean;
  auth: AuthConfig;
  /** How the gateway proves itself to the subgraphs: a signing key, or a client certificate. */
  trust: GatewayTrustConfig;
  /** Checked before an operation is planned, and on the answer (SAMSYN_MAX_*). */
  limits: OperationLimits;
  /** Identical subgraph requests of different client requests go as one (GATEWAY_COALESCE_FETCHES; coalescedFetches.ts). */
  coalesceFetches: boolean;
  /** V8's heap growing factor − 1, in percent (heapGrowth.ts); 0 leaves V8's own. */
  heapGrowingPercent: number;
  /** How long requests in flight may take once the gateway is asked to stop (SAMSYN_SHUTDOWN_GRACE_MS). */
  shutdownGraceMs: number;
  /** A subgraph whose fetches keep timing out is failed fast for a while (GATEWAY_SUBGRAPH_CIRCUIT; subgraphCircuit.ts). */
  subgraphCircuit: boolean;
  /** Speed-ups turned off by name (SAMSYN_OPTIMISATIONS_OFF; optimisations.ts). */
  optimisationsOff: OptimisationName[];
}

const urlVariables: Record<string, { variable: string; port: string; fallbackPort: number }> = {
  vgr: { variable: 'VGR_URL', port: 'VGR_PORT', fallbackPort: 4001 },
  kommun: { variable: 'KOMMUN_URL', port: 'KOMMUN_PORT', fallbackPort: 4002 },
  samverkan: { variable: 'SAMVERKAN_URL', port: 'SAMVERKAN_PORT', fallbackPort: 4003 },
};

const subgraphNames = subgraphList.map((subgraph) => subgraph.name).filter((name) => name in urlVariables);

/** Where each subgraph is: its URL, or its port on this machine. */
const subgraphLocationVariables: VariableShape = Object.fromEntries(
  subgraphNames.flatMap((name) => {
    const source = urlVariables[name]!;
    return [
      [source.variable, optionalTextVariable()],
      [source.port, portVariable(source.fallbackPort)],
    ];
  }),
);

const gatewaySettingVariables = {
  ...runtimeVariables,
  ...logVariables,
  ...tracingVariables,
  GATEWAY_PORT: portVariable(4000),
  HOST: textVariable('127.0.0.1'),
  GATEWAY_ADMIN_PORT: portVariable(defaultAdminPorts.gateway),
  ADMIN_HOST: textVariable('127.0.0.1'),
  ...authVariables,
  ...gatewayTrustVariables,
  ...operationLimitVariables,
  GATEWAY_COALESCE_FETCHES: choiceVariable(['on', 'off'], 'on'),
  ...heapGrowthVariables,
  ...shutdownVariables,
  GATEWAY_SUBGRAPH_CIRCUIT: choiceVariable(['on', 'off'], 'off'),
  ...waitVariables(subgraphNames),
  ...optimisationVariables,
};

/** Every variable the gateway reads, in one place; `readGatewayConfig` reads them all at once at start. */
export const gatewayVariables: VariableShape = { ...gatewaySettingVariables, ...subgraphLocationVariables };

export function readGatewayConfig(env: NodeJS.ProcessEnv): GatewayConfig {
  const all = readConfiguration(gatewayVariables, env);
  const values = all as Variables<typeof gatewaySettingVariables>;
  const subgraphUrls: Record<string, string> = {};
  for (const name of subgraphNames) {
    const source = urlVariables[name]!;
    subgraphUrls[name] = (all[source.variable] as string | undefined) ?? `http://127.0.0.1:${all[source.port] as number}/graphql`;
  }
  return {
    logLevel: values.LOG_LEVEL,
    port: values.GATEWAY_PORT,
    host: values.HOST,
    adminPort: values.GATEWAY_ADMIN_PORT,
    adminHost: values.ADMIN_HOST,
    subgraphUrls,
    production: isProduction(values),
    auth: authConfigFrom(values),
    trust: gatewayTrustConfigFrom(values),
    limits: operationLimitsFrom(values),
    coalesceFetches: values.GATEWAY_COALESCE_FETCHES === 'on',
    heapGrowingPercent: values.GATEWAY_HEAP_GROWING_PERCENT,
    shutdownGraceMs: values.SAMSYN_SHUTDOWN_GRACE_MS,
    subgraphCircuit: values.GATEWAY_SUBGRAPH_CIRCUIT === 'on',
    optimisationsOff: values.SAMSYN_OPTIMISATIONS_OFF,
    ...gatewayWaitsFrom(values, subgraphNames),
  };
}
