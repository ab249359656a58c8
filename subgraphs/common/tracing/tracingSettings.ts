// Whether a service traces, read from the standard OpenTelemetry variables: off unless an exporter is named, so a
// start without OTEL_* loads nothing of the SDK.
import { ConfigurationError } from '../config/environment.js';

/** The exporters NodeSDK builds from OTEL_TRACES_EXPORTER; it would skip any other name with a warning. */
const knownExporters = ['otlp', 'console', 'zipkin', 'none'];

/**
 * True when `OTEL_TRACES_EXPORTER` names an exporter (not `none`) and `OTEL_SDK_DISABLED` is not `true`. A name the
 * SDK does not know stops the start: it would otherwise trace into nothing.
 */
export function tracingRequested(env: NodeJS.ProcessEnv): boolean {
  if (env['OTEL_SDK_DISABLED']?.trim().toLowerCase() === 'true') return false;
  const exporters = (env['OTEL_TRACES_EXPORTER'] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = exporters.filter((name) => !knownExporters.includes(name));
  if (unknown.length > 0) throw new ConfigurationError(`OTEL_TRACES_EXPORTER must name exporters among ${knownExporters.join(', ')}, got "${env['OTEL_TRACES_EXPORTER']}"`);
  return exporters.length > 0 && !exporters.includes('none');
}

/** `OTEL_SERVICE_NAME` when set, else the service's own default (samsyn-gateway, samsyn-vgr, …). */
export function tracingServiceName(env: NodeJS.ProcessEnv, fallback: string): string {
  return env['OTEL_SERVICE_NAME']?.trim() || fallback;
}
