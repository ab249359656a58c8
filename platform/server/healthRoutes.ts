// The health routes every Samsyn service answers, for an orchestrator:
// `/health/live` (the process works; touches nothing), `/health/ready` (it can
// serve now) and `/health` (readiness with details, for people and scripts).
import type { HttpRoute, HttpRouteResult } from './graphqlHttpServer.js';

export interface HealthSources {
  /** True once a stop has begun (the server drains): not ready, whatever else holds. */
  draining: () => boolean;
  /** What else readiness needs, e.g. the database answering; absent = ready whenever not draining. */
  ready?: () => Promise<boolean>;
  /** Extra fields of `/health` only (never part of readiness), e.g. the gateway's view of each subgraph. */
  details?: () => Promise<Record<string, unknown>> | Record<string, unknown>;
}

type Readiness = 'ok' | 'draining' | 'unavailable';

export function healthRoutes(sources: HealthSources): Record<'/health/live' | '/health/ready' | '/health', HttpRoute> {
  const readiness = async (): Promise<Readiness> => {
    if (sources.draining()) return 'draining';
    if (sources.ready && !(await sources.ready())) return 'unavailable';
    return 'ok';
  };
  return {
    '/health/live': () => json(200, { status: 'ok' }),
    '/health/ready': async () => {
      const status = await readiness();
      return json(status === 'ok' ? 200 : 503, { status });
    },
    '/health': async () => {
      const [status, details] = await Promise.all([readiness(), sources.details?.() ?? {}]);
      return json(status === 'ok' ? 200 : 503, { status, ...details });
    },
  };
}

function json(status: number, body: unknown): HttpRouteResult {
  return { status, contentType: 'application/json; charset=utf-8', body: JSON.stringify(body) };
}
