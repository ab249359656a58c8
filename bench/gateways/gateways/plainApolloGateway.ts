// Gateway B: plain `@apollo/gateway` + `@apollo/server` with default settings,
// over the benchmark's supergraph (every subgraph, entry included, over HTTP).
//
// Non-default, and why:
// - `supergraphSdl` from the file the runner writes (SUPERGRAPH_PATH): the same static supergraph as A and C,
//   instead of managed federation or runtime introspection;
// - `buildService` with a `willSendRequest` that copies `authorization` and `x-samsyn-*` from the incoming
//   request to every subgraph fetch: the minimum, since every subgraph verifies the token and judges the ground;
// - a `context` that keeps the incoming request's headers, for that copy, and names the request;
// - the default fetcher wrapped to add the gateway's signed assertion (SAMSYN_GATEWAY_KEY_FILE), with the request
//   id in `x-request-id`: every subgraph answers `_entities` only to a gateway that proves itself;
// - host 127.0.0.1 and the port from PORT.
// Everything else (query planner, caches, data source fetcher, CSRF prevention, error formatting) is Apollo's default.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { assertingFetcher } from '../../../gateway/assertingFetcher.js';
import { readPrivateJwk } from '../../../platform/auth/keyPairFiles.js';
import { createGatewayAssertionSigner } from '../../../platform/gatewayTrust/gatewayAssertion.js';
import { pickForwardedHeaders } from './forwardedHeaders.js';

interface PlainContext {
  headers: IncomingHttpHeaders;
  requestId: string;
}

const supergraphPath = process.env['SUPERGRAPH_PATH'];
const port = Number(process.env['PORT']);
if (!supergraphPath || !Number.isInteger(port) || port <= 0) {
  console.error('Set SUPERGRAPH_PATH (the supergraph file) and PORT.');
  process.exit(2);
}

const sign = await createGatewayAssertionSigner(readPrivateJwk(process.env['SAMSYN_GATEWAY_KEY_FILE'] ?? '', 'SAMSYN_GATEWAY_KEY_FILE'));

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(supergraphPath, 'utf8'),
  buildService: ({ name, url }) => {
    const source = new RemoteGraphQLDataSource<PlainContext>({
      url,
      willSendRequest({ request, context }) {
        for (const [header, value] of Object.entries(pickForwardedHeaders(context.headers ?? {}))) {
          request.http?.headers.set(header, value);
        }
        if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
      },
    });
    source.fetcher = assertingFetcher(source.fetcher, name, sign);
    return source;
  },
});

const server = new ApolloServer<PlainContext>({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port, host: '127.0.0.1' },
  context: async ({ req }) => ({ headers: req.headers, requestId: randomUUID() }),
});
console.log(`plain Apollo gateway at ${url}`);

const shutdown = () => {
  server.stop().then(() => process.exit(0), () => process.exit(1));
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
