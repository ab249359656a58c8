// Which subgraph requests may be answered once for several requests: queries only, never a mutation or a
// subscription, and never a body that cannot be read (coalescedFetches.ts).
import { Kind, parse } from 'graphql';

/**
 * Whether a request body holds only queries (never a mutation or a subscription, and never a body that cannot
 * be read): only those may be shared. Remembered per query text; the gateway sends few distinct ones.
 */
export class ReadOnlyRequests {
  private readonly known = new Map<string, boolean>();

  constructor(private readonly maximumRemembered = 1000) {}

  body(body: string): boolean {
    const query = queryOf(body);
    return query !== undefined && this.query(query);
  }

  query(query: string): boolean {
    const known = this.known.get(query);
    if (known !== undefined) return known;
    const readOnly = onlyQueries(query);
    if (this.known.size >= this.maximumRemembered) this.known.clear();
    this.known.set(query, readOnly);
    return readOnly;
  }
}

/** Every operation in the document is a query (so whichever `operationName` picks, nothing is written). */
function onlyQueries(query: string): boolean {
  try {
    const operations = parse(query).definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    return operations.length > 0 && operations.every((operation) => operation.operation === 'query');
  } catch {
    return false;
  }
}

/**
 * The `query` of a GraphQL request body. RemoteGraphQLDataSource writes it first (JSON.stringify of
 * `{ query, ...rest }`), so only that string is read, not the (possibly large) variables; any other body is parsed whole.
 */
export function queryOf(body: string): string | undefined {
  const start = '{"query":"';
  if (body.startsWith(start)) {
    for (let quote = body.indexOf('"', start.length); quote !== -1; quote = body.indexOf('"', quote + 1)) {
      let backslashes = 0;
      while (body[quote - 1 - backslashes] === '\\') backslashes += 1;
      if (backslashes % 2 === 0) {
        try {
          return JSON.parse(body.slice(start.length - 1, quote + 1)) as string;
        } catch {
          return undefined;
        }
      }
    }
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(body);
    const query = typeof value === 'object' && value !== null ? (value as { query?: unknown }).query : undefined;
    return typeof query === 'string' ? query : undefined;
  } catch {
    return undefined;
  }
}
