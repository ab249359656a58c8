// The standalone entry subgraph's configuration (`npm run start:entry`): every variable it reads, read at start.
import { authConfigFrom, authVariables } from '../../platform/auth/authConfig.js';
import { isProduction, portVariable, readConfiguration, runtimeVariables, textVariable } from '../../platform/config/variables.js';
import { subgraphTrustConfigFrom, subgraphTrustVariables } from '../../platform/gatewayTrust/gatewayTrustConfig.js';
import { operationLimitVariables, subgraphOperationLimitsFrom } from '../../platform/limits/operationLimits.js';
import { logVariables } from '../../platform/logging/logLevel.js';
import { defaultAdminPorts } from '../../platform/metrics/adminServer.js';
import { shutdownVariables } from '../../platform/server/gracefulShutdown.js';
import type { EntrySubgraphConfig } from './startEntrySubgraph.js';
import { tracingVariables } from '../../platform/tracing/tracingSettings.js';

export const entryVariables = {
  ...runtimeVariables,
  ...logVariables,
  ...tracingVariables,
  ENTRY_PORT: portVariable(4004),
  HOST: textVariable('127.0.0.1'),
  ENTRY_ADMIN_PORT: portVariable(defaultAdminPorts.entry),
  ADMIN_HOST: textVariable('127.0.0.1'),
  ...authVariables,
  ...subgraphTrustVariables,
  ...operationLimitVariables,
  ...shutdownVariables,
};

export function readEntryConfig(env: NodeJS.ProcessEnv): EntrySubgraphConfig {
  const values = readConfiguration(entryVariables, env);
  return {
    logLevel: values.LOG_LEVEL,
    port: values.ENTRY_PORT,
    host: values.HOST,
    adminPort: values.ENTRY_ADMIN_PORT,
    adminHost: values.ADMIN_HOST,
    production: isProduction(values),
    auth: authConfigFrom(values),
    trust: subgraphTrustConfigFrom(values),
    limits: subgraphOperationLimitsFrom(values),
    shutdownGraceMs: values.SAMSYN_SHUTDOWN_GRACE_MS,
  };
}
