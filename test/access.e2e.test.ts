// Who may see what, end to end: tokens refused everywhere, the access matrix
// (role × own/other huvudman × access ground × spärr) through the gateway and
// straight against each subgraph, one access-log row per data-holding
// subgraph per patient read, and tampering with the log detected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenRequest } from '../platform/auth/developmentIssuer.js';
import type { Role } from '../platform/auth/roles.js';
import { openDatabase } from '../subgraphs/common/database/openDatabase.js';
import { SamsynUnderTest, type GraphqlResponse } from './support/samsynUnderTest.js';
import { postgresReachable, type DatabaseKind } from './support/testDatabases.js';

/** 191212121212 lives in Göteborg with data at the region, the kommun and samverkan (SIP, avvikelser). */
const withoutSparr = '191212121212';
/** 199006022397 lives in Göteborg; the test registers a spärr for it at the region and at Göteborg. */
const withSparr = '199006022397';

const users = {
  region: { huvudman: 'VGR', organisationHsaId: 'SE2321000131-E000000000001', employeeHsaId: 'SE2321000131-P000000000101' },
  goteborg: { huvudman: '1480', organisationHsaId: 'SE2120001480-E000000001000', employeeHsaId: 'SE2120001480-P000000000101' },
  boras: { huvudman: '1490', organisationHsaId: 'SE2120001490-E000000001000', employeeHsaId: 'SE2120001490-P000000000101' },
} as const;
type UserName = keyof typeof users;

const roles: Role[] = ['vardpersonal', 'nosam', 'analytiker', 'granskare', 'system'];
type Ground = 'none' | 'samtycke' | 'nodatkomst';
const grounds: Ground[] = ['none', 'samtycke', 'nodatkomst'];
type Outcome = 'VISIBLE' | 'SPARRAD' | 'ATKOMSTGRUND_SAKNAS' | 'FORBIDDEN';

/** The rule, written out as the issue states it. */
function expectedOutcome(role: Role, own: boolean, ground: Ground, sparr: boolean): Outcome {
  if (role !== 'vardpersonal' && role !== 'system') return 'FORBIDDEN';
  if (own || ground === 'nodatkomst') return 'VISIBLE';
  if (ground === 'samtycke') return sparr ? 'SPARRAD' : 'VISIBLE';
  return 'ATKOMSTGRUND_SAKNAS';
}

function groundHeaders(ground: Ground): Record<string, string> {
  if (ground === 'samtycke') return { 'x-samsyn-atkomstgrund': 'samtycke' };
  if (ground === 'nodatkomst') {
    return { 'x-samsyn-atkomstgrund': 'nodatkomst', 'x-samsyn-nodatkomst-anledning': encodeURIComponent('Patienten medvetslös, behöver läkemedel') };
  }
  return {};
}

/** Which part of the patient picture each data holder owns, and who counts as "own" for it. */
const parts = [
  { subgraph: 'vgr', field: 'listning', probe: 'listning { listadSedan }', ownFor: (user: UserName) => user === 'region', hasSparr: true },
  { subgraph: 'kommun', field: 'kommun', probe: 'kommun { kod }', ownFor: (user: UserName) => user === 'goteborg', hasSparr: true },
  // Samverkan's SIP for the patient is held by its parties, the region and Göteborg; it has no spärr.
  { subgraph: 'samverkan', field: 'sipar', probe: 'sipar { id }', ownFor: (user: UserName) => user !== 'boras', hasSparr: false },
] as const;

const postgresAvailable = await postgresReachable();
const kinds: DatabaseKind[] = postgresAvailable ? ['pglite', 'postgres'] : ['pglite'];

describe.each(kinds)('access rules end to end on %s', (kind) => {
  let samsyn: SamsynUnderTest;

  const tokenFor = (user: UserName, role: Role, extra: Partial<TokenRequest> = {}) =>
    samsyn.token({
      ...users[user],
      roles: [role],
      ...(role === 'system' ? { employeeHsaId: undefined, subject: `integration-${user}`, scopes: ['patient:read'] } : {}),
      ...extra,
    });

  beforeAll(async () => {
    samsyn = await SamsynUnderTest.start(kind);
    // The patient asks the region and Göteborg to block their data from other huvudmän.
    const region = await samsyn.query(`mutation { registreraRegionensSparr(input: { patientId: "${withSparr}" }) { sparrad huvudman } }`, {}, { token: await tokenFor('region', 'vardpersonal') });
    expect(region.errors).toBeUndefined();
    expect(region.data!['registreraRegionensSparr']).toEqual({ sparrad: true, huvudman: 'VGR' });
    const kommun = await samsyn.query(`mutation { registreraKommunensSparr(input: { patientId: "${withSparr}" }) { sparrad huvudman } }`, {}, { token: await tokenFor('goteborg', 'vardpersonal') });
    expect(kommun.errors).toBeUndefined();
    expect(kommun.data!['registreraKommunensSparr']).toEqual({ sparrad: true, huvudman: '1480' });
  }, 300_000);

  afterAll(async () => {
    await samsyn?.stop();
  }, 60_000);

  describe('tokens', () => {
    const probe = '{ __typename }';

    it('are required and verified by the gateway and by every subgraph on its own', async () => {
      const expired = await samsyn.token({ lifetimeSeconds: -60 });
      const wrongAudience = await samsyn.token({ audience: 'another-api' });
      const wrongIssuer = await samsyn.token({ issuer: 'https://issuer.example' });
      const valid = await samsyn.token();
      const forged = `${valid.slice(0, valid.lastIndexOf('.'))}.${Buffer.from('not the signature').toString('base64url')}`;
      const urls = [samsyn.gatewayUrl, samsyn.subgraphUrl('vgr'), samsyn.subgraphUrl('kommun'), samsyn.subgraphUrl('samverkan')];
      for (const url of urls) {
        for (const [what, token] of [['missing', null], ['expired', expired], ['wrong audience', wrongAudience], ['wrong issuer', wrongIssuer], ['wrongly signed', forged]] as const) {
          const response = await samsyn.query(probe, {}, { url, token });
          expect(response.status, `${what} at ${url}`).toBe(401);
          expect(response.errors?.[0]?.extensions?.['code'], `${what} at ${url}`).toBe('UNAUTHENTICATED');
          expect(response.data ?? null).toBeNull();
        }
        expect((await samsyn.query(probe, {}, { url, token: valid })).status).toBe(200);
      }
    });

    it('never reach a log in clear', () => {
      expect(samsyn.output.filter((line) => /eyJ[A-Za-z0-9_-]{10,}\./.test(line))).toEqual([]);
    });
  });

  describe('the access matrix', () => {
    const cases: { user: UserName; role: Role; ground: Ground; patient: string }[] = [];
    for (const user of Object.keys(users) as UserName[]) {
      for (const role of roles) {
        for (const ground of grounds) {
          for (const patient of [withoutSparr, withSparr]) cases.push({ user, role, ground, patient });
        }
      }
    }

    it(`holds through the gateway for ${cases.length} cases`, async () => {
      for (const { user, role, ground, patient } of cases) {
        const label = `${role} of ${user}, ground ${ground}, patient ${patient === withSparr ? 'with' : 'without'} spärr`;
        const response = await samsyn.query(
          `query ($id: ID!) { patient(id: $id) { id sparradInformationFinns ${parts.map((part) => part.probe).join(' ')} } }`,
          { id: patient },
          { token: await tokenFor(user, role), headers: groundHeaders(ground) },
        );
        if (role !== 'vardpersonal' && role !== 'system') {
          // Roles without patient access get no patient at all, not even the personnummer back.
          expect(response.data?.['patient'] ?? null, label).toBeNull();
          expect(response.errors?.map((error) => error.extensions?.['code']), label).toEqual(['FORBIDDEN']);
          continue;
        }
        const picture = response.data!['patient'];
        let anySparrad = false;
        for (const part of parts) {
          if (part.subgraph === 'samverkan' && patient === withSparr) continue; // no SIP to tell visible from empty
          const sparr = part.hasSparr && patient === withSparr;
          const outcome = expectedOutcome(role, part.ownFor(user), ground, sparr);
          assertPart(response, picture?.[part.field], ['patient', part.field], outcome, `${label}: ${part.subgraph}`);
          if (outcome === 'SPARRAD') anySparrad = true;
        }
        if (anySparrad) expect(picture.sparradInformationFinns, label).toBe(true);
        if (patient === withoutSparr) expect(picture.sparradInformationFinns, label).toBe(false);
      }
    }, 300_000);

    it(`holds the same in each subgraph on its own (_entities, signed as the gateway signs) for ${cases.length * parts.length} cases`, async () => {
      for (const { user, role, ground, patient } of cases) {
        for (const part of parts) {
          if (part.subgraph === 'samverkan' && patient === withSparr) continue;
          const label = `${role} of ${user}, ground ${ground}, ${patient === withSparr ? 'with' : 'without'} spärr, straight to ${part.subgraph}`;
          const response = await samsyn.query(
            `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Patient { ${part.probe} } } }`,
            { representations: [{ __typename: 'Patient', id: patient }] },
            { asGateway: part.subgraph, token: await tokenFor(user, role), headers: groundHeaders(ground) },
          );
          const sparr = part.hasSparr && patient === withSparr;
          const entity = response.data?.['_entities']?.[0];
          assertPart(response, entity?.[part.field], ['_entities', 0, part.field], expectedOutcome(role, part.ownFor(user), ground, sparr), label, true);
        }
      }
    }, 300_000);
  });

  function assertPart(response: GraphqlResponse, value: unknown, path: (string | number)[], outcome: Outcome, label: string, entityMayBeNull = false): void {
    // Error messages never echo patient data.
    expect(JSON.stringify(response.errors ?? []), label).not.toMatch(/\d{12}/);
    const errorsHere = (response.errors ?? []).filter((error) => JSON.stringify(error.path?.slice(0, path.length)) === JSON.stringify(path) || (entityMayBeNull && JSON.stringify(error.path) === JSON.stringify(path.slice(0, 2))));
    switch (outcome) {
      case 'VISIBLE':
        expect(value, label).not.toBeNull();
        expect(value, label).not.toBeUndefined();
        expect(errorsHere, label).toEqual([]);
        break;
      case 'SPARRAD':
        expect(value ?? null, label).toBeNull();
        expect(errorsHere, label).toEqual([]);
        break;
      default:
        expect(value ?? null, label).toBeNull();
        expect(errorsHere.map((error) => error.extensions?.['code']), label).toContain(outcome);
    }
  }

  describe('the access log', () => {
    it('gets exactly one row per data-holding subgraph per patient read', async () => {
      const reader = { ...users.goteborg, employeeHsaId: 'SE2120001480-P000000000555' };
      const auditor = await tokenFor('goteborg', 'granskare');
      const regionAuditor = await tokenFor('region', 'granskare');
      const rowsFor = async (field: string, token: string) => {
        const response = await samsyn.query(`{ ${field}(filter: { anvandare: "${reader.employeeHsaId}" }, first: 100) { edges { node { patientId dataHuvudman grund resultat informationskategorier } } } }`, {}, { token });
        expect(response.errors).toBeUndefined();
        return response.data![field].edges.map((edge: any) => edge.node);
      };

      const readerToken = await samsyn.token({ ...reader, roles: ['vardpersonal'] });
      const picture = await samsyn.query(
        `query ($id: ID!) { patient(id: $id) { listning { listadSedan } fastLakarkontakt { fran } narsjukvardsteamEpisoder { id } kommun { kod } hemsjukvard { inskrivenFran } hemtjanst { beslutsdatum } boende { fran } sipar { id } avvikelser { id } } }`,
        { id: withoutSparr },
        { token: readerToken, headers: { 'x-samsyn-atkomstgrund': 'samtycke' } },
      );
      expect(picture.errors).toBeUndefined();

      const kommunRows = await rowsFor('kommunensAtkomstlogg', auditor);
      expect(kommunRows).toEqual([{ patientId: withoutSparr, dataHuvudman: '1480', grund: 'EGEN_VARDRELATION', resultat: 'TILLATEN', informationskategorier: ['boende', 'hemsjukvard', 'hemtjanst', 'kommun'] }]);
      const regionRows = await rowsFor('regionensAtkomstlogg', regionAuditor);
      expect(regionRows).toEqual([{ patientId: withoutSparr, dataHuvudman: 'VGR', grund: 'SAMTYCKE', resultat: 'TILLATEN', informationskategorier: ['fastLakarkontakt', 'listning', 'narsjukvardsteamEpisoder'] }]);
      const samverkanRows = await rowsFor('samverkansAtkomstlogg', auditor);
      expect(samverkanRows).toHaveLength(1);
      expect(samverkanRows[0]).toMatchObject({ patientId: withoutSparr, grund: 'EGEN_VARDRELATION', resultat: 'TILLATEN' });
    });

    it('answers concurrent identical queries with different identities and grounds each by its own rights, logging every read once', async () => {
      // The same query text from readers who must get different answers; fired together, several times each,
      // so that no merging of identical requests, cache or batching could pass one reader's answer to another.
      const query = `query Same($id: ID!) { patient(id: $id) { listning { listadSedan } kommun { kod } hemsjukvard { inskrivenFran } sipar { id } } }`;
      const readers = [
        { name: 'region samtycke', request: { ...users.region, employeeHsaId: 'SE2321000131-P000000000701' }, roles: ['vardpersonal'] as Role[], ground: 'samtycke' as Ground },
        { name: 'region no ground', request: { ...users.region, employeeHsaId: 'SE2321000131-P000000000702' }, roles: ['vardpersonal'] as Role[], ground: 'none' as Ground },
        { name: 'göteborg no ground', request: { ...users.goteborg, employeeHsaId: 'SE2120001480-P000000000703' }, roles: ['vardpersonal'] as Role[], ground: 'none' as Ground },
        { name: 'borås no ground', request: { ...users.boras, employeeHsaId: 'SE2120001490-P000000000704' }, roles: ['vardpersonal'] as Role[], ground: 'none' as Ground },
        { name: 'göteborg nosam', request: { ...users.goteborg, employeeHsaId: 'SE2120001480-P000000000705' }, roles: ['nosam'] as Role[], ground: 'samtycke' as Ground },
      ];
      const tokens = await Promise.all(readers.map((reader) => samsyn.token({ ...reader.request, roles: reader.roles })));
      const ask = (index: number) => samsyn.query(query, { id: withoutSparr }, { token: tokens[index]!, headers: groundHeaders(readers[index]!.ground) });
      const shape = (response: GraphqlResponse) => ({
        data: response.data,
        codes: (response.errors ?? []).map((error) => `${(error.path ?? []).join('.')}:${error.extensions?.['code']}`).sort(),
      });
      const alone: ReturnType<typeof shape>[] = [];
      for (let index = 0; index < readers.length; index += 1) alone.push(shape(await ask(index)));
      // The readers really differ: otherwise the test could not catch a mix-up.
      expect(new Set(alone.map((answer) => JSON.stringify(answer))).size).toBe(readers.length);

      const auditor = await tokenFor('goteborg', 'granskare');
      const kommunRowsOf = async (employeeHsaId: string) => {
        const response = await samsyn.query(`{ kommunensAtkomstlogg(filter: { anvandare: "${employeeHsaId}" }, first: 100) { edges { node { lopnummer } } } }`, {}, { token: auditor });
        return response.data!['kommunensAtkomstlogg'].edges.length as number;
      };
      const before = await Promise.all(readers.map((reader) => kommunRowsOf(reader.request.employeeHsaId)));

      const rounds = 4;
      const together = await Promise.all(Array.from({ length: rounds * readers.length }, (_, call) => ask(call % readers.length)));
      together.forEach((response, call) => expect(shape(response), readers[call % readers.length]!.name).toEqual(alone[call % readers.length]));

      // Every read of the kommun's data was logged once per request, whoever sent it and whatever the outcome.
      const after = await Promise.all(readers.map((reader) => kommunRowsOf(reader.request.employeeHsaId)));
      // These users are new: what they have in the log so far is what their one request alone wrote.
      readers.forEach((reader, index) => expect(after[index]! - before[index]!, reader.name).toBe(before[index]! * rounds));
      expect(before.filter((rows) => rows > 0).length).toBeGreaterThanOrEqual(3);
    });

    it('gives the patient extract across all three huvudmän in one query, to the log-extract service only (the deprecated Patient fields)', async () => {
      const extract = `query ($id: ID!) { patient(id: $id) { regionensLasningar { tid organisationHsaId huvudman } kommunensLasningar { tid organisationHsaId huvudman } samverkansLasningar { tid organisationHsaId huvudman } } }`;
      const service = await samsyn.token({ ...users.region, employeeHsaId: undefined, subject: '1177-loggutdrag', roles: ['system'], scopes: ['patient:read', 'loggutdrag:read'] });
      const response = await samsyn.query(extract, { id: withoutSparr }, { token: service });
      expect(response.errors).toBeUndefined();
      const patient = response.data!['patient'];
      for (const field of ['regionensLasningar', 'kommunensLasningar', 'samverkansLasningar']) {
        expect(patient[field].length, field).toBeGreaterThan(0);
        expect(patient[field].map((read: any) => read.organisationHsaId)).toContain(users.goteborg.organisationHsaId);
      }
      const nurse = await samsyn.query(extract, { id: withoutSparr }, { token: await tokenFor('region', 'vardpersonal') });
      expect(nurse.data!['patient']).toEqual({ regionensLasningar: null, kommunensLasningar: null, samverkansLasningar: null });
      expect(new Set(nurse.errors!.map((error) => error.extensions?.['code']))).toEqual(new Set(['FORBIDDEN']));
    });

    it('gives a granskare the extract of its own huvudman through loggutdrag, never the patient, and logs no read of it', async () => {
      // A Göteborg nurse reads the patient's whole picture: the region's part with samtycke, the kommun's and the SIP as her own.
      const nurse = await samsyn.token({ ...users.goteborg, employeeHsaId: 'SE2120001480-P000000000888', roles: ['vardpersonal'] });
      const picture = await samsyn.query(`query ($id: ID!) { patient(id: $id) { listning { listadSedan } kommun { kod } sipar { id } } }`, { id: withoutSparr }, { token: nurse, headers: { 'x-samsyn-atkomstgrund': 'samtycke' } });
      expect(picture.errors).toBeUndefined();

      const lasningar = 'tid organisationHsaId huvudman informationskategorier';
      const extract = `query ($id: ID!) { loggutdrag(patientId: $id) { patientId regionensLasningar { ${lasningar} } kommunensLasningar { ${lasningar} } samverkansLasningar { ${lasningar} } } }`;
      const granskare = {
        region: await tokenFor('region', 'granskare', { employeeHsaId: 'SE2321000131-P000000000901' }),
        goteborg: await tokenFor('goteborg', 'granskare', { employeeHsaId: 'SE2120001480-P000000000902' }),
        boras: await tokenFor('boras', 'granskare', { employeeHsaId: 'SE2120001490-P000000000903' }),
      };
      const ask = async (token: string) => {
        const response = await samsyn.query(extract, { id: withoutSparr }, { token });
        expect(JSON.stringify(response.errors ?? [])).not.toMatch(/\d{12}/);
        const refused = (response.errors ?? []).map((error) => `${(error.path ?? []).join('.')}:${error.extensions?.['code']}`).sort();
        return { loggutdrag: response.data?.['loggutdrag'], refused };
      };
      const readByTheNurse = (reads: { organisationHsaId: string }[]) => reads.filter((read) => read.organisationHsaId === users.goteborg.organisationHsaId);

      const region = await ask(granskare.region);
      expect(region.loggutdrag.patientId).toBe(withoutSparr);
      expect(readByTheNurse(region.loggutdrag.regionensLasningar).length).toBeGreaterThan(0);
      expect(region.loggutdrag.kommunensLasningar).toBeNull();
      expect(region.loggutdrag.samverkansLasningar).toEqual(expect.any(Array));
      expect(region.refused).toEqual(['loggutdrag.kommunensLasningar:FORBIDDEN']);

      const goteborg = await ask(granskare.goteborg);
      expect(readByTheNurse(goteborg.loggutdrag.kommunensLasningar).length).toBeGreaterThan(0);
      expect(readByTheNurse(goteborg.loggutdrag.samverkansLasningar).length).toBeGreaterThan(0);
      expect(goteborg.loggutdrag.regionensLasningar).toBeNull();
      expect(goteborg.refused).toEqual(['loggutdrag.regionensLasningar:FORBIDDEN']);

      // Another kommun's granskare sees nothing of what was read of Göteborg's data.
      const boras = await ask(granskare.boras);
      expect(boras.loggutdrag).toEqual({ patientId: withoutSparr, regionensLasningar: null, kommunensLasningar: [], samverkansLasningar: [] });
      expect(boras.refused).toEqual(['loggutdrag.regionensLasningar:FORBIDDEN']);

      // The extract is not a way to the record: the same granskare still may not open the patient.
      for (const token of Object.values(granskare)) {
        const patient = await samsyn.query(`query ($id: ID!) { patient(id: $id) { id kommun { kod } } }`, { id: withoutSparr }, { token });
        expect(patient.data?.['patient'] ?? null).toBeNull();
        expect(patient.errors?.map((error) => error.extensions?.['code'])).toEqual(['FORBIDDEN']);
      }

      for (const role of ['nosam', 'analytiker', 'vardpersonal'] as const) {
        const response = await samsyn.query(extract, { id: withoutSparr }, { token: await tokenFor('goteborg', role) });
        expect(response.data?.['loggutdrag'] ?? null, role).toBeNull();
        expect(response.errors?.map((error) => error.extensions?.['code']), role).toEqual(['FORBIDDEN']);
      }

      // Reading an extract is not itself logged, as with Patient.*Lasningar.
      const logOf = async (field: string, token: string, employeeHsaId: string) => {
        const response = await samsyn.query(`{ ${field}(filter: { anvandare: "${employeeHsaId}" }) { edges { node { lopnummer } } } }`, {}, { token });
        expect(response.errors).toBeUndefined();
        return response.data![field].edges;
      };
      expect(await logOf('regionensAtkomstlogg', granskare.region, 'SE2321000131-P000000000901')).toEqual([]);
      expect(await logOf('kommunensAtkomstlogg', granskare.goteborg, 'SE2120001480-P000000000902')).toEqual([]);
      expect(await logOf('samverkansAtkomstlogg', granskare.goteborg, 'SE2120001480-P000000000902')).toEqual([]);
    });

    it('is verified whole, and a row changed through a privileged connection is found', async () => {
      const verification = '{ kommunensAtkomstloggVerifiering { kontrolleradeRader hel forstaFelLopnummer fel } }';
      const auditor = await tokenFor('goteborg', 'granskare');
      const clean = await samsyn.query(verification, {}, { token: auditor });
      expect(clean.data!['kommunensAtkomstloggVerifiering']).toMatchObject({ hel: true, forstaFelLopnummer: null, fel: null });
      expect(clean.data!['kommunensAtkomstloggVerifiering'].kontrolleradeRader).toBeGreaterThan(10);

      // PGlite allows one process per data directory: stop the service, tamper, start it again.
      await samsyn.stopSubgraph('kommun');
      const database = await openDatabase(samsyn.databaseLocation('kommun'));
      try {
        await expect(database.runScript(`UPDATE atkomstlogg SET resultat = 'NEKAD' WHERE lopnummer = 3`)).rejects.toThrow(/append-only/);
        await database.runScript(`ALTER TABLE atkomstlogg DISABLE TRIGGER USER; UPDATE atkomstlogg SET organisation_hsa_id = 'SE2120001480-E000000009999' WHERE lopnummer = 3; ALTER TABLE atkomstlogg ENABLE TRIGGER USER;`);
      } finally {
        await database.close();
        await samsyn.startSubgraph('kommun');
      }
      const tampered = await samsyn.query(verification, {}, { token: auditor });
      expect(tampered.data!['kommunensAtkomstloggVerifiering']).toMatchObject({ hel: false, forstaFelLopnummer: 3, fel: 'RAD_ANDRAD' });
      // Other roles may not look at the log at all.
      const nurse = await samsyn.query(verification, {}, { token: await tokenFor('goteborg', 'vardpersonal') });
      expect(nurse.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }, 120_000);
  });

  describe('nosam and analytiker', () => {
    it('see the närområde with counts (small ones withheld) and never a personnummer', async () => {
      for (const role of ['nosam', 'analytiker'] as const) {
        const response = await samsyn.query(
          `{ naromrade(id: "1480-angered") { namn boenden { namn } naromradesplan { boendeansvar { vardcentral { namn } } }
             antalPatienterMedRegioninsats { varde undertryckt } antalPatienterMedKommuninsats { varde undertryckt } antalPatienterMedInsatserFranBada { varde undertryckt } }
             avvikelser(filter: { naromradeId: "1480-angered" }, first: 50) { edges { node { id kategori beskrivning } } } }`,
          {},
          { token: await tokenFor('goteborg', role) },
        );
        expect(response.errors, role).toBeUndefined();
        const text = JSON.stringify(response.data);
        expect(text, role).not.toMatch(/\b(19|20)\d{10}\b/);
        const naromrade = response.data!['naromrade'];
        expect(naromrade.antalPatienterMedRegioninsats.varde).toBeGreaterThanOrEqual(5);
        for (const count of [naromrade.antalPatienterMedRegioninsats, naromrade.antalPatienterMedKommuninsats, naromrade.antalPatienterMedInsatserFranBada]) {
          expect(count.undertryckt ? count.varde === null : count.varde === 0 || count.varde >= 5).toBe(true);
        }
        const patientLink = await samsyn.query(`{ avvikelser(filter: { naromradeId: "1480-angered" }, first: 50) { edges { node { patient { id } } } } }`, {}, { token: await tokenFor('goteborg', role) });
        expect(JSON.stringify(patientLink.data)).not.toMatch(/\d{12}/);
        expect(new Set(patientLink.errors?.map((error) => error.extensions?.['code']))).toEqual(new Set(['FORBIDDEN']));
      }
    });
  });
});
