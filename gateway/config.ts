// The gateway's configuration, read once from the environment.
import { readLogLevel, type LogLevel } from '../subgraphs/common/logging/logLevel.js';
import { readAuthConfig, type AuthConfig } from '../subgraphs/common/auth/authConfig.js';
import { readChoice, readPort } from '../subgraphs/common/config/environment.js';
import { readGatewayTrustConfig, type GatewayTrustConfig } from '../subgraphs/common/gatewayTrust/gatewayTrustConfig.js';
import { readOperationLimits, type OperationLimits } from '../subgraphs/common/limits/operationLimits.js';
import { defaultAdminPorts } from '../subgraphs/common/metrics/adminServer.js';
import { readShutdownGraceMs } from '../subgraphs/common/server/gracefulShutdown.js';
import { readHeapGrowingPercent } from './heapGrowth.js';
import { readGatewayWaits, type GatewayWaits } from './requestDeadline.js';
import { subgraphList } from './supergraph/subgraphList.js';

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
}

const urlVariables: Record<string, { variable: string; port: string; fallbackPort: number }> = {
  vgr: { variable: 'VGR_URL', port: 'VGR_PORT', fallbackPort: 4001 },
  kommun: { variable: 'KOMMUN_URL', port: 'KOMMUN_PORT', fallbackPort: 4002 },
  samverkan: { variable: 'SAMVERKAN_URL', port: 'SAMVERKAN_PORT', fallbackPort: 4003 },
};

export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const subgraphUrls: Record<string, string> = {};
  for (const subgraph of subgraphList) {
    const source = urlVariables[subgraph.name];
    if (!source) continue;
    subgraphUrls[subgraph.name] =
      env[source.variable] || `http://127.0.0.1:${readPort(env, source.port, source.fallbackPort)}/graphql`;
  }
  return {
    logLevel: readLogLevel(env),
    port: readPort(env, 'GATEWAY_PORT', 4000),
    host: env['HOST'] ?? '127.0.0.1',
    adminPort: readPort(env, 'GATEWAY_ADMIN_PORT', defaultAdminPorts.gateway),
    adminHost: env['ADMIN_HOST'] ?? '127.0.0.1',
    subgraphUrls,
    production: env['NODE_ENV'] === 'production',
    auth: readAuthConfig(env),
    trust: readGatewayTrustConfig(env),
    limits: readOperationLimits(env),
    coalesceFetches: readChoice(env, 'GATEWAY_COALESCE_FETCHES', ['on', 'off'] as const, 'on') === 'on',
    heapGrowingPercent: readHeapGrowingPercent(env),
    shutdownGraceMs: readShutdownGraceMs(env),
    subgraphCircuit: readChoice(env, 'GATEWAY_SUBGRAPH_CIRCUIT', ['on', 'off'] as const, 'off') === 'on',
    ...readGatewayWaits(env, Object.keys(subgraphUrls)),
  };
}
