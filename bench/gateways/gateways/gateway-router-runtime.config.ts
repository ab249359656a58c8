// Gateway D's configuration: gateway C's (gateway.config.ts: headers to the subgraphs, the signed assertion) with Hive
// Router's Rust query planner and executor in place of Hive Gateway's own planning.
import { defineConfig } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { gatewayConfig as hiveDefaults } from './gateway.config.js';

export const gatewayConfig = defineConfig({ ...hiveDefaults, unifiedGraphHandler });
