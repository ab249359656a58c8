import { trace } from '@opentelemetry/api';
import { afterAll, describe, expect, it } from 'vitest';
import { startOtlpReceiver, type OtlpReceiver } from '../testing/otlpReceiver.js';
import { isHealthOrMetricsPath, startTracing, stopTracing } from './startTracing.js';

describe('startTracing', () => {
  let receiver: OtlpReceiver | undefined;
  afterAll(async () => {
    await stopTracing();
    await receiver?.close();
  });

  it('starts nothing without OTEL_TRACES_EXPORTER: spans stay no-ops', async () => {
    expect(await startTracing('samsyn-test', {})).toBe(false);
    expect(await startTracing('samsyn-test', { OTEL_TRACES_EXPORTER: 'none' })).toBe(false);
    expect(trace.getTracer('test').startSpan('nothing').isRecording()).toBe(false);
  });

  it('exports through the configured exporter with the service name, personnummer masked, and flushes on stop', async () => {
    receiver = await startOtlpReceiver();
    // The SDK reads its exporter settings from the process environment itself.
    Object.assign(process.env, { OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_BSP_SCHEDULE_DELAY: '60000' });
    try {
      expect(await startTracing('samsyn-test', process.env)).toBe(true);
      const span = trace.getTracer('test').startSpan('read', { attributes: { 'db.query.text': "SELECT 1 WHERE personnummer = '191212121212'" } });
      const { traceId } = span.spanContext();
      span.end();
      // Far from the 60 s schedule: only the stop's flush sends it.
      await stopTracing();
      const [exported] = receiver.spans.filter((received) => received.traceId === traceId);
      expect(exported).toMatchObject({ service: 'samsyn-test', name: 'read', attributes: { 'db.query.text': "SELECT 1 WHERE personnummer = '1912****-****'" } });
    } finally {
      for (const name of ['OTEL_TRACES_EXPORTER', 'OTEL_EXPORTER_OTLP_PROTOCOL', 'OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_BSP_SCHEDULE_DELAY']) delete process.env[name];
    }
  });
});

describe('isHealthOrMetricsPath', () => {
  it('is true for the health and metrics routes only', () => {
    for (const path of ['/health', '/health/live', '/health/ready?x=1', '/metrics']) expect(isHealthOrMetricsPath(path)).toBe(true);
    for (const path of ['/graphql', '/healthy', '/metrics/x', undefined]) expect(isHealthOrMetricsPath(path)).toBe(false);
  });
});
