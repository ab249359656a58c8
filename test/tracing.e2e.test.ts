// One trace across gateway → subgraph → database: Samsyn started with tracing on in every service, exporting
// OTLP/HTTP JSON to a receiver in the test; the web application's patient picture is sent through the gateway and
// its spans are followed. Runs on the real PostgreSQL server when it answers (pg's instrumentation, and reads whose
// text carries the personnummer written inline), else on PGlite (Samsyn's own statement spans).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redact } from '../platform/logging/redact.js';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from '../platform/testing/otlpReceiver.js';
import { SamsynUnderTest } from './support/samsynUnderTest.js';
import { postgresReachable, type DatabaseKind } from './support/testDatabases.js';

const demoPatient = '191212121212';
const patientbild = readFileSync(new URL('../web/app/pages/patient/patientbild.graphql', import.meta.url), 'utf8');
// CI requires the server (SAMSYN_REQUIRE_POSTGRES=1): then a server that does not answer fails the start, not the kind.
const kind: DatabaseKind = process.env['SAMSYN_REQUIRE_POSTGRES'] === '1' || (await postgresReachable()) ? 'postgres' : 'pglite';
const services = ['samsyn-gateway', 'samsyn-vgr', 'samsyn-kommun', 'samsyn-samverkan'];
const subgraphServices = services.slice(1);
const serverKind = 2;

/** Every text a span carries: its name, attribute values (arrays item by item), event attributes, status message. */
function textsOf(span: ReceivedSpan): string[] {
  const values = [span.attributes, ...span.events.map((event) => event.attributes)].flatMap((attributes) => Object.values(attributes).flat());
  return [span.name, span.statusMessage ?? '', ...values.filter((value): value is string => typeof value === 'string')];
}

/** The text and, when it is percent-encoded, the text decoded: a URL's query hides a personnummer in `%22…%22`. */
function readings(text: string): string[] {
  try {
    return [text, decodeURIComponent(text)];
  } catch {
    return [text];
  }
}

/** Fails on any text of any span received so far that the log's masking (redact.ts) would change. */
function expectNoPersonnummer(spans: ReceivedSpan[]): void {
  for (const span of spans) for (const text of textsOf(span).flatMap(readings)) expect(redact(text), `${span.service} ${span.name}`).toBe(text);
}

async function eventually<T>(find: () => T | undefined, timeoutMs: number, what: string, seen: () => string = () => ''): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${seen()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe(`tracing end to end on ${kind}`, () => {
  let receiver: OtlpReceiver;
  let samsyn: SamsynUnderTest;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    samsyn = await SamsynUnderTest.start(kind, {
      env: {
        OTEL_TRACES_EXPORTER: 'otlp',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
        OTEL_BSP_SCHEDULE_DELAY: '100',
      },
    });
  }, 180_000);

  afterAll(async () => {
    await samsyn?.stop();
    await receiver?.close();
  }, 60_000);

  /** The gateway's `request` log line of the request whose answer carried `requestId`. */
  const gatewayRequestLine = (requestId: string | undefined) => {
    const gatewayLines = () => samsyn.output.filter((output) => output.startsWith('[gateway] {'));
    return eventually(
      () =>
        gatewayLines()
          .map((output) => JSON.parse(output.slice('[gateway] '.length)) as Record<string, unknown>)
          .find((fields) => fields['message'] === 'request' && fields['requestId'] === requestId),
      15_000,
      `the gateway's request line of request ${requestId}`,
      () => gatewayLines().slice(-5).join('\n'),
    );
  };

  it('follows a patient picture as one trace through the gateway, the three subgraphs and their databases', async () => {
    const answer = await samsyn.query(patientbild, { id: demoPatient });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!['patient'].id).toBe(demoPatient);

    // The gateway's one line for the request names its trace.
    const traceId = (await gatewayRequestLine(answer.requestId))['traceId'];
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);

    const inTrace = () => receiver.spans.filter((span) => span.traceId === traceId);
    const databaseSpans = (spans: ReceivedSpan[]) => spans.filter((span) => span.attributes['db.system.name'] === 'postgresql');
    const spans = await eventually(
      () => {
        const current = inTrace();
        const seen = new Set(current.map((span) => span.service));
        const servers = current.filter((span) => span.kind === serverKind);
        const ids = new Set(current.map((span) => span.spanId));
        // The gateway's spans end after the subgraphs' and may come in a later export.
        const complete =
          services.every((service) => seen.has(service)) &&
          servers.some((span) => span.service === 'samsyn-gateway') &&
          servers.every((span) => span.service === 'samsyn-gateway' || ids.has(span.parentSpanId ?? '')) &&
          subgraphServices.every((service) => servers.some((span) => span.service === service) && databaseSpans(current).some((span) => span.service === service));
        return complete ? current : undefined;
      },
      15_000,
      'spans of every service in the trace',
      () => receiver.spans.map((span) => `${span.traceId === traceId ? 'in ' : 'out'} ${span.service} ${span.kind} ${span.name} ${span.spanId}<-${span.parentSpanId ?? ''}`).join('\n'),
    );

    // Each subgraph's server span is the child of a span of the gateway (its undici fetch): propagated traceparent.
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    const subgraphServers = spans.filter((span) => span.kind === serverKind && subgraphServices.includes(span.service));
    for (const server of subgraphServers) expect(byId.get(server.parentSpanId ?? '')?.service, `parent of ${server.service}'s ${server.name}`).toBe('samsyn-gateway');
    expect(spans.some((span) => span.kind === serverKind && span.service === 'samsyn-gateway' && span.attributes['url.path'] === '/graphql')).toBe(true);

    // Every GraphQL request any service received while the test ran belongs to that one trace.
    const graphqlServers = receiver.spans.filter((span) => span.kind === serverKind && span.attributes['url.path'] === '/graphql');
    expect(new Set(graphqlServers.map((span) => span.traceId))).toEqual(new Set([traceId]));

    // A database span under a subgraph's request.
    const ancestorService = (span: ReceivedSpan): string | undefined => {
      let current: ReceivedSpan | undefined = span;
      while (current && current.kind !== serverKind) current = byId.get(current.parentSpanId ?? '');
      return current?.service;
    };
    for (const service of subgraphServices) expect(databaseSpans(spans).some((span) => span.service === service && ancestorService(span) === service)).toBe(true);

    // No personnummer in any span, by the rule of the log (redact.ts); SQL parameters are bound, so a statement's
    // text holds placeholders, never the patient's personnummer.
    expectNoPersonnummer(receiver.spans);
    if (kind === 'postgres') expect(databaseSpans(spans).some((span) => /\$1\b/.test(String(span.attributes['db.query.text'])))).toBe(true);
  }, 60_000);

  it("continues a client's trace context, but not one whose ids look like a personnummer", async () => {
    const clientTrace = '4bf92f3577b34da6a3ce929d0e0e4736';
    const continued = await samsyn.query('{ kommuner { kod } }', {}, { headers: { traceparent: `00-${clientTrace}-00f067aa0ba902b7-01` } });
    expect(continued).toMatchObject({ status: 200, requestId: expect.any(String) });
    expect((await gatewayRequestLine(continued.requestId))['traceId']).toBe(clientTrace);

    const suspicious = await samsyn.query('{ kommuner { kod } }', {}, { headers: { traceparent: '00-0000000000000000000a191212121212-00f067aa0ba902b7-01' } });
    expect(suspicious).toMatchObject({ status: 200, requestId: expect.any(String) });
    const ownTrace = (await gatewayRequestLine(suspicious.requestId))['traceId'];
    expect(ownTrace).toMatch(/^[0-9a-f]{32}$/);
    expect(ownTrace).not.toContain('191212121212');
  }, 30_000);

  it('masks a personnummer that a URL carries percent-encoded (GraphQL over GET)', async () => {
    const variables = encodeURIComponent(JSON.stringify({ id: demoPatient }));
    const query = encodeURIComponent('query Get($id: ID!) { patient(id: $id) { id } }');
    await fetch(`${samsyn.gatewayUrl}?query=${query}&variables=${variables}`, {
      headers: { authorization: `Bearer ${await samsyn.token()}`, 'x-samsyn-atkomstgrund': 'samtycke', 'apollo-require-preflight': 'true' },
    });
    const span = await eventually(
      () => receiver.spans.find((received) => received.kind === serverKind && received.service === 'samsyn-gateway' && received.attributes['http.request.method'] === 'GET'),
      10_000,
      "the gateway's span of the GET",
    );
    expect(String(span.attributes['url.query'])).toContain('variables=');
    expectNoPersonnummer(receiver.spans);
  }, 30_000);
});
