// Forwards the browser's GraphQL requests to the gateway, so the application
// has one origin (no CORS) and the gateway need not be reachable from clients.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Request headers the gateway needs: the token, the access ground, the request id. */
const forwardedRequestHeaders = ['authorization', 'content-type', 'accept', 'x-request-id', 'x-samsyn-atkomstgrund', 'x-samsyn-nodatkomst-anledning', 'apollo-require-preflight'];

export async function forwardToGateway(gatewayUrl: string, request: IncomingMessage, body: Buffer, response: ServerResponse): Promise<void> {
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
      ...(request.method === 'POST' ? { body: body.toString('utf8') } : {}),
      signal: AbortSignal.timeout(60_000),
    });
  } catch {
    response.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
    response.end(
      JSON.stringify({ errors: [{ message: 'Samsyns gateway svarar inte just nu. Försök igen om en stund.', extensions: { code: 'GATEWAY_UNAVAILABLE' } }] }),
    );
    return;
  }
  const text = await answer.text();
  response.writeHead(answer.status, {
    'content-type': answer.headers.get('content-type') ?? 'application/json; charset=utf-8',
    ...(answer.headers.get('x-request-id') ? { 'x-request-id': answer.headers.get('x-request-id')! } : {}),
  });
  response.end(text);
}
