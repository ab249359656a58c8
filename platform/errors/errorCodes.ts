// The one registry of error codes a Samsyn client can receive in `extensions.code`.
// README.md documents the same table; change both together.

export interface ErrorCodeEntry {
  description: string;
  /** HTTP status the gateway answers with when this error ends a whole request. */
  httpStatus: number;
}

export const errorCodes = {
  BAD_USER_INPUT: {
    description: 'An argument or input field is invalid; `extensions.reason` says which rule failed and `extensions.field` which field.',
    httpStatus: 400,
  },
  BAD_REQUEST: {
    description: 'The HTTP request itself is unusable: not JSON, or larger than the 1 MB limit.',
    httpStatus: 400,
  },
  GRAPHQL_PARSE_FAILED: {
    description: 'The query document is not valid GraphQL syntax (set by Apollo Server).',
    httpStatus: 400,
  },
  GRAPHQL_VALIDATION_FAILED: {
    description: 'The query does not fit the schema, e.g. a missing required argument (set by Apollo Server).',
    httpStatus: 400,
  },
  NOT_FOUND: {
    description: 'A referenced object (for example the närområde of a new avvikelse) does not exist.',
    httpStatus: 404,
  },
  CONFLICT: {
    description: 'The request conflicts with what is stored (for example a client key reused for a different report, or a stale version: `extensions.reason` `VERSION_STALE`).',
    httpStatus: 409,
  },
  UNAUTHENTICATED: {
    description: 'No valid identity was presented.',
    httpStatus: 401,
  },
  FORBIDDEN: {
    description: "The identity may not do this (at the web server's development login: the request is not the page's own same-origin JSON).",
    httpStatus: 403,
  },
  ATKOMSTGRUND_SAKNAS: {
    description: "Another huvudman's patient data needs an access ground (samtycke or nödåtkomst) in the request.",
    httpStatus: 403,
  },
  SUBGRAPH_UNAVAILABLE: {
    description:
      "One huvudman's service did not answer; `extensions.huvudman` and `extensions.subgraph` name it, `extensions.reason` says how: `UNREACHABLE` (no connection or a 5xx), `TIMEOUT` (no answer within GATEWAY_SUBGRAPH_TIMEOUT_MS or the rest of GATEWAY_REQUEST_DEADLINE_MS; `extensions.waitedMs`), `NOT_ANSWERING` (with GATEWAY_SUBGRAPH_CIRCUIT=on: not asked, since its last requests timed out; it is tried again within seconds). The rest of the answer is still returned.",
    httpStatus: 502,
  },
  DATABASE_UNAVAILABLE: {
    description: "A subgraph's database did not answer in time or could not be reached (`extensions.reason` `TIMEOUT` or `UNREACHABLE`). Retry after a moment (`extensions.retryable`); a write is safe to retry, since the same `klientnyckel` or `version` is never stored twice.",
    httpStatus: 503,
  },
  GATEWAY_UNAVAILABLE: {
    description: "The web application's server could not reach the gateway (answered by the web server's /graphql, HTTP 502).",
    httpStatus: 502,
  },
  HOST_NOT_ALLOWED: {
    description: "The request's `Host` does not name the web server (a defence against DNS rebinding; answered by the web server, HTTP 421).",
    httpStatus: 421,
  },
  OPERATION_NOT_FOUND: {
    description: '`operationName` names no operation of the document; the message lists those it has.',
    httpStatus: 400,
  },
  OPERATION_NAME_REQUIRED: {
    description: 'The document has several operations and no `operationName` says which to run.',
    httpStatus: 400,
  },
  OPERATION_TYPE_NOT_SUPPORTED: {
    description: 'A subscription: Samsyn serves queries and mutations.',
    httpStatus: 400,
  },
  PERSISTED_QUERY_HASH_MISMATCH: {
    description: "An automatic persisted query's `sha256Hash` is not the SHA-256 of the `query` sent with it.",
    httpStatus: 400,
  },
  QUERY_TOO_LARGE: {
    description: 'The query document has more tokens than SAMSYN_MAX_TOKENS; `extensions.measured` and `extensions.limit` say how many. Nothing was parsed further.',
    httpStatus: 400,
  },
  QUERY_TOO_DEEP: {
    description: 'Fields are nested deeper than SAMSYN_MAX_DEPTH (fragments flattened); `extensions.measured` and `extensions.limit`.',
    httpStatus: 400,
  },
  QUERY_TOO_MANY_ALIASES: {
    description: 'The operation uses more aliases than SAMSYN_MAX_ALIASES; `extensions.measured` and `extensions.limit`.',
    httpStatus: 400,
  },
  QUERY_TOO_MANY_DIRECTIVES: {
    description: 'The operation uses more directives than SAMSYN_MAX_DIRECTIVES; `extensions.measured` and `extensions.limit`.',
    httpStatus: 400,
  },
  QUERY_TOO_COMPLEX: {
    description: "The operation's estimated cost (an object 1, a scalar 0, a list's selection times its size) is above SAMSYN_MAX_COST; `extensions.measured` and `extensions.limit`. Nothing was planned or executed.",
    httpStatus: 400,
  },
  ANSWER_TOO_LARGE: {
    description: 'The answer came to more bytes than SAMSYN_MAX_ANSWER_BYTES and was not sent; ask for fewer fields or a smaller page.',
    httpStatus: 400,
  },
  INTERNAL_SERVER_ERROR: {
    description: 'An unexpected failure; the message carries no details, the server log does.',
    httpStatus: 500,
  },
} as const satisfies Record<string, ErrorCodeEntry>;

export type ErrorCode = keyof typeof errorCodes;

/** The specific rule behind a BAD_USER_INPUT error, stable for clients to branch on. */
export type BadUserInputReason =
  | 'PERSONNUMMER_FORMAT'
  | 'PERSONNUMMER_INVALID'
  | 'HSA_ID_INVALID'
  | 'KOMMUNKOD_INVALID'
  | 'DATE_INVALID'
  | 'DATETIME_INVALID'
  | 'DATE_RANGE_INVALID'
  | 'DATE_IN_FUTURE'
  | 'CURSOR_INVALID'
  | 'PAGE_SIZE_INVALID'
  | 'TEXT_EMPTY'
  | 'TEXT_TOO_LONG'
  | 'CLIENT_KEY_INVALID'
  | 'HUVUDMAN_INVALID'
  | 'SAME_HUVUDMAN'
  | 'HUVUDMAN_NOT_IN_NAROMRADE'
  | 'ID_INVALID'
  | 'ATKOMSTGRUND_INVALID'
  | 'TRANSITION_NOT_ALLOWED'
  | 'SYSTEMFEL_NIVA_MISSING'
  | 'TEXT_CONTAINS_PERSONNUMMER'
  | 'TEXT_CONTROL_CHARACTER'
  | 'VERSION_INVALID'
  | 'PLAN_VERSION_UNKNOWN'
  | 'FILTER_CONFLICT'
  | 'DUPLICATE_BOENDE'
  | 'NUMBER_OUT_OF_RANGE'
  | 'DATE_MISSING'
  | 'TIME_INVALID'
  | 'SAMTYCKE_SAKNAS';
