// What is wrong with a GraphQL HTTP request before Apollo Server reads it, and cheap to tell: a query of more
// tokens than the limit (refused before it is parsed), or an automatic persisted query whose hash is not that of
// its query. Apollo Server refuses the rest of what is malformed itself.
import { createHash } from 'node:crypto';
import type { ErrorCode } from '../errors/errorCodes.js';
import { countTokens, mayExceedTokens } from '../limits/countTokens.js';
import { limitMessage } from '../limits/limitExceeded.js';

export interface RequestShapeProblem {
  status: number;
  code: ErrorCode;
  message: string;
  extensions?: Record<string, unknown>;
}

/** `body` is a POST's parsed JSON (undefined for GET), `search` the URL's parameters (a GET's query is there). */
export function requestShapeProblem(body: unknown, search: URLSearchParams, maxTokens: number): RequestShapeProblem | null {
  const query = body === undefined ? search.get('query') : queryOf(body);
  if (query === null) return null;
  const hash = persistedQueryHash(body === undefined ? search.get('extensions') : body);
  if (hash !== null && hash !== createHash('sha256').update(query).digest('hex')) {
    return {
      status: 400,
      code: 'PERSISTED_QUERY_HASH_MISMATCH',
      message: "The persisted query's sha256Hash is not the SHA-256 (hex) of the query sent with it; send the hash of this query, or the query alone.",
    };
  }
  if (mayExceedTokens(query, maxTokens)) {
    const tokens = countTokens(query);
    if (tokens !== null && tokens > maxTokens) {
      return { status: 400, code: 'QUERY_TOO_LARGE', message: limitMessage('QUERY_TOO_LARGE', tokens, maxTokens), extensions: { measured: tokens, limit: maxTokens } };
    }
  }
  return null;
}

/** The `query` of a POST body (a single request; Apollo refuses batches itself), or null. */
function queryOf(body: unknown): string | null {
  const query = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as { query?: unknown }).query : undefined;
  return typeof query === 'string' ? query : null;
}

/** `extensions.persistedQuery.sha256Hash` of a POST body, or of a GET request's `extensions` parameter (JSON), or null. */
function persistedQueryHash(source: unknown): string | null {
  let request: unknown = source;
  if (typeof source === 'string') {
    try {
      request = { extensions: JSON.parse(source) as unknown };
    } catch {
      return null;
    }
  }
  const hash = (request as { extensions?: { persistedQuery?: { sha256Hash?: unknown } } } | null)?.extensions?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? hash : null;
}
