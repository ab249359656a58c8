// No personnummer leaves a service in a span: a URL's query string, an error message or a SQL text written by hand
// can hold one. This processor masks them (logging/redact.ts, the same rule as the log) while the span is still writable,
// before any exporter sees it.
import type { AttributeValue, Attributes } from '@opentelemetry/api';
import type { Span, SpanProcessor } from '@opentelemetry/sdk-trace';
import { redact } from '../logging/redact.js';

/**
 * A string, or each string of an array, with personnummer and tokens masked; other values as they are. The same
 * value (by identity) when nothing was masked, so the caller touches only what changed.
 */
export function redactAttributeValue<Value extends AttributeValue | undefined>(value: Value): Value {
  if (typeof value === 'string') {
    const masked = redactText(value);
    return (masked === value ? value : masked) as Value;
  }
  if (Array.isArray(value)) {
    const masked = value.map((item: unknown) => (typeof item === 'string' ? redactText(item) : item));
    return (masked.every((item, index) => item === value[index]) ? value : masked) as Value;
  }
  return value;
}

/**
 * `redact`, also through percent-encoding: a URL's query carries `"191212121212"` as `%22191212121212%22`, whose
 * digits run on into the encoding's and so do not stand apart as a personnummer. When the decoded text holds one,
 * the decoded text is kept, masked.
 */
export function redactText(text: string): string {
  const masked = redact(text);
  if (!text.includes('%')) return masked;
  let decoded: string;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    return masked;
  }
  const maskedDecoded = redact(decoded);
  return maskedDecoded !== decoded ? maskedDecoded : masked;
}

function redactInPlace(attributes: Attributes | undefined): void {
  if (!attributes) return;
  for (const [key, value] of Object.entries(attributes)) {
    const masked = redactAttributeValue(value);
    if (masked !== value) attributes[key] = masked;
  }
}

export class RedactingSpanProcessor implements SpanProcessor {
  onStart(): void {}

  /** Called before the span ends, so the span's own setters still work; exporters get it in onEnd, after this. */
  onEnding(span: Span): void {
    const name = redactText(span.name);
    if (name !== span.name) span.updateName(name);
    for (const [key, value] of Object.entries(span.attributes)) {
      const masked = redactAttributeValue(value);
      if (masked !== value && masked !== undefined) span.setAttribute(key, masked);
    }
    // Exception events carry the error's message and stack.
    for (const event of span.events) redactInPlace(event.attributes);
    for (const link of span.links) redactInPlace(link.attributes);
    const message = span.status.message;
    if (message !== undefined && redactText(message) !== message) span.setStatus({ code: span.status.code, message: redactText(message) });
  }

  onEnd(): void {}

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
