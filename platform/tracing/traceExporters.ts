// The span exporters OTEL_TRACES_EXPORTER names, built here rather than by NodeSDK so that the personnummer-masking
// processor can stand in front of them through the SDK's public `spanProcessors` option. Each exporter reads its
// own standard variables (OTEL_EXPORTER_OTLP_ENDPOINT, _HEADERS, …); OTEL_BSP_* set the batching.
import { BatchSpanProcessor, ConsoleSpanExporter, SimpleSpanProcessor, type SpanExporter, type SpanProcessor } from '@opentelemetry/sdk-trace';
import { ConfigurationError } from '../config/configurationError.js';
import { readConfiguration } from '../config/variables.js';
import { batchVariables } from './tracingSettings.js';

export const otlpProtocols = ['http/protobuf', 'http/json', 'grpc'] as const;

export type OtlpProtocol = (typeof otlpProtocols)[number];

/** OTEL_EXPORTER_OTLP_TRACES_PROTOCOL, else OTEL_EXPORTER_OTLP_PROTOCOL, else the specification's default. */
export function otlpProtocol(env: NodeJS.ProcessEnv): OtlpProtocol {
  const variable = env['OTEL_EXPORTER_OTLP_TRACES_PROTOCOL']?.trim() ? 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL' : 'OTEL_EXPORTER_OTLP_PROTOCOL';
  const raw = env[variable]?.trim() || 'http/protobuf';
  if (!(otlpProtocols as readonly string[]).includes(raw)) {
    throw new ConfigurationError(`${variable} must be one of ${otlpProtocols.join(', ')}, got "${raw}"`, [variable]);
  }
  return raw as OtlpProtocol;
}

async function otlpExporter(protocol: OtlpProtocol): Promise<SpanExporter> {
  switch (protocol) {
    case 'http/json':
      return new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter();
    case 'grpc':
      return new (await import('@opentelemetry/exporter-trace-otlp-grpc')).OTLPTraceExporter();
    case 'http/protobuf':
      return new (await import('@opentelemetry/exporter-trace-otlp-proto')).OTLPTraceExporter();
  }
}

function batchOptions(env: NodeJS.ProcessEnv) {
  const values = readConfiguration(batchVariables, env);
  return {
    ...(values.OTEL_BSP_SCHEDULE_DELAY === undefined ? {} : { scheduledDelayMillis: values.OTEL_BSP_SCHEDULE_DELAY }),
    ...(values.OTEL_BSP_EXPORT_TIMEOUT === undefined ? {} : { exportTimeoutMillis: values.OTEL_BSP_EXPORT_TIMEOUT }),
    ...(values.OTEL_BSP_MAX_QUEUE_SIZE === undefined ? {} : { maxQueueSize: values.OTEL_BSP_MAX_QUEUE_SIZE }),
    ...(values.OTEL_BSP_MAX_EXPORT_BATCH_SIZE === undefined ? {} : { maxExportBatchSize: values.OTEL_BSP_MAX_EXPORT_BATCH_SIZE }),
  };
}

/** One processor per named exporter: batched for OTLP, at once for the console (a person reads it as it happens). */
export async function exportingProcessors(exporterNames: readonly string[], env: NodeJS.ProcessEnv): Promise<SpanProcessor[]> {
  const processors: SpanProcessor[] = [];
  for (const name of exporterNames) {
    if (name === 'console') processors.push(new SimpleSpanProcessor({ exporter: new ConsoleSpanExporter() }));
    else if (name === 'otlp') processors.push(new BatchSpanProcessor({ exporter: await otlpExporter(otlpProtocol(env)), ...batchOptions(env) }));
  }
  return processors;
}
