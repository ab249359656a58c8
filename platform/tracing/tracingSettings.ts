// Whether a service traces, read from the standard OpenTelemetry variables: off unless an exporter is named, so a
// start without OTEL_* loads nothing of the SDK.
import { ConfigurationError } from '../config/environment.js';
import { optionalTextVariable, optionalWholeNumberVariable } from '../config/variables.js';

/** The batching variables of the specification (NodeSDK reads them only for the exporters it builds itself). */
export const batchVariables = {
  OTEL_BSP_SCHEDULE_DELAY: optionalWholeNumberVariable(0, 3_600_000),
  OTEL_BSP_EXPORT_TIMEOUT: optionalWholeNumberVariable(0, 3_600_000),
  OTEL_BSP_MAX_QUEUE_SIZE: optionalWholeNumberVariable(1, 1_000_000),
  OTEL_BSP_MAX_EXPORT_BATCH_SIZE: optionalWholeNumberVariable(1, 1_000_000),
};

/**
 * The OpenTelemetry variables Samsyn reads itself, part of every service's configuration; the exporters read their
 * own (OTEL_EXPORTER_OTLP_ENDPOINT, _HEADERS, …) and the SDK its resource and sampler variables.
 */
export const tracingVariables = {
  OTEL_TRACES_EXPORTER: optionalTextVariable(),
  OTEL_SDK_DISABLED: optionalTextVariable(),
  OTEL_SERVICE_NAME: optionalTextVariable(),
  OTEL_EXPORTER_OTLP_PROTOCOL: optionalTextVariable(),
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: optionalTextVariable(),
  ...batchVariables,
};

/** The exporters a service builds from OTEL_TRACES_EXPORTER (traceExporters.ts). */
const knownExporters = ['otlp', 'console', 'none'];

/**
 * True when `OTEL_TRACES_EXPORTER` names an exporter (not `none`) and `OTEL_SDK_DISABLED` is not `true`. A name the
 * SDK does not know stops the start: it would otherwise trace into nothing.
 */
export function tracingRequested(env: NodeJS.ProcessEnv): boolean {
  return requestedExporters(env).length > 0;
}

/** The exporters OTEL_TRACES_EXPORTER names, none when tracing is off; an unknown name is a ConfigurationError. */
export function requestedExporters(env: NodeJS.ProcessEnv): string[] {
  if (env['OTEL_SDK_DISABLED']?.trim().toLowerCase() === 'true') return [];
  const exporters = (env['OTEL_TRACES_EXPORTER'] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = exporters.filter((name) => !knownExporters.includes(name));
  if (unknown.length > 0) throw new ConfigurationError(`OTEL_TRACES_EXPORTER must name exporters among ${knownExporters.join(', ')}, got "${env['OTEL_TRACES_EXPORTER']}"`);
  return exporters.includes('none') ? [] : exporters;
}

/** `OTEL_SERVICE_NAME` when set, else the service's own default (samsyn-gateway, samsyn-vgr, …). */
export function tracingServiceName(env: NodeJS.ProcessEnv, fallback: string): string {
  return env['OTEL_SERVICE_NAME']?.trim() || fallback;
}
