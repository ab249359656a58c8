// The gateway's HTTP client for subgraph requests: undici's connection pool
// with keep-alive, answering with a response already read into memory as bytes.
// @apollo/gateway's default (make-fetch-happen, built for npm's HTTP cache)
// adds a cache layer and stream plumbing to every fetch, which a gateway that
// sends only uncacheable POSTs to a few known subgraphs pays for on every hop.
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent, type Dispatcher } from 'undici';
import { samsynError } from '../subgraphs/common/errors/samsynError.js';
import type { GatewayTls } from '../subgraphs/common/gatewayTrust/gatewayTrustConfig.js';

/** The fetch function RemoteGraphQLDataSource accepts, and its parts. */
export type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type FetcherHeaders = FetcherResponse['headers'];

export interface SubgraphFetcherOptions {
  /** Open connections per subgraph at most. */
  connections?: number;
  /** Milliseconds to wait for a subgraph's answer. */
  timeoutMs?: number;
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
  const agent = new Agent({
    connections: options.connections ?? 128,
    keepAliveTimeout: 30_000,
    headersTimeout: timeout,
    bodyTimeout: timeout,
    ...tlsConnectOptions(options.tls),
  });
  return async (url: string, init: FetcherRequestInit = {}) => {
    const answer = await agent.request({
      origin: new URL(url).origin,
      path: url.slice(url.indexOf('/', url.indexOf('//') + 2)),
      method: (init.method ?? 'GET') as 'GET' | 'POST',
      headers: init.headers ?? {},
      body: init.body ?? null,
    });
    // Bytes, not text: an answer the gateway hands on unchanged (singleFetchPassThrough.ts) then never becomes a
    // string. A string of a megabyte or more lives in V8's large-object space until a full collection, and at
    // 80 analysis answers a second that grew the gateway's heap to 900 MB; a buffer's memory is outside V8's
    // heap and freed with its small handle.
    const bytes = await readAnswer(answer.body, options.maxAnswerBytes ?? Number.POSITIVE_INFINITY, url);
    const headers = new Headers();
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
    }
    return new BufferedResponse(url, answer.statusCode, headers, bytes);
  };
}

/** The body's bytes; past `limit` the body is destroyed (the subgraph's socket closed) and the fetch fails. */
async function readAnswer(body: Dispatcher.ResponseData['body'], limit: number, url: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      body.destroy();
      throw samsynError('ANSWER_TOO_LARGE', `The answer of ${url} came to more than ${limit.toLocaleString('en')} bytes (SAMSYN_MAX_ANSWER_BYTES); that part is left out.`, {
        limit,
      });
    }
    chunks.push(chunk as Buffer);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
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
