// Reading a request body with a size limit and answering JSON or an error
// with a stable code: shared by the GraphQL servers and the web server.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../errors/errorCodes.js';

/** Requests larger than this are refused before parsing (a query document plus variables). */
export const maxBodyBytes = 1_000_000;

/** The body as text, or null when it is larger than maxBodyBytes (the rest is read and dropped). */
export function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** `contentType` is a JSON media type: `application/graphql-response+json` for a GraphQL client that asked for it. */
export function sendJson(response: ServerResponse, status: number, body: string, contentType = 'application/json; charset=utf-8'): void {
  response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
  response.end(body);
}

/** An error body in GraphQL's shape, so every client reads `extensions.code` the same way. */
export function errorBody(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });
}

export function sendError(response: ServerResponse, status: number, code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, contentType?: string): void {
  sendJson(response, status, errorBody(code, message, extensions), contentType);
}
