// A migration file is a script of several statements; it runs as one Kysely query inside Kysely's transaction.
// node-postgres sends a query without parameters on the simple protocol, which takes several statements; PGlite's
// `query` always uses the extended protocol, which refuses them, so the PGlite dialect runs a marked script with
// `exec` instead.
import { CompiledQuery } from 'kysely';

const scripts = new WeakSet<CompiledQuery>();

/** `sqlText` as a query that may hold several statements (no parameters: write values into the text). */
export function scriptQuery(sqlText: string): CompiledQuery {
  const query = CompiledQuery.raw(sqlText);
  scripts.add(query);
  return query;
}

export function isScriptQuery(query: CompiledQuery): boolean {
  return scripts.has(query);
}
