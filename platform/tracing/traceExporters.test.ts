import { BatchSpanProcessor, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import { describe, expect, it } from 'vitest';
import { exportingProcessors, otlpProtocol } from './traceExporters.js';

describe('otlpProtocol', () => {
  it('follows the specification: the traces variable, then the general one, then http/protobuf', () => {
    expect(otlpProtocol({})).toBe('http/protobuf');
    expect(otlpProtocol({ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toBe('grpc');
    expect(otlpProtocol({ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc', OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json' })).toBe('http/json');
  });

  it('refuses another protocol, naming the variable it came from', () => {
    expect(() => otlpProtocol({ OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'thrift' })).toThrow(/OTEL_EXPORTER_OTLP_TRACES_PROTOCOL must be one of .*"thrift"/);
  });
});

describe('exportingProcessors', () => {
  it('batches OTLP exports and prints console spans at once', async () => {
    const processors = await exportingProcessors(['console', 'otlp'], { OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_BSP_SCHEDULE_DELAY: '100' });
    expect(processors.map((processor) => processor.constructor)).toEqual([SimpleSpanProcessor, BatchSpanProcessor]);
    await Promise.all(processors.map((processor) => processor.shutdown()));
  });

  it('refuses a batching variable that is not a whole number, naming it', async () => {
    await expect(exportingProcessors(['otlp'], { OTEL_BSP_SCHEDULE_DELAY: 'soon' })).rejects.toThrow(/OTEL_BSP_SCHEDULE_DELAY must be a whole number/);
  });
});
