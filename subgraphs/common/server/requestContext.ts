// What every subgraph resolver receives about the request: the verified
// identity, the attested access ground, whether the gateway sent it, and the
// request's access-log recorder.
import type { IncomingMessage } from 'node:http';
import { AtkomstloggRecorder } from '../atkomstlogg/AtkomstloggRecorder.js';
import type { Atkomstgrund } from '../../../platform/auth/atkomstgrund.js';
import type { Identity } from '../../../platform/auth/Identity.js';
import type { TokenVerifier } from '../../../platform/auth/tokenVerifier.js';
import type { GatewayProofCheck } from '../../../platform/gatewayTrust/gatewayProof.js';
import type { Logger } from '../../../platform/logging/logger.js';
import { headerValue } from '../../../platform/server/graphqlHttpServer.js';
import { atkomstgrundFromHeaders } from '../../../platform/server/atkomstgrundHeaders.js';

export interface BaseRequestContext {
  requestId: string;
  log: Logger;
  identity: Identity;
  /** The access ground the user attested for another huvudman's data, or null. */
  atkomstgrund: Atkomstgrund | null;
  atkomstlogg: AtkomstloggRecorder;
  /** The request proved it comes from the gateway (gatewayProof.ts): only then may it use the internal surface. */
  fromGateway: boolean;
}

/**
 * Verifies the token (UNAUTHENTICATED when it fails) and the gateway's proof, and reads the access ground.
 * The request id is the gateway's when it proved itself, else one of the subgraph's own.
 */
export async function baseRequestContext(
  request: IncomingMessage,
  body: string,
  log: Logger,
  verifyToken: TokenVerifier,
  checkGatewayProof: GatewayProofCheck,
): Promise<BaseRequestContext> {
  const identity = await verifyToken(headerValue(request, 'authorization'));
  const { fromGateway, requestId, requestIds } = await checkGatewayProof(request, body);
  const atkomstgrund = atkomstgrundFromHeaders(request);
  return createRequestContext({ requestId, requestIds, log: log.child({ requestId }), identity, atkomstgrund, fromGateway });
}

/** `requestIds`: every client request the reads are logged under, when the gateway sent several as one (default the request's own id). */
export function createRequestContext({ requestIds, ...parts }: Omit<BaseRequestContext, 'atkomstlogg'> & { requestIds?: readonly string[] }): BaseRequestContext {
  return { ...parts, atkomstlogg: new AtkomstloggRecorder({ requestIds: requestIds ?? [parts.requestId], identity: parts.identity, atkomstgrund: parts.atkomstgrund }) };
}
