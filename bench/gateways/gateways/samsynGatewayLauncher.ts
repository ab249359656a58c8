// Gateway A: Samsyn's own gateway (`gateway/main.ts`), which runs the entry
// subgraph in-process and calls vgr, kommun and samverkan over HTTP; and A with
// one optimisation turned off, for the ablation (`--ablation`).
import { freePort } from '../../../test/support/freePort.js';
import type { BenchServices, GatewayId, GatewayLauncher } from '../types.js';
import { startPinnedGateway } from './startPinnedGateway.js';

export const samsynGatewayLauncher: GatewayLauncher = samsynGatewayVariant('A', 'Samsyn gateway', {});

/**
 * Gateway A with `env` added (an optimisation switch); with `ownServices`, it sends to those subgraphs instead of the
 * run's (subgraphs started with the same switch).
 */
export function samsynGatewayVariant(id: GatewayId, name: string, env: Record<string, string>, ownServices?: BenchServices): GatewayLauncher {
  return {
    id,
    name,
    async start(runServices, cpu) {
      const services = ownServices ?? runServices;
      const port = await freePort();
      const gateway = await startPinnedGateway({
        id,
        name,
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
          ...env,
        },
        services,
      });
      return ownServices ? { ...gateway, services: ownServices } : gateway;
    },
  };
}
