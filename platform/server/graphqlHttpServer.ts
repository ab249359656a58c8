// A plain Node HTTP server in front of an ApolloServer: `/graphql` for
// operations plus the small operational routes every Samsyn process has
// (`/health`, `/health/live`, `/health/ready`). Used by the subgraphs and the gateway alike.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { ErrorCode } from '../errors/errorCodes.js';
import type { Logger } from '../logging/logger.js';
import { defaultShutdownGraceMs, trackForGracefulShutdown, type DrainOutcome } from './gracefulShutdown.js';
import { maxBodyBytes, readBody, sendError } from './httpMessages.js';
import { requestErrorStatus } from './requestErrorStatus.js';
import { requestShapeProblem } from './requestShapeProblem.js';
import { contentTypeOf, graphqlMediaTypeOf, isJsonRequest, responseMediaType } from './graphqlMediaTypes.js';

export interface HttpRouteResult {
  status: number;
  contentType: string;
  body: string;
}

export type HttpRoute = (request: IncomingMessage) => Promise<HttpRouteResult> | HttpRouteResult;

/** Every request's context names the id its answer and log lines carry (the `x-request-id` response header). */
export interface HttpRequestContext extends BaseContext {
  requestId: string;
}

export interface GraphqlHttpServerOptions<Context extends HttpRequestContext> {
  apollo: ApolloServer<Context>;
  /** `body` is the request body as received (empty for GET), for checks that cover the exact bytes sent. */
  createContext: (request: IncomingMessage, body: string) => Promise<Context>;
  /** Extra GET routes by exact path, e.g. `/health`. */
  routes?: Record<string, HttpRoute>;
  log: Logger;
  /** Serve HTTPS; with `clientCa` a client may present a certificate, which the context can then inspect. */
  tls?: { cert: string; key: string; clientCa: string | null } | null;
  /** A query of more tokens is refused before it is parsed; an answer of more bytes is replaced by an error. */
  limits: { maxTokens: number; maxAnswerBytes: number };
  /** Runs each operation inside a scope of its request (a subgraph: the time budget its database statements keep to). */
  operationScope?: <T>(request: IncomingMessage, work: () => Promise<T>) => Promise<T>;
  /**
   * Statuses as GraphQL over HTTP asks of a public endpoint: a POST whose body is not `application/json` is refused
   * with 415, and the edge's own refusals of a well-formed request (a query over the token limit, a persisted
   * query's wrong hash, an answer too large) get the status for their media type, 200 as `application/json`
   * (requestErrorStatus.ts; requestErrorStatusPlugin does the same for Apollo's). The gateway sets it; a subgraph
   * answers every refusal 4xx, which its one client, the gateway, reads as a refusal (SubgraphDataSource.ts).
   */
  graphqlOverHttpStatuses?: boolean;
  /** Told the code of each request refused here, outside Apollo Server (the errors counter: requestMetricsPlugin.ts). */
  countRefusal?: (code: ErrorCode) => void;
}

export type HttpServer = Server | TlsServer;

export interface RunningHttpServer {
  server: HttpServer;
  port: number;
  /** True once close() has begun: readiness is then 503. */
  readonly draining: boolean;
  /** Requests received and not yet answered. */
  readonly inFlight: number;
  /** Drains (gracefulShutdown.ts): no new connections, requests in flight finish within the grace period. */
  close(): Promise<DrainOutcome>;
}

export function createGraphqlHttpServer<Context extends HttpRequestContext>(options: GraphqlHttpServerOptions<Context>): HttpServer {
  const { apollo, createContext, routes = {}, log, tls, limits, operationScope, graphqlOverHttpStatuses = false, countRefusal } = options;
  const listener = (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      log.error('request failed', { error });
      if (!response.headersSent) sendError(response, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
      else response.end();
    });
  };
  // Without a CA no client certificate is asked for; with one, a missing or foreign certificate is not refused at the
  // handshake (health probes have none) but proves nothing.
  return tls
    ? createTlsServer({ cert: tls.cert, key: tls.key, ...(tls.clientCa ? { ca: tls.clientCa, requestCert: true, rejectUnauthorized: false } : {}) }, listener)
    : createServer(listener);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = request.method === 'GET' ? routes[url.pathname] : undefined;
    if (route) {
      const result = await route(request);
      response.writeHead(result.status, { 'content-type': result.contentType });
      response.end(result.body);
      return;
    }
    if (url.pathname !== '/graphql') {
      sendError(response, 404, 'NOT_FOUND', `No such path: ${url.pathname}. GraphQL is served at /graphql.`);
      return;
    }

    // The edge's own refusals go in the media type Apollo Server would answer in.
    const mediaType = responseMediaType(headerValue(request, 'accept'));
    const refuse = (status: number, code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, answeredAs = mediaType) => {
      const sentStatus = graphqlOverHttpStatuses ? requestErrorStatus(status, answeredAs, [code]) : status;
      countRefusal?.(code);
      sendError(response, sentStatus, code, message, extensions, contentTypeOf(answeredAs ?? 'application/json'));
    };

    let body: unknown = undefined;
    let text = '';
    if (request.method === 'POST') {
      if (graphqlOverHttpStatuses && !isJsonRequest(headerValue(request, 'content-type'))) {
        refuse(415, 'BAD_REQUEST', 'A GraphQL request is sent as JSON, with the header content-type: application/json.');
        return;
      }
      const received = await readBody(request);
      if (received === null) {
        refuse(413, 'BAD_REQUEST', `The request body is larger than ${maxBodyBytes} bytes.`);
        return;
      }
      text = received;
      try {
        body = text.length === 0 ? {} : JSON.parse(text);
      } catch {
        refuse(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
        return;
      }
    }

    // A client that has given up (the gateway's fetch timed out while this process was frozen or swamped) gets no
    // answer: working through it would only delay the requests still waited for.
    if (request.socket.destroyed) {
      log.info('request skipped: its client has gone', { path: url.pathname });
      return;
    }

    const problem = requestShapeProblem(request.method === 'POST' ? body : undefined, url.searchParams, limits.maxTokens);
    if (problem) {
      refuse(problem.status, problem.code, problem.message, problem.extensions);
      return;
    }

    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let requestId: string | undefined;
    const execute = () => apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: async () => {
        const context = await createContext(request, text);
        requestId = context.requestId;
        return context;
      },
    });
    const result = await (operationScope ? operationScope(request, execute) : execute());
    for (const [name, value] of result.headers) response.setHeader(name, value);
    // An answer may hold patient data, and queries come over GET too: no cache keeps it.
    if (!response.hasHeader('cache-control')) response.setHeader('cache-control', 'no-store');
    // A request refused before it had a context (no valid token) has no id: nothing was logged under one.
    if (requestId !== undefined) response.setHeader('x-request-id', requestId);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      const answer = result.body.string;
      const bytes = answerBytes(answer, limits.maxAnswerBytes);
      if (bytes > limits.maxAnswerBytes) {
        log.warn('answer too large; not sent', { requestId, bytes, limit: limits.maxAnswerBytes });
        const answeredAs = graphqlMediaTypeOf(response.getHeader('content-type')?.toString()) ?? mediaType;
        refuse(400, 'ANSWER_TOO_LARGE', `The answer came to ${bytes.toLocaleString('en')} bytes; at most ${limits.maxAnswerBytes.toLocaleString('en')} are sent (SAMSYN_MAX_ANSWER_BYTES). Ask for fewer fields or a smaller page.`, { measured: bytes, limit: limits.maxAnswerBytes }, answeredAs);
        return;
      }
      response.end(answer);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }
}

/** The answer's size in bytes, counted only when its characters could come to more than `limit` (UTF-8: 3 at most). */
function answerBytes(answer: string, limit: number): number {
  return answer.length * 3 <= limit ? answer.length : Buffer.byteLength(answer);
}

export interface ListenOptions {
  /** How long requests in flight may take once close() is called (SAMSYN_SHUTDOWN_GRACE_MS). */
  shutdownGraceMs?: number;
  /** Where close() says how the drain went. */
  log?: Logger;
}

/** Listens on `port` at `host`; a port in use (or any other failure to listen) rejects instead of throwing later. */
export function bind(server: HttpServer, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

export async function listen(server: HttpServer, port: number, host = '0.0.0.0', options: ListenOptions = {}): Promise<RunningHttpServer> {
  const graceMs = options.shutdownGraceMs ?? defaultShutdownGraceMs;
  const shutdown = trackForGracefulShutdown(server, graceMs);
  await bind(server, port, host);
  return {
    server,
    port: (server.address() as AddressInfo).port,
    get draining() {
      return shutdown.draining;
    },
    get inFlight() {
      return shutdown.inFlight;
    },
    close: async () => {
      const outcome = await shutdown.drain();
      if (outcome.cut > 0) options.log?.warn('requests cut at stop: still unanswered after the grace period', { ...outcome, graceMs });
      else if (outcome.inFlight > 0) options.log?.info('drained: every request in flight was answered', { ...outcome });
      return outcome;
    },
  };
}

export function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
