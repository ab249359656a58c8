import { describe, expect, it } from 'vitest';
import { createServiceRegistry } from './serviceRegistry.js';

describe('createServiceRegistry', () => {
  it('exposes the process metrics, labelled with the service', async () => {
    const text = await createServiceRegistry('kommun').metrics();
    expect(text).toMatch(/^process_cpu_user_seconds_total\{service="kommun"\} \d/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes\{service="kommun"\} \d/m);
  });

  it('gives two services in one process registries of their own', async () => {
    const gateway = createServiceRegistry('gateway');
    const vgr = createServiceRegistry('vgr');
    expect(await gateway.metrics()).not.toContain('service="vgr"');
    expect(await vgr.metrics()).toContain('service="vgr"');
  });
});
