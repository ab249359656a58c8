// Gateway B's launcher: runs plainApolloGateway.ts pinned to a CPU.
import { freePort } from '../../../test/support/freePort.js';
import type { GatewayLauncher } from '../types.js';
import { packageVersion } from './packageVersion.js';
import { startPinnedGateway } from './startPinnedGateway.js';

export const plainApolloGatewayLauncher: GatewayLauncher = {
  id: 'B',
  name: `@apollo/gateway ${packageVersion('@apollo/gateway')} + @apollo/server ${packageVersion('@apollo/server')} (defaults)`,
  async start(services, cpu) {
    const port = await freePort();
    return startPinnedGateway({
      id: 'B',
      name: this.name,
      cpu,
      port,
      // Same loader as A (`--import tsx`), so neither pays for it differently.
      nodeArgs: ['--import', 'tsx', 'bench/gateways/gateways/plainApolloGateway.ts'],
      env: { ...services.productionEnv, ...services.gatewayEnv, PORT: String(port), SUPERGRAPH_PATH: services.supergraphPath },
      services,
    });
  },
};
