// Sends one GraphQL request to the gateway from prepare() (not measured) and
// returns its data; any error stops the preparation, since the run would measure errors.
import type { BenchRequest } from '../types.js';

export async function postGraphql<Data>(gatewayUrl: string, request: BenchRequest): Promise<Data> {
  const response = await fetch(gatewayUrl, { method: 'POST', headers: request.headers, body: request.body, signal: AbortSignal.timeout(120_000) });
  const text = await response.text();
  let parsed: { data?: Data | null; errors?: { message?: string; extensions?: { code?: string } }[] };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    throw new Error(`Preparation request answered HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`);
  }
  if (parsed.errors?.length || parsed.data === undefined || parsed.data === null) {
    const first = parsed.errors?.[0];
    throw new Error(`Preparation request failed (HTTP ${response.status}): ${first?.extensions?.code ?? ''} ${first?.message ?? 'no data'}`);
  }
  return parsed.data;
}
