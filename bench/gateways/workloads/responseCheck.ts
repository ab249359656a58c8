// The common part of every workload's check(): a JSON body with `data` and no
// `errors`; the workload then checks the shape it expects.

/** Returns the problem, or null when the body is a GraphQL answer with data and no errors and `shape` accepts the data. */
export function checkGraphqlAnswer(body: string, shape: (data: Record<string, unknown>) => string | null): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return `not JSON: ${body.slice(0, 120)}`;
  }
  if (!parsed || typeof parsed !== 'object') return 'not a JSON object';
  const { data, errors } = parsed as { data?: unknown; errors?: unknown };
  if (Array.isArray(errors) && errors.length > 0) {
    const first = errors[0] as { message?: unknown; extensions?: { code?: unknown }; path?: unknown };
    const path = Array.isArray(first.path) ? ` at ${first.path.join('.')}` : '';
    return `${errors.length} error(s), first ${String(first.extensions?.code ?? '')}${path}: ${String(first.message ?? '').slice(0, 160)}`;
  }
  if (errors !== undefined) return 'unexpected errors field';
  if (!data || typeof data !== 'object') return 'no data';
  return shape(data as Record<string, unknown>);
}

/** A plain object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
