// A subgraph's configuration: every variable it reads, in one place, read all at once at start.
import { authConfigFrom, authVariables, type AuthConfig } from '../../../platform/auth/authConfig.js';
import {
  choiceVariable,
  isProduction,
  portVariable,
  readConfiguration,
  runtimeVariables,
  textVariable,
  type Variables,
  type VariableShape,
} from '../../../platform/config/variables.js';
import { secretFrom, secretVariables } from '../../../platform/config/secretSetting.js';
import { databaseTimeoutsFrom, databaseTimeoutVariables, type DatabaseTimeouts } from '../database/databaseTimeouts.js';
import { databaseLocation, type DatabaseLocation } from '../database/openDatabase.js';
import { subgraphTrustConfigFrom, subgraphTrustVariables, type SubgraphTrustConfig } from '../../../platform/gatewayTrust/gatewayTrustConfig.js';
import { pseudonymKeyFrom, pseudonymKeyVariables } from '../../../platform/identifiers/patientPseudonym.js';
import { operationLimitVariables, subgraphOperationLimitsFrom, type OperationLimits } from '../../../platform/limits/operationLimits.js';
import { logVariables, type LogLevel } from '../../../platform/logging/logLevel.js';
import { defaultAdminPorts } from '../../../platform/metrics/adminServer.js';
import { seedDateVariables, seedReferenceDateFrom } from '../seed/referenceDate.js';
import type { IsoDate, SeedScale } from '../seed/World.js';
import { suppressionVariables } from '../suppression/suppressSmallCount.js';
import { shutdownVariables } from '../../../platform/server/gracefulShutdown.js';
import { readinessVariables } from './readinessProbe.js';
import { tracingVariables } from '../../../platform/tracing/tracingSettings.js';
import { optimisationVariables, type OptimisationName } from '../../../platform/optimisations/optimisations.js';

export type SubgraphName = 'vgr' | 'kommun' | 'samverkan';

export const defaultSubgraphPorts: Record<SubgraphName, number> = { vgr: 4001, kommun: 4002, samverkan: 4003 };

/** The subgraphs that compute patient pseudonyms, and so need the shared key. */
const usesPseudonymKey: Record<SubgraphName, boolean> = { vgr: true, kommun: true, samverkan: false };

export interface SubgraphConfig {
  logLevel: LogLevel;
  port: number;
  host: string;
  /** Where Prometheus scrapes /metrics: `<NAME>_ADMIN_PORT` and ADMIN_HOST. */
  adminPort: number;
  adminHost: string;
  production: boolean;
  seedScale: SeedScale | 'none';
  seedDate: IsoDate;
  location: DatabaseLocation;
  databaseTimeouts: DatabaseTimeouts;
  readinessTimeoutMs: number;
  auth: AuthConfig;
  trust: SubgraphTrustConfig;
  limits: OperationLimits;
  shutdownGraceMs: number;
  /** Counts below this are withheld (SAMSYN_MIN_ANTAL). */
  suppressionThreshold: number;
  /** SAMSYN_PSEUDONYM_KEY, for the subgraphs that use it; null for the others. */
  pseudonymKey: string | null;
  /** Speed-ups turned off by name (SAMSYN_OPTIMISATIONS_OFF; optimisations.ts). */
  optimisationsOff: OptimisationName[];
}

/** What a subgraph's definition takes from the configuration. */
export type SubgraphSettings = Pick<SubgraphConfig, 'suppressionThreshold' | 'pseudonymKey'>;

const commonVariables = {
  ...runtimeVariables,
  ...logVariables,
  ...tracingVariables,
  HOST: textVariable('127.0.0.1'),
  ADMIN_HOST: textVariable('127.0.0.1'),
  SAMSYN_SEED: choiceVariable(['small', 'vg', 'none'], 'small'),
  ...seedDateVariables,
  SAMSYN_DATA_DIR: textVariable('.data'),
  ...databaseTimeoutVariables,
  ...readinessVariables,
  ...authVariables,
  ...subgraphTrustVariables,
  ...operationLimitVariables,
  ...shutdownVariables,
  ...suppressionVariables,
  ...optimisationVariables,
};

function portVariableName(name: SubgraphName): string {
  return `${name.toUpperCase()}_PORT`;
}

function adminPortVariableName(name: SubgraphName): string {
  return `${name.toUpperCase()}_ADMIN_PORT`;
}

function databaseUrlVariableName(name: SubgraphName): string {
  return `${name.toUpperCase()}_DATABASE_URL`;
}

/** Every variable subgraph `name` reads. */
export function subgraphVariables(name: SubgraphName): VariableShape {
  return {
    ...commonVariables,
    [portVariableName(name)]: portVariable(defaultSubgraphPorts[name]),
    [adminPortVariableName(name)]: portVariable(defaultAdminPorts[name]),
    ...secretVariables('DATABASE_URL'),
    ...secretVariables(databaseUrlVariableName(name)),
    ...(usesPseudonymKey[name] ? pseudonymKeyVariables : {}),
  };
}

export function readSubgraphConfig(name: SubgraphName, env: NodeJS.ProcessEnv): SubgraphConfig {
  const all = readConfiguration(subgraphVariables(name), env);
  const values = all as Variables<typeof commonVariables>;
  const url = secretFrom(all, databaseUrlVariableName(name)) ?? secretFrom(all, 'DATABASE_URL');
  return {
    // The settings that need no file come first, so a missing secret is reported before an unreadable file.
    pseudonymKey: usesPseudonymKey[name] ? pseudonymKeyFrom(all) : null,
    logLevel: values.LOG_LEVEL,
    port: all[portVariableName(name)] as number,
    host: values.HOST,
    adminPort: all[adminPortVariableName(name)] as number,
    adminHost: values.ADMIN_HOST,
    production: isProduction(values),
    seedScale: values.SAMSYN_SEED,
    seedDate: seedReferenceDateFrom(values),
    location: databaseLocation(url, name, values.SAMSYN_DATA_DIR),
    databaseTimeouts: databaseTimeoutsFrom(values),
    readinessTimeoutMs: values.SAMSYN_READINESS_TIMEOUT_MS,
    auth: authConfigFrom(values),
    trust: subgraphTrustConfigFrom(values),
    limits: subgraphOperationLimitsFrom(values),
    shutdownGraceMs: values.SAMSYN_SHUTDOWN_GRACE_MS,
    suppressionThreshold: values.SAMSYN_MIN_ANTAL,
    optimisationsOff: values.SAMSYN_OPTIMISATIONS_OFF,
  };
}
