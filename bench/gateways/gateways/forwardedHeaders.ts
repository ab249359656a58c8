// The request headers a gateway must pass on to every subgraph: the token and
// the access ground (`x-samsyn-*`), because each subgraph verifies and judges them itself.

/** True for `authorization` and every `x-samsyn-*` header (names compared in lower case). */
export function isForwardedHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'authorization' || lower.startsWith('x-samsyn-');
}

/** Picks the forwarded headers from Node's incoming headers or any name → value pairs; names in lower case. */
export function pickForwardedHeaders(
  headers: Iterable<[string, string]> | Record<string, string | string[] | undefined>,
): Record<string, string> {
  const entries: Iterable<[string, string | string[] | undefined]> =
    Symbol.iterator in headers ? (headers as Iterable<[string, string]>) : Object.entries(headers);
  const picked: Record<string, string> = {};
  for (const [name, value] of entries) {
    if (value === undefined || !isForwardedHeader(name)) continue;
    picked[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return picked;
}
