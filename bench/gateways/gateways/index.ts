// The three gateways the benchmark compares, in report order: A (Samsyn), B (plain Apollo), C (Hive).
import type { GatewayLauncher } from '../types.js';
import { hiveGatewayLauncher } from './hiveGatewayLauncher.js';
import { plainApolloGatewayLauncher } from './plainApolloGatewayLauncher.js';
import { samsynGatewayLauncher } from './samsynGatewayLauncher.js';

export const gatewayLaunchers: GatewayLauncher[] = [samsynGatewayLauncher, plainApolloGatewayLauncher, hiveGatewayLauncher];
