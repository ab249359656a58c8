// Whether a service traces, read from the standard OpenTelemetry variables: off unless an exporter is named, so a
// start without OTEL_* loads nothing of the SDK.

/** True when `OTEL_TRACES_EXPORTER` names an exporter (not `none`) and `OTEL_SDK_DISABLED` is not `true`. */
export function tracingRequested(env: NodeJS.ProcessEnv): boolean {
  if (env['OTEL_SDK_DISABLED']?.trim().toLowerCase() === 'true') return false;
  const exporters = (env['OTEL_TRACES_EXPORTER'] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return exporters.length > 0 && !exporters.includes('none');
}

/** `OTEL_SERVICE_NAME` when set, else the service's own default (samsyn-gateway, samsyn-vgr, …). */
export function tracingServiceName(env: NodeJS.ProcessEnv, fallback: string): string {
  return env['OTEL_SERVICE_NAME']?.trim() || fallback;
}
