// A hung or failing database makes readiness false within the timeout, and probes never pile up behind it.
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../platform/config/environment.js';
import { createReadinessProbe, readReadinessTimeoutMs } from './readinessProbe.js';

describe('the readiness probe', () => {
  it('is ready when the probe answers in time', async () => {
    const check = createReadinessProbe(async () => 1, 200);
    expect(await check()).toEqual({ ready: true });
  });

  it('is not ready when the probe fails', async () => {
    const check = createReadinessProbe(() => Promise.reject(new Error('connection refused')), 200);
    expect(await check()).toMatchObject({ ready: false, reason: 'failed' });
  });

  it('is not ready, within the timeout, when the probe hangs; probes meanwhile share the one still running', async () => {
    let started = 0;
    let release: () => void = () => {};
    const check = createReadinessProbe(() => {
      started += 1;
      return new Promise<void>((resolve) => (release = resolve));
    }, 50);
    expect(await check()).toEqual({ ready: false, reason: 'timeout' });
    expect(await check()).toEqual({ ready: false, reason: 'timeout' });
    expect(started).toBe(1);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const again = check();
    release();
    expect(await again).toEqual({ ready: true });
    expect(started).toBe(2);
  });

  it('reads SAMSYN_READINESS_TIMEOUT_MS, 1000 by default', () => {
    expect(readReadinessTimeoutMs({})).toBe(1000);
    expect(readReadinessTimeoutMs({ SAMSYN_READINESS_TIMEOUT_MS: '250' })).toBe(250);
    expect(() => readReadinessTimeoutMs({ SAMSYN_READINESS_TIMEOUT_MS: '1s' })).toThrow(ConfigurationError);
  });
});
