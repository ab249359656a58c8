// Gateway A: Samsyn's own gateway (`gateway/main.ts`), which runs the entry
// subgraph in-process and calls vgr, kommun and samverkan over HTTP.
import { freePort } from '../../../test/support/freePort.js';
import type { GatewayLauncher } from '../types.js';
import { startPinnedGateway } from './startPinnedGateway.js';

export const samsynGatewayLauncher: GatewayLauncher = {
  id: 'A',
  name: 'Samsyn gateway',
  async start(services, cpu) {
    const port = await freePort();
    return startPinnedGateway({
      id: 'A',
      name: this.name,
      cpu,
      port,
      // `--import tsx` keeps tsx in the gateway's own process (npx tsx would run node as a child).
      nodeArgs: ['--import', 'tsx', 'gateway/main.ts'],
      env: {
        GATEWAY_PORT: String(port),
        // Its metrics are not read by the benchmark: any free admin port.
        GATEWAY_ADMIN_PORT: '0',
        HOST: '127.0.0.1',
        VGR_URL: services.subgraphUrls.vgr,
        KOMMUN_URL: services.subgraphUrls.kommun,
        SAMVERKAN_URL: services.subgraphUrls.samverkan,
        ...services.productionEnv,
        ...services.gatewayEnv,
        LOG_LEVEL: 'warn',
      },
      services,
    });
  },
};
