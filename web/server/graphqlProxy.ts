// Forwards the browser's GraphQL requests to the gateway, so the application
// has one origin (no CORS) and the gateway need not be reachable from clients.
// undici's request, not fetch: fetch refuses the "bad ports" of the Fetch
// standard (6000, 6665 …), and the gateway may be configured on any port.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { request as send, type Dispatcher } from 'undici';
import { sendError } from '../../platform/server/httpMessages.js';

/** Request headers the gateway needs: the token, the access ground, the request id. */
const forwardedRequestHeaders = ['authorization', 'content-type', 'accept', 'x-request-id', 'x-samsyn-atkomstgrund', 'x-samsyn-nodatkomst-anledning', 'apollo-require-preflight'];

export async function forwardToGateway(gatewayUrl: string, request: IncomingMessage, body: string, response: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  for (const name of forwardedRequestHeaders) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const search = new URL(request.url ?? '/', 'http://localhost').search;
  let status: number;
  let answerHeaders: Record<string, string | string[] | undefined>;
  let text: string;
  try {
    const answer = await send(gatewayUrl + search, {
      method: (request.method ?? 'POST') as Dispatcher.HttpMethod,
      headers,
      ...(request.method === 'POST' ? { body } : {}),
      signal: AbortSignal.timeout(60_000),
    });
    status = answer.statusCode;
    answerHeaders = answer.headers;
    text = await answer.body.text();
  } catch {
    sendError(response, 502, 'GATEWAY_UNAVAILABLE', 'Samsyns gateway svarar inte just nu. Försök igen om en stund.');
    return;
  }
  const contentType = answerHeaders['content-type'];
  const requestId = answerHeaders['x-request-id'];
  response.writeHead(status, {
    'content-type': typeof contentType === 'string' ? contentType : 'application/json; charset=utf-8',
    ...(typeof requestId === 'string' ? { 'x-request-id': requestId } : {}),
  });
  response.end(text);
}
