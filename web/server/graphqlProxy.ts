// Forwards the browser's GraphQL requests to the gateway, so the application
// has one origin (no CORS) and the gateway need not be reachable from clients.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendError } from '../../subgraphs/common/server/httpMessages.js';

/** Request headers the gateway needs: the token, the access ground, the request id. */
const forwardedRequestHeaders = ['authorization', 'content-type', 'accept', 'x-request-id', 'x-samsyn-atkomstgrund', 'x-samsyn-nodatkomst-anledning', 'apollo-require-preflight'];

export async function forwardToGateway(gatewayUrl: string, request: IncomingMessage, body: string, response: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  for (const name of forwardedRequestHeaders) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const search = new URL(request.url ?? '/', 'http://localhost').search;
  let answer: Response;
  try {
    answer = await fetch(gatewayUrl + search, {
      method: request.method ?? 'POST',
      headers,
      ...(request.method === 'POST' ? { body } : {}),
      signal: AbortSignal.timeout(60_000),
    });
  } catch {
    sendError(response, 502, 'GATEWAY_UNAVAILABLE', 'Samsyns gateway svarar inte just nu. Försök igen om en stund.');
    return;
  }
  const text = await answer.text();
  response.writeHead(answer.status, {
    'content-type': answer.headers.get('content-type') ?? 'application/json; charset=utf-8',
    ...(answer.headers.get('x-request-id') ? { 'x-request-id': answer.headers.get('x-request-id')! } : {}),
  });
  response.end(text);
}
