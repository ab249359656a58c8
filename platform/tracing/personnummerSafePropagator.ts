// W3C trace context between the services, so a subgraph's spans join the gateway's trace. A trace id, parent id
// or tracestate that a client sends is exported and logged as it is: one that looks like a personnummer is not
// continued (the request starts a trace of its own). Baggage is not propagated: nothing in Samsyn reads it, and a
// client's baggage would otherwise travel on to every subgraph.
import { trace, type Context, type TextMapGetter, type TextMapPropagator, type TextMapSetter } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { maskedByLog } from './personnummerFreeIds.js';

export class PersonnummerSafePropagator implements TextMapPropagator {
  readonly #w3c = new W3CTraceContextPropagator();

  inject(context: Context, carrier: unknown, setter: TextMapSetter): void {
    this.#w3c.inject(context, carrier, setter);
  }

  extract(context: Context, carrier: unknown, getter: TextMapGetter): Context {
    const extracted = this.#w3c.extract(context, carrier, getter);
    const remote = trace.getSpanContext(extracted);
    if (!remote) return extracted;
    const carried = [remote.traceId, remote.spanId, remote.traceState?.serialize() ?? ''];
    return carried.some(maskedByLog) ? context : extracted;
  }

  fields(): string[] {
    return this.#w3c.fields();
  }
}
