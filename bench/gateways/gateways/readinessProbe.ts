// The trivial authenticated query a launcher sends until a freshly started
// gateway answers it: it passes the gateway, the header forwarding and one subgraph.

/** `kommun` lives in the kommun subgraph, so an answer proves the route to a subgraph with the token forwarded. */
export const readinessQuery = '{ kommun(kod: "1480") { kod } }';

export function readinessRequest(token: string): { headers: Record<string, string>; body: string } {
  return {
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: readinessQuery }),
  };
}

/** True when the body is the expected answer (Göteborg's kommunkod back, no errors). */
export function isReadinessAnswer(status: number, body: string): boolean {
  if (status !== 200) return false;
  try {
    const parsed = JSON.parse(body) as { data?: { kommun?: { kod?: unknown } | null }; errors?: unknown };
    return parsed.errors === undefined && parsed.data?.kommun?.kod === '1480';
  } catch {
    return false;
  }
}
