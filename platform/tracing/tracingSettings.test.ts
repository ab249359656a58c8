import { describe, expect, it } from 'vitest';
import { tracingRequested, tracingServiceName } from './tracingSettings.js';

describe('tracingRequested', () => {
  it('is off by default and when the exporter is none or the SDK is disabled', () => {
    expect(tracingRequested({})).toBe(false);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: '' })).toBe(false);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'none' })).toBe(false);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'true' })).toBe(false);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'TRUE' })).toBe(false);
  });

  it('is on when an exporter is named', () => {
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'otlp' })).toBe(true);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'console, otlp' })).toBe(true);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'console', OTEL_SDK_DISABLED: 'false' })).toBe(true);
  });

  it('refuses an exporter the SDK does not know, naming the variable', () => {
    expect(() => tracingRequested({ OTEL_TRACES_EXPORTER: 'otlp,jaeger' })).toThrow(/OTEL_TRACES_EXPORTER .*"otlp,jaeger"/);
  });
});

describe('tracingServiceName', () => {
  it('takes OTEL_SERVICE_NAME over the service default', () => {
    expect(tracingServiceName({}, 'samsyn-vgr')).toBe('samsyn-vgr');
    expect(tracingServiceName({ OTEL_SERVICE_NAME: ' ' }, 'samsyn-vgr')).toBe('samsyn-vgr');
    expect(tracingServiceName({ OTEL_SERVICE_NAME: 'vgr-prod' }, 'samsyn-vgr')).toBe('vgr-prod');
  });
});
