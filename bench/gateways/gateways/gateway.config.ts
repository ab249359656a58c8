// Gateway C's configuration (`hive-gateway supergraph <file> -c <this file>`): Hive Gateway's defaults
// (no --jit, no response cache, its own in-flight deduplication as it ships) except that `authorization`
// and `x-samsyn-*` go to every subgraph, which verify the token and judge the access ground themselves.
import { defineConfig } from '@graphql-hive/gateway';

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs({ request }) {
      // Inline rather than imported from forwardedHeaders.ts: Hive's own TypeScript importer loads this file.
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        const lower = name.toLowerCase();
        if (lower === 'authorization' || lower.startsWith('x-samsyn-')) headers[lower] = value;
      });
      return headers;
    },
  },
});
