import { SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { describe, expect, it } from 'vitest';
import { RedactingSpanProcessor, redactAttributeValue, redactText } from './redactingSpanProcessor.js';

const personnummer = /(?<!\d)(\d{2})?(\d{6})[-+]?(\d{4})(?!\d)/;

function tracedWith(processorsFirst: boolean) {
  const exporter = new InMemorySpanExporter();
  const exporting = new SimpleSpanProcessor({ exporter });
  // Its place in the list does not matter: every processor's onEnding runs before any processor's onEnd.
  const spanProcessors = processorsFirst ? [new RedactingSpanProcessor(), exporting] : [exporting, new RedactingSpanProcessor()];
  return { exporter, tracer: new TracerProvider({ spanProcessors }).getTracer('test') };
}

describe('RedactingSpanProcessor', () => {
  for (const first of [true, false]) {
    it(`masks personnummer in attributes, events, status and name before export (redactor ${first ? 'first' : 'last'})`, () => {
      const { exporter, tracer } = tracedWith(first);
      const span = tracer.startSpan('read 191212121212', { attributes: { 'db.query.text': "SELECT * FROM patient WHERE personnummer = '191212121212'" } });
      span.setAttribute('url.query', 'variables={"id":"19121212-1212"}');
      span.setAttribute('samsyn.ids', ['121212-1212', 'avv-000123']);
      span.setAttribute('db.response.returned_rows', 1);
      span.recordException(new Error('no patient 199006022397'));
      span.setStatus({ code: SpanStatusCode.ERROR, message: 'invalid input "194408139089"' });
      span.end();

      const [exported] = exporter.getFinishedSpans();
      const text = JSON.stringify({ name: exported!.name, attributes: exported!.attributes, events: exported!.events.map((event) => event.attributes), status: exported!.status });
      expect(text).not.toMatch(personnummer);
      expect(exported!.attributes['db.query.text']).toBe("SELECT * FROM patient WHERE personnummer = '1912****-****'");
      expect(exported!.attributes['samsyn.ids']).toEqual(['12****-****', 'avv-000123']);
      expect(exported!.attributes['db.response.returned_rows']).toBe(1);
      expect(exported!.status).toEqual({ code: SpanStatusCode.ERROR, message: 'invalid input "1944****-****"' });
      expect(exported!.events[0]!.attributes!['exception.message']).toBe('no patient 1990****-****');
    });
  }

  it('leaves a span without personnummer as it was', () => {
    const { exporter, tracer } = tracedWith(true);
    tracer.startSpan('POST', { attributes: { 'url.path': '/graphql', 'http.response.status_code': 200 } }).end();
    expect(exporter.getFinishedSpans()[0]!.attributes).toEqual({ 'url.path': '/graphql', 'http.response.status_code': 200 });
  });
});

describe('redactAttributeValue', () => {
  it('returns the very value when nothing is masked', () => {
    const list = ['2026-11-23', 'avv-000123'];
    expect(redactAttributeValue(list)).toBe(list);
    expect(redactAttributeValue('x 191212121212')).toBe('x 1912****-****');
    expect(redactAttributeValue(true)).toBe(true);
  });
});

describe('redactText', () => {
  it('masks a personnummer hidden by percent-encoding, as a query string carries GraphQL variables', () => {
    const query = 'query=%7B%20patient(id%3A%20%24id)%20%7B%20id%20%7D%20%7D&variables=%7B%22id%22%3A%22191212121212%22%7D';
    const masked = redactText(query);
    expect(decodeURIComponent(masked)).not.toMatch(personnummer);
    expect(masked).not.toContain('191212121212');
    expect(masked).toContain('"id":"1912****-****"');
  });

  it('leaves encoded text without a personnummer encoded, and text that does not decode as it is', () => {
    expect(redactText('query=%7B%20kommuner%20%7B%20kod%20%7D%20%7D')).toBe('query=%7B%20kommuner%20%7B%20kod%20%7D%20%7D');
    expect(redactText('100% sure, 191212121212')).toBe('100% sure, 1912****-****');
  });
});
