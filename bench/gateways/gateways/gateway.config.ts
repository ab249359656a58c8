// Gateway C's configuration (`hive-gateway supergraph <file> -c <this file>`): Hive Gateway's defaults
// (no --jit, no response cache) except that its in-flight deduplication of subgraph requests is off (below),
// that `authorization` and `x-samsyn-*` go to every subgraph, which verify the token and judge the access ground themselves, and
// that every subgraph request carries the gateway's signed assertion (SAMSYN_GATEWAY_KEY_FILE), since every
// subgraph answers `_entities` only to a gateway that proves itself; and one work-around for a planning bug of
// Hive's that otherwise fails every patient picture with a boende stay (isolatedSubschemaWorkaround.ts, issue 26).
import { randomUUID } from 'node:crypto';
import { defineConfig } from '@graphql-hive/gateway';
import { isolatedSubschemaWorkaround } from './isolatedSubschemaWorkaround.js';
import { readPrivateJwk } from '../../../platform/auth/keyPairFiles.js';
import { assertedHeaders, createGatewayAssertionSigner, gatewayAssertionHeader, type AssertedHeaders } from '../../../platform/gatewayTrust/gatewayAssertion.js';

const sign = await createGatewayAssertionSigner(readPrivateJwk(process.env['SAMSYN_GATEWAY_KEY_FILE'] ?? '', 'SAMSYN_GATEWAY_KEY_FILE'));
const audiences = JSON.parse(process.env['SAMSYN_SUBGRAPH_AUDIENCES'] ?? '{}') as Record<string, string>;

export const gatewayConfig = defineConfig({
  // Hive sends identical concurrent subgraph requests once and shares the answer among the client requests, on by
  // default: the subgraph would then log one read where several clients read. Samsyn logs every client request's
  // reads, so a router in front of its subgraphs must not share answers; turned off as such a region would.
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
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
  plugins: () => [
    // SAMSYN_HIVE_NO_WORKAROUND=1 leaves it out, to see the bug (bench/gateways/hivePatientbildRepro.ts).
    ...(process.env['SAMSYN_HIVE_NO_WORKAROUND'] === '1' ? [] : [isolatedSubschemaWorkaround()]),
    {
      async onFetch({ url, options, setOptions }) {
        const audience = audiences[url];
        if (audience === undefined || typeof options.body !== 'string') return;
        const headers = new Headers(options.headers as HeadersInit | undefined);
        const requestId = randomUUID();
        const asserted: AssertedHeaders = {};
        for (const name of assertedHeaders) {
          const value = headers.get(name);
          if (value !== null) asserted[name] = value;
        }
        headers.set('x-request-id', requestId);
        headers.set(gatewayAssertionHeader, await sign({ audience, requestIds: [requestId], body: options.body, headers: asserted }));
        setOptions({ ...options, headers: Object.fromEntries(headers) });
      },
    },
  ],
});
