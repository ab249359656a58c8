// Gateway C's launcher: `@graphql-hive/gateway`'s CLI run with node directly (not npx, whose
// own process would be the pid), pinned to a CPU, with gateway.config.ts beside this file.
import { join } from 'node:path';
import { freePort } from '../../../test/support/freePort.js';
import type { GatewayLauncher } from '../types.js';
import { packageBin, packageVersion } from './packageVersion.js';
import { repositoryRoot } from './repositoryRoot.js';
import { startPinnedGateway } from './startPinnedGateway.js';

export const hiveGatewayLauncher: GatewayLauncher = {
  id: 'C',
  name: `@graphql-hive/gateway ${packageVersion('@graphql-hive/gateway')} (defaults, no --jit)`,
  async start(services, cpu) {
    const port = await freePort();
    return startPinnedGateway({
      id: 'C',
      name: this.name,
      cpu,
      port,
      nodeArgs: [
        packageBin('@graphql-hive/gateway', 'hive-gateway'),
        'supergraph',
        services.supergraphPath,
        '--port',
        String(port),
        '--host',
        '127.0.0.1',
        // The default already; said explicitly so a FORK variable in the environment cannot make the pid a cluster primary.
        '--fork',
        '1',
        '-c',
        join(repositoryRoot, 'bench/gateways/gateways/gateway.config.ts'),
      ],
      // Hive's logger reads LOG_LEVEL; the same level as A so neither logs per request.
      env: { ...services.productionEnv, ...services.gatewayEnv, LOG_LEVEL: 'warn' },
      services,
    });
  },
};
