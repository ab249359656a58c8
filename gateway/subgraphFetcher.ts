// The gateway's HTTP client for subgraph requests: undici's connection pool
// with keep-alive, answering with a response already read into memory as bytes.
// Its keep-alive ends before the subgraph's, and a query that meets a connection
// the subgraph has just closed goes once more on a fresh one.
// @apollo/gateway's default (make-fetch-happen, built for npm's HTTP cache)
// adds a cache layer and stream plumbing to every fetch, which a gateway that
// sends only uncacheable POSTs to a few known subgraphs pays for on every hop.
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Agent, type Dispatcher } from 'undici';
import { samsynError } from '../platform/errors/samsynError.js';
import type { GatewayTls } from '../platform/gatewayTrust/gatewayTrustConfig.js';
import { ReadOnlyRequests } from './readOnlyRequests.js';

/** The fetch function RemoteGraphQLDataSource accepts, and its parts. */
export type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type FetcherHeaders = FetcherResponse['headers'];

export interface SubgraphFetcherOptions {
  /** Open connections per subgraph at most. */
  connections?: number;
  /**
   * Milliseconds undici waits for a subgraph's headers, then between body chunks: a backstop only, since every
   * fetch of a request carries its own, shorter time (`init.signal`, timeBoundFetcher.ts).
   */
  timeoutMs?: number;
  /**
   * Milliseconds an idle connection is kept for reuse when the subgraph sends no `Keep-Alive: timeout=` hint
   * (with one, undici keeps it 2 s less than the hint), and at most in any case. Below Node's server default of
   * 5 s, so the gateway never sends on a connection the subgraph is about to close.
   */
  keepAliveTimeoutMs?: number;
  /** For subgraphs served over TLS: the CA of their certificates, and the gateway's client certificate (mutual TLS). */
  tls?: GatewayTls | null;
  /** A subgraph answer of more bytes is dropped while it arrives (ANSWER_TOO_LARGE), never held whole. */
  maxAnswerBytes?: number;
}

/** undici's TLS options for subgraphs (null fields left to undici's defaults). */
export function tlsConnectOptions(tls: GatewayTls | null | undefined) {
  if (!tls) return {};
  return { connect: { ...(tls.ca ? { ca: tls.ca } : {}), ...(tls.cert && tls.key ? { cert: tls.cert, key: tls.key } : {}) } };
}

export function createSubgraphFetcher(options: SubgraphFetcherOptions = {}): Fetcher {
  const timeout = options.timeoutMs ?? 60_000;
  const keepAlive = options.keepAliveTimeoutMs ?? 4_000;
  const common = { connections: options.connections ?? 128, headersTimeout: timeout, bodyTimeout: timeout, ...tlsConnectOptions(options.tls) };
  const agent = new Agent({ ...common, keepAliveTimeout: keepAlive, keepAliveMaxTimeout: keepAlive });
  // A retry's connection is opened for it and closed after it (pipelining 0: no keep-alive), so it can never be
  // one more of the pool's connections that the subgraph has closed.
  let freshAgent: Agent | undefined;
  const queries = new ReadOnlyRequests();
  return async (url: string, init: FetcherRequestInit = {}) => {
    const request: Dispatcher.RequestOptions = {
      origin: new URL(url).origin,
      path: url.slice(url.indexOf('/', url.indexOf('//') + 2)),
      method: (init.method ?? 'GET') as 'GET' | 'POST',
      headers: init.headers ?? {},
      body: init.body ?? null,
      signal: init.signal ?? null,
    };
    let answer: Dispatcher.ResponseData;
    try {
      answer = await agent.request(request);
    } catch (error) {
      // Only a query: a mutation the subgraph may have received is never sent twice.
      if (!isResetBeforeAnswer(error) || init.signal?.aborted || !isQuery(init, queries)) throw error;
      freshAgent ??= new Agent({ ...common, pipelining: 0 });
      answer = await freshAgent.request(request);
    }
    // Bytes, not text: a large string lives in V8's large-object space until a full collection, while a buffer's
    // memory is outside V8's heap and is freed with its small handle.
    const bytes = await readAnswer(answer.body, () => answer.body.destroy(), options.maxAnswerBytes ?? Number.POSITIVE_INFINITY, url);
    const headers = new Headers();
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
    }
    return new BufferedResponse(url, answer.statusCode, headers, bytes);
  };
}

/**
 * Node's own fetch, on undici's global pool, for the `undici-pool` switch (optimisations.ts): no pool of the
 * gateway's own and no retry of a reset connection; the answer is read under the same limit. A client certificate
 * (mutual TLS) needs the pool's own TLS options, so with one the switch keeps the pool (startGateway.ts says so).
 */
export function createPlainFetcher(options: SubgraphFetcherOptions = {}): Fetcher {
  if (options.tls) return createSubgraphFetcher(options);
  return async (url: string, init: FetcherRequestInit = {}) => {
    const response = await fetch(url, init as RequestInit);
    const body = response.body ? Readable.fromWeb(response.body as WebReadableStream<Uint8Array>) : undefined;
    const bytes = body ? await readAnswer(body, () => body.destroy(), options.maxAnswerBytes ?? Number.POSITIVE_INFINITY, url) : Buffer.alloc(0);
    return new BufferedResponse(url, response.status, response.headers as FetcherHeaders, bytes);
  };
}

/**
 * The connection closed or was reset before the answer's headers came (the request's promise fails only then;
 * later failures come from its body): what a subgraph does to a kept-alive connection it has given up on,
 * or to the requests a frozen subgraph finds waiting when it resumes.
 */
export function isResetBeforeAnswer(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET';
}

function isQuery(init: FetcherRequestInit, queries: ReadOnlyRequests): boolean {
  return (init.method ?? 'GET').toUpperCase() === 'POST' && typeof init.body === 'string' && queries.body(init.body);
}

/** The body's bytes; past `limit` the body is dropped (`stop`: the subgraph's socket closed) and the fetch fails. */
async function readAnswer(body: AsyncIterable<Uint8Array>, stop: () => void, limit: number, url: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > limit) {
      stop();
      throw answerTooLarge(url, limit);
    }
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
}

function answerTooLarge(url: string, limit: number) {
  return samsynError('ANSWER_TOO_LARGE', `The answer of ${url} came to more than ${limit.toLocaleString('en')} bytes (SAMSYN_MAX_ANSWER_BYTES); that part is left out.`, {
    limit,
  });
}

/** A response whose body is already in memory, so it can be read more than once (clone). */
class BufferedResponse implements FetcherResponse {
  readonly bodyUsed = false;
  readonly redirected = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly headers: FetcherHeaders,
    private readonly body: Buffer,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get statusText(): string {
    return String(this.status);
  }

  async text(): Promise<string> {
    return this.body.toString('utf8');
  }

  async json(): Promise<any> {
    return JSON.parse(this.body.toString('utf8'));
  }

  /** The body as it came, not copied: readers must not change it (clones share it). */
  async bytes(): Promise<Buffer> {
    return this.body;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const { buffer, byteOffset, byteLength } = this.body;
    return buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer;
  }

  clone(): FetcherResponse {
    return new BufferedResponse(this.url, this.status, this.headers, this.body);
  }
}
