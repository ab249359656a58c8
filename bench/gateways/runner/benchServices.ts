// Starts what every gateway of a run shares: a development issuer, the vgr,
// kommun and samverkan subgraphs on the benchmark databases (seeding `vg` when
// empty) and the standalone entry subgraph, all pinned to one CPU on free
// ports; and writes the supergraph routed to them for gateways B and C.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, waitForHealth } from '../../../scripts/serviceProcess.js';
import { freePort } from '../../../test/support/freePort.js';
import type { BenchServices } from '../types.js';
import { benchDatabaseName, benchSubgraphs, databaseUrl, type BenchSubgraph } from './benchDatabases.js';
import { startPinnedProcess, type PinnedProcess } from './pinnedProcess.js';
import { createBenchEnvironment, type BenchEnvironment } from './benchEnvironment.js';
import { rewriteSupergraphUrls } from './supergraphUrls.js';

export interface RunningBenchServices {
  services: BenchServices;
  /** Process ids of the subgraphs and the entry subgraph (ours, for the CPU accounting). */
  pids: number[];
  /** The same processes by service name (vgr, kommun, samverkan, entry), for per-service figures. */
  pidsByName: Record<string, number>;
  /** The issuer and keys the services trust, for another set of services of the same run (`environment`). */
  environment: BenchEnvironment;
  stop(): Promise<void>;
}

export interface BenchServicesOptions {
  adminUrl: string;
  tempDirectory: string;
  cpu: number;
  /** Another set's issuer and keys, so that tokens and the gateway's key fit both (an ablation variant's subgraphs). */
  environment?: BenchEnvironment;
  /** Added to the subgraphs' environment. */
  subgraphEnv?: Record<string, string>;
  /** Names the set's log folder; without it, `logs`. */
  label?: string;
}

/** Seeding `vg` into three empty databases at once on a shared CPU takes a while. */
const startTimeoutMs = 300_000;

export async function startBenchServices(options: BenchServicesOptions): Promise<RunningBenchServices> {
  const environment = options.environment ?? (await createBenchEnvironment(options.tempDirectory));
  const { productionEnv, issuerDirectory, jwksPath, baseEnv, gatewayKeyPath } = environment;
  // Another set's environment is closed by that set.
  const closeEnvironment = options.environment ? async () => {} : environment.close;
  const logDirectory = join(options.tempDirectory, options.label ? `logs-${options.label}` : 'logs');
  mkdirSync(logDirectory, { recursive: true });


  const started: PinnedProcess[] = [];
  const stop = async () => {
    await Promise.all(started.map((service) => service.stop()));
    await closeEnvironment();
  };
  try {
    const ports = {} as Record<BenchSubgraph | 'entry', number>;
    for (const name of [...benchSubgraphs, 'entry'] as const) ports[name] = await freePort();
    // Where the subgraphs' metrics are read (their admin ports); the entry subgraph's are not read.
    const adminPorts = {} as Record<BenchSubgraph, number>;
    for (const name of benchSubgraphs) adminPorts[name] = await freePort();

    const launches = benchSubgraphs.map((subgraph) => {
      const variable = subgraph.toUpperCase();
      const service = startPinnedProcess({
        name: subgraph,
        entry: `subgraphs/${subgraph}/main.ts`,
        cpu: options.cpu,
        env: {
          ...baseEnv,
          [`${variable}_PORT`]: String(ports[subgraph]),
          [`${variable}_ADMIN_PORT`]: String(adminPorts[subgraph]),
          [`${variable}_DATABASE_URL`]: databaseUrl(options.adminUrl, benchDatabaseName(subgraph)),
          SAMSYN_SEED: 'vg',
          ...options.subgraphEnv,
        },
        logPath: join(logDirectory, `${subgraph}.log`),
      });
      started.push(service);
      return service;
    });
    const entry = startPinnedProcess({
      name: 'entry',
      entry: 'gateway/entry/main.ts',
      cpu: options.cpu,
      env: { ...baseEnv, ENTRY_PORT: String(ports.entry), ENTRY_ADMIN_PORT: '0' },
      logPath: join(logDirectory, 'entry.log'),
    });
    started.push(entry);

    await Promise.all(
      [...launches, entry].map(async (service) => {
        try {
          await waitForHealth(service, `http://127.0.0.1:${ports[service.name as BenchSubgraph | 'entry']}/health`, startTimeoutMs);
        } catch (error) {
          throw new Error(`${(error as Error).message}\n--- last lines of ${service.logPath} ---\n${service.logTail()}`);
        }
      }),
    );

    const url = (port: number, path: string) => `http://127.0.0.1:${port}${path}`;
    const subgraphUrls = {
      vgr: url(ports.vgr, '/graphql'),
      kommun: url(ports.kommun, '/graphql'),
      samverkan: url(ports.samverkan, '/graphql'),
      entry: url(ports.entry, '/graphql'),
    };
    const supergraphPath = join(options.tempDirectory, options.label ? `supergraph-${options.label}.graphql` : 'supergraph.graphql');
    writeFileSync(supergraphPath, rewriteSupergraphUrls(readFileSync(join(projectRoot, 'schema/supergraph.graphql'), 'utf8'), subgraphUrls));

    return {
      services: {
        subgraphUrls,
        metricsUrls: { vgr: url(adminPorts.vgr, '/metrics'), kommun: url(adminPorts.kommun, '/metrics'), samverkan: url(adminPorts.samverkan, '/metrics') },
        issuerDirectory,
        jwksPath,
        productionEnv,
        gatewayEnv: {
          SAMSYN_GATEWAY_KEY_FILE: gatewayKeyPath,
          // For gateways that know subgraphs by URL only (C): each request is signed for the subgraph it goes to.
          SAMSYN_SUBGRAPH_AUDIENCES: JSON.stringify(Object.fromEntries(Object.entries(subgraphUrls).map(([name, subgraphUrl]) => [subgraphUrl, name]))),
        },
        supergraphPath,
      },
      pids: started.map((service) => service.pid),
      pidsByName: Object.fromEntries(started.map((service) => [service.name, service.pid])),
      environment,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
