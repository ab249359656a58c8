// The gateways the benchmark compares, in report order: A (Samsyn), B (plain Apollo), C (Hive), D (Hive with Hive
// Router's query planner).
import type { GatewayLauncher } from '../types.js';
import { hiveGatewayLauncher, hiveRouterRuntimeLauncher } from './hiveGatewayLauncher.js';
import { plainApolloGatewayLauncher } from './plainApolloGatewayLauncher.js';
import { samsynGatewayLauncher } from './samsynGatewayLauncher.js';

export const gatewayLaunchers: GatewayLauncher[] = [samsynGatewayLauncher, plainApolloGatewayLauncher, hiveGatewayLauncher, hiveRouterRuntimeLauncher];
