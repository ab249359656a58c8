// The other proof a subgraph accepts, for a standard router in front (Apollo Router, Hive Gateway): the subgraphs
// served over HTTPS, the gateway known by its client certificate alone, no signed assertions anywhere. The whole
// federation works through it; straight at a subgraph, no client certificate, or one of a CA it does not trust,
// gets the public fields only. Run on PGlite only: what is tested is the connection, not the database.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, request } from 'undici';
import { SamsynUnderTest } from './support/samsynUnderTest.js';
import { nosamGoteborg } from './support/hostileCorpus.js';
import { makeTestCertificates, type TestCertificates } from './support/testCertificates.js';

let certificates: TestCertificates;
let samsyn: SamsynUnderTest;

beforeAll(async () => {
  certificates = makeTestCertificates();
  samsyn = await SamsynUnderTest.start('pglite', { mutualTls: certificates });
}, 300_000);

afterAll(async () => {
  await samsyn?.stop();
  if (certificates) rmSync(certificates.directory, { recursive: true, force: true });
}, 60_000);

const pseudonyms = '{ _entities(representations: [{ __typename: "Naromrade", id: "1480-angered" }]) { ... on Naromrade { regionensPatientpseudonymer } } }';

/** Sends `query` to vgr over TLS, with `client` as the client certificate (or none). */
async function askVgr(query: string, client: { cert: string; key: string } | null, headers: Record<string, string> = {}) {
  const dispatcher = new Agent({ connect: { ca: certificates.pem(certificates.caCert), ...(client ? { cert: certificates.pem(client.cert), key: certificates.pem(client.key) } : {}) } });
  try {
    const answer = await request(samsyn.subgraphUrl('vgr'), {
      method: 'POST',
      dispatcher,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await samsyn.token(nosamGoteborg)}`, ...headers },
      body: JSON.stringify({ query }),
    });
    const body = (await answer.body.json()) as { data?: Record<string, any>; errors?: { extensions?: Record<string, unknown> }[] };
    return { status: answer.statusCode, body };
  } finally {
    await dispatcher.close();
  }
}

describe('subgraphs behind mutual TLS', () => {
  it('serve the whole federation to the gateway that presents its client certificate', async () => {
    expect(samsyn.subgraphUrl('vgr')).toMatch(/^https:/);
    const health = await (await fetch(`http://127.0.0.1:${samsyn.ports.gateway}/health`)).json();
    expect(health).toMatchObject({ status: 'ok', subgraphs: { vgr: 'ok', kommun: 'ok', samverkan: 'ok' } });
    const picture = await samsyn.query(`{ patient(id: "191212121212") { id listning { listadSedan } hemsjukvard { inskrivenFran } sipar { id } } }`);
    expect(picture.errors).toBeUndefined();
    expect(picture.data!['patient'].listning).not.toBeNull();
    expect(picture.data!['patient'].hemsjukvard).not.toBeNull();
    // The region's pseudonyms reach the kommun through the gateway's own @requires fetch, and are counted there.
    const counts = await samsyn.query(`{ naromrade(id: "1480-angered") { antalPatienterMedInsatserFranBada { varde undertryckt } } }`, {}, { token: await samsyn.token(nosamGoteborg) });
    expect(counts.errors).toBeUndefined();
    expect(counts.data!['naromrade'].antalPatienterMedInsatserFranBada).not.toBeNull();
  });

  it('answer the internal surface to the gateway’s certificate only, and the public fields to anyone with a token', async () => {
    const asGateway = await askVgr(pseudonyms, { cert: certificates.gatewayCert, key: certificates.gatewayKey });
    expect(asGateway.status).toBe(200);
    expect(typeof asGateway.body.data!['_entities'][0].regionensPatientpseudonymer).toBe('string');
    for (const client of [null, { cert: certificates.strangerCert, key: certificates.strangerKey }]) {
      const refused = await askVgr(pseudonyms, client);
      expect(refused.status).toBe(403);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'GATEWAY_ONLY' });
      expect(JSON.stringify(refused.body)).not.toContain('regionensPatientpseudonymer":"');
      const open = await askVgr('{ vardcentraler(kommunkod: "1480") { namn } }', client);
      expect(open.status).toBe(200);
      expect(open.body.data!['vardcentraler'].length).toBeGreaterThan(0);
    }
  });

  it('take no signed assertion when they trust the gateway by its certificate', async () => {
    const answer = await askVgr(pseudonyms, null, { 'samsyn-gateway-assertion': 'eyJhbGciOiJFZERTQSJ9.e30.c2lnbmF0dXJl' });
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'GATEWAY_ASSERTION_INVALID' });
  });
});
