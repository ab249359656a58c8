// graphql-http's audit of a server against the GraphQL over HTTP specification, sent with the headers Samsyn asks
// of every request (a token; for a subgraph the gateway's assertion too), and its failures told readably.
import { auditServer, type AuditResult } from 'graphql-http';

/** Headers to add to one request of the audit, given its body ('' for a GET) and the headers it already has. */
export type AuditHeaders = (body: string, headers: Record<string, string>) => Record<string, string> | Promise<Record<string, string>>;

export function auditGraphqlOverHttp(url: string, headers: Record<string, string> | AuditHeaders): Promise<AuditResult[]> {
  const extra: AuditHeaders = typeof headers === 'function' ? headers : () => headers;
  const fetchFn = async (input: string, init: RequestInit = {}) => {
    const own = { ...((init.headers ?? {}) as Record<string, string>) };
    const body = typeof init.body === 'string' ? init.body : '';
    return fetch(input, { ...init, headers: { ...own, ...(await extra(body, own)) } });
  };
  return auditServer({ url, fetchFn });
}

/** Every audit that did not pass: its id, level and name, with the status and body it got. */
export async function notPassed(results: readonly AuditResult[]): Promise<string[]> {
  const failures: string[] = [];
  for (const result of results) {
    if (result.status === 'ok') continue;
    const body = await result.response.text().catch(() => '(no body)');
    failures.push(`${result.id} ${result.status}: ${result.name} — got ${result.response.status} ${body.slice(0, 300)}`);
  }
  return failures;
}
