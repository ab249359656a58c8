import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { connectionRefused } from '../../test/support/connectionRefused.js';
import { scrapedCounter } from './scrapedMetrics.js';
import { startAdminServer } from './adminServer.js';

describe('startAdminServer', () => {
  it('serves the registry at GET /metrics in Prometheus text, 404 elsewhere, and stops listening when closed', async () => {
    const registry = new Registry();
    scrapedCounter(registry, { name: 'samsyn_graphql_requests_total', help: 'GraphQL requests received.', value: () => 5 });
    const admin = await startAdminServer(registry, 0, '127.0.0.1');
    const base = `http://127.0.0.1:${admin.port}`;
    try {
      const scrape = await fetch(`${base}/metrics`);
      expect(scrape.status).toBe(200);
      expect(scrape.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
      expect(await scrape.text()).toMatch(/^samsyn_graphql_requests_total 5$/m);

      const elsewhere = await fetch(`${base}/graphql`);
      expect(elsewhere.status).toBe(404);
      expect(((await elsewhere.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('NOT_FOUND');
      expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(404);
    } finally {
      await admin.close();
    }
    expect(await connectionRefused(admin.port)).toBe(true);
  });

  it('refuses to start on a port already taken, naming the cause', async () => {
    const first = await startAdminServer(new Registry(), 0, '127.0.0.1');
    try {
      await expect(startAdminServer(new Registry(), first.port, '127.0.0.1')).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await first.close();
    }
  });
});
