// A span per SQL statement where no library instrumentation sees it (PGlite runs in the process): the statement
// text as compiled, with `$1`-style placeholders and never the parameter values. Through @opentelemetry/api only,
// so with tracing off it is a no-op that costs a lookup of the active span.
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

const tracer = trace.getTracer('samsyn-database');

/** The statement's first word, upper case (SELECT, INSERT, BEGIN…), as pg's instrumentation names its spans. */
export function statementOperation(sqlText: string): string {
  return /^\s*\(*\s*([A-Za-z]+)/.exec(sqlText)?.[1]?.toUpperCase() ?? 'QUERY';
}

/** Runs `run` in a client span `pglite.query:<OPERATION>` when a request's span is active; else just runs it. */
export function traceStatement<T>(sqlText: string, run: () => Promise<T>): Promise<T> {
  // Only under a request's span, like pg's instrumentation (requireParentSpan): not the seed or migrations. Not an
  // async function itself, so that with tracing off a statement costs no extra promise.
  if (!trace.getActiveSpan()?.isRecording()) return run();
  return inStatementSpan(sqlText, run);
}

async function inStatementSpan<T>(sqlText: string, run: () => Promise<T>): Promise<T> {
  const operation = statementOperation(sqlText);
  const span = tracer.startSpan(`pglite.query:${operation}`, {
    kind: SpanKind.CLIENT,
    attributes: { 'db.system.name': 'postgresql', 'db.operation.name': operation, 'db.query.text': sqlText },
  });
  try {
    return await run();
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
    throw error;
  } finally {
    span.end();
  }
}
