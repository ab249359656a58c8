import { ROOT_CONTEXT, defaultTextMapGetter, defaultTextMapSetter, trace, TraceFlags } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { PersonnummerSafePropagator } from './personnummerSafePropagator.js';

const propagator = new PersonnummerSafePropagator();
const extract = (headers: Record<string, string>) => trace.getSpanContext(propagator.extract(ROOT_CONTEXT, headers, defaultTextMapGetter));

describe('PersonnummerSafePropagator', () => {
  it("continues a caller's W3C trace context", () => {
    const remote = extract({ traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', tracestate: 'vendor=abc' });
    expect(remote).toMatchObject({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', isRemote: true });
  });

  it('starts afresh instead of continuing a trace id, parent id or tracestate that holds a personnummer', () => {
    expect(extract({ traceparent: '00-0000000000000000000a191212121212-00f067aa0ba902b7-01' })).toBeUndefined();
    expect(extract({ traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-a191212121212abc-01' })).toBeUndefined();
    expect(extract({ traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', tracestate: 'pnr=19121212-1212' })).toBeUndefined();
  });

  it('sends the W3C traceparent header and no baggage', () => {
    const headers: Record<string, string> = {};
    const context = trace.setSpanContext(ROOT_CONTEXT, { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', traceFlags: TraceFlags.SAMPLED });
    propagator.inject(context, headers, defaultTextMapSetter);
    expect(headers).toEqual({ traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' });
    expect(propagator.fields()).not.toContain('baggage');
  });
});
