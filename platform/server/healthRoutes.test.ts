// Liveness never depends on anything; readiness is 503 while draining or when the service cannot serve.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { healthRoutes, type HealthSources } from './healthRoutes.js';

const request = {} as IncomingMessage;

async function answer(sources: HealthSources, path: '/health/live' | '/health/ready' | '/health') {
  const result = await healthRoutes(sources)[path](request);
  return { status: result.status, body: JSON.parse(result.body) as Record<string, unknown> };
}

describe('the health routes', () => {
  it('answer ok when ready, with the details in /health only', async () => {
    const sources: HealthSources = { draining: () => false, ready: async () => true, details: () => ({ subgraph: 'vgr' }) };
    expect(await answer(sources, '/health/live')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await answer(sources, '/health/ready')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await answer(sources, '/health')).toEqual({ status: 200, body: { status: 'ok', subgraph: 'vgr' } });
  });

  it('are unready but live when the service cannot serve', async () => {
    let asked = 0;
    const sources: HealthSources = { draining: () => false, ready: async () => (asked++, false) };
    expect(await answer(sources, '/health/live')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(asked).toBe(0);
    expect(await answer(sources, '/health/ready')).toEqual({ status: 503, body: { status: 'unavailable' } });
    expect((await answer(sources, '/health')).status).toBe(503);
  });

  it('are unready while draining, without asking anything else', async () => {
    let asked = 0;
    const sources: HealthSources = { draining: () => true, ready: async () => (asked++, true) };
    expect(await answer(sources, '/health/ready')).toEqual({ status: 503, body: { status: 'draining' } });
    expect(asked).toBe(0);
    expect((await answer(sources, '/health/live')).status).toBe(200);
  });

  it('keep details out of readiness: a detail saying something is down leaves the service ready', async () => {
    const sources: HealthSources = { draining: () => false, details: async () => ({ subgraphs: { kommun: 'unavailable' } }) };
    expect(await answer(sources, '/health')).toEqual({ status: 200, body: { status: 'ok', subgraphs: { kommun: 'unavailable' } } });
  });
});
