// Tracing in a test process: the SDK (async context included) with its spans kept in memory to be inspected.
import { NodeSDK } from '@opentelemetry/sdk-node';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';

export interface InMemoryTracing {
  exporter: InMemorySpanExporter;
  stop(): Promise<void>;
}

export function startInMemoryTracing(): InMemoryTracing {
  const exporter = new InMemorySpanExporter();
  const sdk = new NodeSDK({
    serviceName: 'samsyn-test',
    autoDetectResources: false,
    metricReaders: [],
    logRecordProcessors: [],
    spanProcessors: [new SimpleSpanProcessor({ exporter })],
  });
  sdk.start();
  return { exporter, stop: () => sdk.shutdown() };
}
