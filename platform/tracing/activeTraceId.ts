// The trace a log line belongs to, so a line can be found from a trace and a trace from a line.
import { isSpanContextValid, trace } from '@opentelemetry/api';

/** The active span's trace id when tracing is on and a valid span is active; otherwise undefined. */
export function activeTraceId(): string | undefined {
  const spanContext = trace.getActiveSpan()?.spanContext();
  return spanContext && isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
}
