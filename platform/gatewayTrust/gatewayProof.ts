// Whether a request to a subgraph comes from the gateway, and the request id its reads are logged under. The
// gateway proves itself with a signed assertion over the request or with its client certificate (mutual TLS); a
// request id is taken from the gateway only, so no other caller can choose the id in the access log.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TLSSocket } from 'node:tls';
import { headerValue } from '../server/graphqlHttpServer.js';
import { requestError } from '../errors/samsynError.js';
import { assertedHeaders, createGatewayAssertionVerifier, gatewayAssertionHeader, type AssertedHeaders } from './gatewayAssertion.js';
import type { SubgraphTrustConfig } from './gatewayTrustConfig.js';

export interface GatewayProof {
  fromGateway: boolean;
  /** The id of the request this subgraph logs under: the first of `requestIds`. */
  requestId: string;
  /** Every client request the gateway says this one answers (one, unless it sent identical ones as one). */
  requestIds: string[];
}

export type GatewayProofCheck = (request: IncomingMessage, body: string) => Promise<GatewayProof>;

/** What a router sends as its request id over mutual TLS (a UUID or similar); anything else gets an id of our own. */
const routerRequestIdPattern = /^[A-Za-z0-9._:-]{1,64}$/;

/** `audience` is the subgraph's own name: assertions made for another subgraph are refused. */
export function createGatewayProofCheck(trust: SubgraphTrustConfig, audience: string): GatewayProofCheck {
  const verify = trust.gatewayKeys ? createGatewayAssertionVerifier(trust.gatewayKeys, audience) : null;
  return async (request, body) => {
    const assertion = headerValue(request, gatewayAssertionHeader);
    if (assertion !== undefined) {
      if (!verify) throw requestError('UNAUTHENTICATED', 'This subgraph takes no gateway assertions (it trusts its gateway by mutual TLS).', { reason: 'GATEWAY_ASSERTION_INVALID' });
      const { requestIds } = await verify(assertion, { body, headers: assertedHeadersOf(request) });
      return { fromGateway: true, requestId: requestIds[0]!, requestIds };
    }
    if (trust.tls?.clientCa && request.socket instanceof TLSSocket && request.socket.authorized) {
      const routerRequestId = headerValue(request, 'x-request-id');
      return ownId(true, routerRequestId && routerRequestIdPattern.test(routerRequestId) ? routerRequestId : randomUUID());
    }
    return ownId(false, randomUUID());
  };
}

function ownId(fromGateway: boolean, requestId: string): GatewayProof {
  return { fromGateway, requestId, requestIds: [requestId] };
}

function assertedHeadersOf(request: IncomingMessage): AssertedHeaders {
  const headers: AssertedHeaders = {};
  for (const name of assertedHeaders) {
    const value = headerValue(request, name);
    if (value !== undefined) headers[name] = value;
  }
  return headers;
}
