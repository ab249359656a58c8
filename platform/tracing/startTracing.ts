// OpenTelemetry tracing of a service process, on only when the standard OTEL_* variables ask for it
// (tracingSettings.ts): the SDK and its instrumentations are imported then and only then, so a start without them
// pays nothing. Called by each entry file before it imports the service, because the instrumentations patch
// `http` and `pg` as those are loaded.
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { createLogger } from '../logging/logger.js';
import { requestedExporters, tracingServiceName } from './tracingSettings.js';

/** What a service process needs of a started SDK: its last spans sent on the way out. */
interface StartedSdk {
  shutdown(): Promise<void>;
}

let started: StartedSdk | undefined;

/** How long a stop waits for the last spans to go out: an exporter whose collector is gone must not hold the exit. */
const shutdownLimitMs = 3000;

/** Routes that are asked every few seconds by orchestrators and `npm start`: traces of them would bury the requests. */
export function isHealthOrMetricsPath(url: string | undefined): boolean {
  const path = (url ?? '').split('?')[0]!;
  return path === '/metrics' || path === '/health' || path.startsWith('/health/');
}

/**
 * Starts the SDK when tracing is asked for: traces exported per OTEL_TRACES_EXPORTER and the OTLP variables, W3C
 * trace context propagated (personnummerSafePropagator.ts), spans of incoming and outgoing HTTP, of the gateway's undici
 * fetches and of `pg` statements; metrics and logs stay with /metrics and the JSON log.
 */
export async function startTracing(defaultServiceName: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const exporterNames = requestedExporters(env);
  if (started || exporterNames.length === 0) return false;
  const [
    { NodeSDK },
    { HttpInstrumentation },
    { UndiciInstrumentation },
    { PgInstrumentation },
    { RedactingSpanProcessor },
    { PersonnummerFreeIdGenerator },
    { PersonnummerSafePropagator },
    { exportingProcessors },
  ] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-undici'),
    import('@opentelemetry/instrumentation-pg'),
    import('./redactingSpanProcessor.js'),
    import('./personnummerFreeIds.js'),
    import('./personnummerSafePropagator.js'),
    import('./traceExporters.js'),
  ]);
  const sdk = new NodeSDK({
    serviceName: tracingServiceName(env, defaultServiceName),
    // Ids the log's masking leaves whole, and no client-chosen id that looks like a personnummer.
    idGenerator: new PersonnummerFreeIdGenerator(),
    textMapPropagator: new PersonnummerSafePropagator(),
    metricReaders: [],
    logRecordProcessors: [],
    // Masking first: its onEnding runs before any exporting processor sees the span.
    spanProcessors: [new RedactingSpanProcessor(), ...(await exportingProcessors(exporterNames, env))],
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => isHealthOrMetricsPath(request.url), requireParentforOutgoingSpans: true }),
      // Only a request's fetches: the gateway's health checks of its subgraphs have no parent.
      new UndiciInstrumentation({ requireParentforSpans: true }),
      // Only a request's statements: a seed or migration at start would otherwise be thousands of traces.
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  sdk.start();
  patchHttpForEsm();
  started = sdk;
  return true;
}

/**
 * startTracing for an entry file that has no error handler of its own yet (a subgraph's, before it imports
 * runSubgraphMain): a failure is logged as the service's "could not start", and the process ends with 1.
 */
export async function startTracingOrExit(service: string, env: NodeJS.ProcessEnv): Promise<void> {
  try {
    await startTracing(`samsyn-${service}`, env);
  } catch (error) {
    createLogger({ service }).error('could not start', { error });
    process.exit(1);
  }
}

/** Sends the spans not yet exported and stops the SDK; nothing when tracing is off. Bounded by shutdownLimitMs. */
export async function stopTracing(): Promise<void> {
  const sdk = started;
  started = undefined;
  if (!sdk) return;
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, shutdownLimitMs);
    timer.unref();
  });
  await Promise.race([sdk.shutdown().catch(() => undefined), limit]);
  clearTimeout(timer);
}

/**
 * The instrumentations patch a module when it is `require`d (no ESM loader hook is registered: none is needed for
 * `pg`, a CommonJS package even when imported). `http` and `https` are imported as ESM everywhere here, so a
 * service with no CommonJS dependency that requires them (the subgraphs) would never be patched: require them
 * here, which patches `Server.prototype.emit` (incoming requests), and copy the patched `request`/`get` to the
 * ESM named exports.
 */
function patchHttpForEsm(): void {
  const require = createRequire(import.meta.url);
  require('node:http');
  require('node:https');
  syncBuiltinESMExports();
}
