// Gateways C and D: `@graphql-hive/gateway`'s CLI run with node directly (not npx, whose own process would be the
// pid), pinned to a CPU. C runs Hive's defaults (gateway.config.ts); D the same with Hive Router's Rust query planner
// (`@graphql-hive/router-runtime`, gateway-router-runtime.config.ts).
import { join } from 'node:path';
import { freePort } from '../../../test/support/freePort.js';
import type { GatewayId, GatewayLauncher } from '../types.js';
import { packageBin, packageVersion } from './packageVersion.js';
import { repositoryRoot } from './repositoryRoot.js';
import { startPinnedGateway } from './startPinnedGateway.js';

function hiveGateway(id: GatewayId, name: string, configFile: string): GatewayLauncher {
  return {
    id,
    name,
    async start(services, cpu) {
      const port = await freePort();
      return startPinnedGateway({
        id,
        name,
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
          join(repositoryRoot, 'bench/gateways/gateways', configFile),
        ],
        // Hive's logger reads LOG_LEVEL; the same level as A so neither logs per request.
        env: { ...services.productionEnv, ...services.gatewayEnv, LOG_LEVEL: 'warn' },
        services,
      });
    },
  };
}

export const hiveGatewayLauncher = hiveGateway('C', `@graphql-hive/gateway ${packageVersion('@graphql-hive/gateway')} (defaults, no --jit; work-around for its planning bug at patient.boende: isolatedSubschemaWorkaround.ts)`, 'gateway.config.ts');

export const hiveRouterRuntimeLauncher = hiveGateway(
  'D',
  `@graphql-hive/gateway ${packageVersion('@graphql-hive/gateway')} + @graphql-hive/router-runtime ${packageVersion('@graphql-hive/router-runtime')} (Rust query planner)`,
  'gateway-router-runtime.config.ts',
);
