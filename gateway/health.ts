// Readiness: the gateway is ready when every subgraph answers its /health.

export type SubgraphState = 'ok' | 'unavailable';

export async function checkSubgraphHealth(subgraphUrls: Record<string, string>, timeoutMs = 2000): Promise<Record<string, SubgraphState>> {
  const entries = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]) => {
      const healthUrl = new URL('/health', url);
      try {
        const response = await fetch(healthUrl, { signal: AbortSignal.timeout(timeoutMs) });
        return [name, response.ok ? 'ok' : 'unavailable'] as const;
      } catch {
        return [name, 'unavailable'] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}
