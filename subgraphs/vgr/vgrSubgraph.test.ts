// The vgr subgraph end to end inside one process: migrations and seed on an
// in-memory PGlite (or an empty real PostgreSQL database given as
// VGR_TEST_DATABASE_URL), the schema built from the SDL, operations run with
// executeOperation, and the SQL statement count checked for batching. The
// access rules are tested with explicit identities and access grounds, and
// every test that reads patient data checks the access-log rows it wrote.
import type { ApolloServer } from '@apollo/server';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtkomstloggDatabase } from '../common/atkomstlogg/atkomstloggTable.js';
import type { Atkomstgrund } from '../../platform/auth/atkomstgrund.js';
import type { Identity } from '../../platform/auth/Identity.js';
import type { Database } from '../common/database/openDatabase.js';
import { patientPseudonym } from '../../platform/identifiers/patientPseudonym.js';
import { packPseudonymer, unpackPseudonymer } from '../../platform/scalars/patientpseudonymerScalar.js';
import { startInProcessSubgraph, testRequestContext, type InProcessSubgraph } from '../common/testing/inProcessSubgraph.js';
import { testIdentity } from '../../platform/testing/testIdentity.js';
import type { VgrContext } from './context.js';
import type { VgrDatabase } from './database.js';
import { hsa, p, regioninsatsAngered, regioninsatsOckero, vgrTestWorld } from './testing/vgrTestWorld.js';
import { createVgrSubgraph } from './vgrSubgraph.js';
import { defaultSuppressionThreshold } from '../common/suppression/suppressSmallCount.js';

const pseudonymKey = 'vgr-test-pseudonym-key-of-32-characters';
const definition = createVgrSubgraph({ pseudonymKey, suppressionThreshold: defaultSuppressionThreshold });

let subgraph: InProcessSubgraph<VgrDatabase, VgrContext> | undefined;
let database: Database<VgrDatabase>;
let server: ApolloServer<VgrContext>;

beforeAll(async () => {
  subgraph = await startInProcessSubgraph(definition, { world: vgrTestWorld(), databaseUrlVariable: 'VGR_TEST_DATABASE_URL' });
  ({ database, server } = subgraph);
}, 60_000);

afterAll(async () => {
  await subgraph?.stop();
}, 60_000);

interface Outcome {
  data: Record<string, any> | null | undefined;
  errors: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] | undefined;
  statements: number;
}

interface Access {
  /** Default: vårdpersonal of the region (testIdentity()). */
  identity?: Identity;
  /** Default: nödåtkomst declared, so all data is readable. */
  atkomstgrund?: Atkomstgrund | null;
  /** Default: the definition under test. */
  subgraph?: typeof definition;
}

let requests = 0;
/** The request id of the last `run`, to find its access-log rows. */
let lastRequestId = '';

/** Runs one operation with a fresh request context and counts the SQL statements it sent (the access-log insert included). */
async function run(query: string, variables: Record<string, unknown> = {}, access: Access = {}): Promise<Outcome> {
  lastRequestId = `vgr-test-${++requests}`;
  const base = testRequestContext({ identity: access.identity, atkomstgrund: access.atkomstgrund, requestId: lastRequestId });
  const before = database.statementCount();
  const response = await server.executeOperation(
    { query, variables },
    { contextValue: (access.subgraph ?? definition).createContext(base, database) },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return { data, errors, statements: database.statementCount() - before };
}

function logDb(): Kysely<AtkomstloggDatabase> {
  return database.db as unknown as Kysely<AtkomstloggDatabase>;
}

/** The access-log rows one request wrote, in the order written. */
async function logRowsOf(requestId: string) {
  return logDb().selectFrom('atkomstlogg').selectAll().where('request_id', '=', requestId).orderBy('lopnummer').execute();
}

async function logRowCount(): Promise<number> {
  return Number((await logDb().selectFrom('atkomstlogg').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
}

function codesOf(outcome: Outcome): unknown[] {
  return (outcome.errors ?? []).map((error) => error.extensions?.['code']);
}

function reasonOf(outcome: Outcome): unknown {
  return outcome.errors?.[0]?.extensions?.['reason'];
}

describe('vgr: seed', () => {
  it('writes every row of the slice', async () => {
    const world = vgrTestWorld().vgr;
    const count = async (table: keyof VgrDatabase) =>
      (await database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    expect(await count('vardcentral')).toBe(world.vardcentraler.length);
    expect(await count('lakare')).toBe(world.lakare.length);
    expect(await count('narsjukvardsteam')).toBe(world.narsjukvardsteam.length);
    expect(await count('narsjukvardsteam_kommun')).toBe(4);
    expect(await count('listning')).toBe(world.listningar.length);
    expect(await count('fast_lakarkontakt')).toBe(world.fastLakarkontakter.length);
    expect(await count('narsjukvardsteam_episod')).toBe(world.narsjukvardsteamEpisoder.length);
  });
});

describe('vgr: root fields', () => {
  it('lists a kommun\'s vårdcentraler in Swedish name order, with läkare and listed counts batched', async () => {
    const outcome = await run(`{
      vardcentraler(kommunkod: "1480") {
        hsaId namn driftsform antalListadePatienter antalListade
        kommun { kod } naromrade { id }
        lakare { namn }
      }
    }`);
    expect(outcome.errors).toBeUndefined();
    expect(outcome.data?.['vardcentraler']).toEqual([
      {
        hsaId: hsa.angered, namn: 'Angereds vårdcentral', driftsform: 'REGION', antalListadePatienter: 10, antalListade: 11_480,
        kommun: { kod: '1480' }, naromrade: { id: '1480-angered' },
        lakare: [{ namn: 'Adler, Per' }, { namn: 'Berg, Anna' }, { namn: 'Östberg, Eva' }],
      },
      {
        hsaId: hsa.akervagen, namn: 'Åkervägens vårdcentral', driftsform: 'REGION', antalListadePatienter: 1, antalListade: 9_032,
        kommun: { kod: '1480' }, naromrade: { id: '1480-angered' }, lakare: [],
      },
      {
        hsaId: hsa.arlan, namn: 'Ärlans vårdcentral', driftsform: 'PRIVAT', antalListadePatienter: 0, antalListade: 6_210,
        kommun: { kod: '1480' }, naromrade: { id: '1480-angered' }, lakare: [],
      },
    ]);
    // The list, then one query each for läkare and counts, whatever the number of vårdcentraler.
    expect(outcome.statements).toBe(3);
  });

  it('remembers the listed counts for the next reader: asked again, only the vårdcentraler are read', async () => {
    const query = '{ vardcentraler(kommunkod: "1480") { hsaId antalListadePatienter } }';
    const first = await run(query);
    expect(first.errors).toBeUndefined();
    const again = await run(query);
    expect(again.errors).toBeUndefined();
    expect(again.statements).toBe(1);
    expect(again.data).toEqual(first.data);
    expect((again.data?.['vardcentraler'] as { antalListadePatienter: number }[]).map((row) => row.antalListadePatienter)).toEqual([10, 1, 0]);
  });

  it('answers a kommun without vårdcentraler with an empty list', async () => {
    const outcome = await run('{ vardcentraler(kommunkod: "1499") { hsaId } }');
    expect(outcome.data?.['vardcentraler']).toEqual([]);
  });

  it.each(['9999', '1380', '148', 'abcd', ''])('refuses kommunkod "%s" with KOMMUNKOD_INVALID before any SQL', async (kommunkod) => {
    const outcome = await run('query ($k: ID!) { vardcentraler(kommunkod: $k) { hsaId } }', { k: kommunkod });
    expect(outcome.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(reasonOf(outcome)).toBe('KOMMUNKOD_INVALID');
    expect(outcome.errors?.[0]?.extensions?.['field']).toBe('kommunkod');
    expect(outcome.statements).toBe(0);
  });

  it('finds a vårdcentral and a läkare by HSA-id', async () => {
    const outcome = await run(`query ($vc: ID!, $lakare: ID!) {
      vardcentral(hsaId: $vc) { namn }
      lakare(hsaId: $lakare) { namn vardcentral { namn } }
    }`, { vc: hsa.ockero, lakare: hsa.lakareBerg });
    expect(outcome.errors).toBeUndefined();
    expect(outcome.data).toEqual({
      vardcentral: { namn: 'Öckerö vårdcentral' },
      lakare: { namn: 'Berg, Anna', vardcentral: { namn: 'Angereds vårdcentral' } },
    });
  });

  it('answers unknown but well-formed HSA-ids with null', async () => {
    const outcome = await run(`{
      vardcentral(hsaId: "SE2321000131-E999999999999") { namn }
      lakare(hsaId: "SE2321000131-P999999999999") { namn }
    }`);
    expect(outcome.errors).toBeUndefined();
    expect(outcome.data).toEqual({ vardcentral: null, lakare: null });
  });

  it.each([
    ['vardcentral', 'E000000000001'],
    ['vardcentral', 'SE2321000131'],
    ['lakare', 'SE2321000131-P000000000001-too-long-for-an-hsa-id'],
    ['lakare', "SE2321000131-P1' OR '1'='1"],
  ])('refuses %s(hsaId: "%s") with HSA_ID_INVALID', async (field, hsaId) => {
    const outcome = await run(`query ($h: ID!) { ${field}(hsaId: $h) { namn } }`, { h: hsaId });
    expect(outcome.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(reasonOf(outcome)).toBe('HSA_ID_INVALID');
    expect(outcome.statements).toBe(0);
  });

  it('lists all närsjukvårdsteam with the kommuner they serve', async () => {
    const outcome = await run('{ narsjukvardsteam { id namn typ sjukhus kommuner { kod } } }');
    expect(outcome.errors).toBeUndefined();
    expect(outcome.data?.['narsjukvardsteam']).toEqual([
      { id: 'nst-angered', namn: 'Närsjukvårdsteam Angered', typ: 'NARSJUKVARDSTEAM', sjukhus: 'Angereds närsjukhus', kommuner: [{ kod: '1480' }] },
      {
        id: 'pal-sahlgrenska', namn: 'Palliativt team Sahlgrenska', typ: 'PALLIATIVT_TEAM', sjukhus: 'Sahlgrenska Universitetssjukhuset',
        kommuner: [{ kod: '1401' }, { kod: '1402' }, { kod: '1480' }],
      },
    ]);
    expect(outcome.statements).toBe(2);
  });
});

const entities = `query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename ...fields } }`;

function entitiesQuery(fields: string): string {
  return `${entities}\nfragment fields on _Entity { ${fields} }`;
}

describe('vgr: Patient entity', () => {
  const patientFields = `... on Patient {
    id
    listning { listadSedan vardcentral { namn } }
    fastLakarkontakt { fran lakare { namn } }
    narsjukvardsteamEpisoder { id startdatum slutdatum orsak pagaende team { namn } }
  }`;

  it('resolves 13 patients with one SQL statement per table, one access lookup and one log insert', async () => {
    const representations = p.map((id) => ({ __typename: 'Patient', id }));
    const outcome = await run(entitiesQuery(patientFields), { representations });
    expect(outcome.errors).toBeUndefined();
    const result = outcome.data?.['_entities'] as any[];
    expect(result).toHaveLength(13);
    expect(result[0]).toEqual({
      __typename: 'Patient',
      id: p[0],
      listning: { listadSedan: '2020-01-01', vardcentral: { namn: 'Angereds vårdcentral' } },
      fastLakarkontakt: { fran: '2021-03-01', lakare: { namn: 'Berg, Anna' } },
      narsjukvardsteamEpisoder: [],
    });
    expect(result[3].narsjukvardsteamEpisoder).toEqual([
      { id: 'ep-4', startdatum: '2026-09-01', slutdatum: null, orsak: 'Palliativ vård i hemmet', pagaende: true, team: { namn: 'Palliativt team Sahlgrenska' } },
      { id: 'ep-3', startdatum: '2024-01-01', slutdatum: '2024-02-01', orsak: 'Pneumoni', pagaende: false, team: { namn: 'Närsjukvårdsteam Angered' } },
    ]);
    expect(result[12]).toMatchObject({ listning: null, fastLakarkontakt: null, narsjukvardsteamEpisoder: [{ id: 'ep-5' }] });
    // The access lookup (what the region holds, spärr), listning, fast_lakarkontakt, episoder,
    // then vardcentral, lakare, narsjukvardsteam, and the access-log insert.
    expect(outcome.statements).toBe(8);
    // One log row per patient the region holds data about (all 13), with every field read merged.
    const rows = await logRowsOf(lastRequestId);
    expect(rows.map((row) => row.patient).sort()).toEqual([...p].sort());
    expect(new Set(rows.map((row) => row.informationskategorier))).toEqual(new Set(['fastLakarkontakt,listning,narsjukvardsteamEpisoder']));
  });

  it('resolves 12 listings with exactly one SQL statement for the data', async () => {
    const representations = p.slice(0, 12).map((id) => ({ __typename: 'Patient', id }));
    const outcome = await run(entitiesQuery('... on Patient { listning { listadSedan } }'), { representations });
    expect(outcome.errors).toBeUndefined();
    expect((outcome.data?.['_entities'] as any[]).every((patient) => patient.listning !== null)).toBe(true);
    // The access lookup, the listningar, the access-log insert.
    expect(outcome.statements).toBe(3);
  });

  it('gives an unknown but valid personnummer a patient with empty fields, reads nothing and logs nothing', async () => {
    const before = await logRowCount();
    const outcome = await run(entitiesQuery(patientFields), { representations: [{ __typename: 'Patient', id: '191212121212' }] });
    expect(outcome.errors).toBeUndefined();
    expect(outcome.data?.['_entities']).toEqual([
      { __typename: 'Patient', id: '191212121212', listning: null, fastLakarkontakt: null, narsjukvardsteamEpisoder: [] },
    ]);
    // Only the access lookup: the region holds nothing, so no data query and no log row.
    expect(outcome.statements).toBe(1);
    expect(await logRowCount()).toBe(before);
  });

  it('answers invalid personnummer with null and sends them to no SQL', async () => {
    const invalid = ['191212121213', '19121212121', '1912121212123', '19121212-1212', "1' OR '1'='1", '199013011234'];
    const representations = invalid.map((id) => ({ __typename: 'Patient', id }));
    const outcome = await run(entitiesQuery('... on Patient { id listning { listadSedan } }'), { representations });
    expect(outcome.errors).toBeUndefined();
    expect(outcome.data?.['_entities']).toEqual(invalid.map(() => null));
    expect(outcome.statements).toBe(0);
  });
});

describe('vgr: Vardcentral, Lakare and Narsjukvardsteam entities', () => {
  it('resolves 12 vårdcentral representations with one SQL statement, unknown and invalid ones as null', async () => {
    const ids = [hsa.angered, hsa.akervagen, hsa.arlan, hsa.ockero, hsa.angered, 'SE2321000131-E999999999991', 'SE2321000131-E999999999992',
      'SE2321000131-E999999999993', 'SE2321000131-E999999999994', 'SE2321000131-E999999999995', 'not-an-hsa-id', hsa.ockero];
    const outcome = await run(entitiesQuery('... on Vardcentral { hsaId namn }'), {
      representations: ids.map((hsaId) => ({ __typename: 'Vardcentral', hsaId })),
    });
    expect(outcome.errors).toBeUndefined();
    const names = (outcome.data?.['_entities'] as any[]).map((entity) => entity?.namn ?? null);
    expect(names).toEqual(['Angereds vårdcentral', 'Åkervägens vårdcentral', 'Ärlans vårdcentral', 'Öckerö vårdcentral', 'Angereds vårdcentral',
      null, null, null, null, null, null, 'Öckerö vårdcentral']);
    expect(outcome.statements).toBe(1);
  });

  it('resolves läkare and team representations with one SQL statement per type', async () => {
    const lakare = [hsa.lakareAdler, hsa.lakareBerg, hsa.lakareOstberg, hsa.lakareOckero, ...Array.from({ length: 8 }, (_, i) => `SE2321000131-P99999999999${i}`)];
    const teams = ['nst-angered', 'pal-sahlgrenska', 'okant-team', '', 'a b'];
    const outcome = await run(entitiesQuery('... on Lakare { namn } ... on Narsjukvardsteam { namn }'), {
      representations: [
        ...lakare.map((hsaId) => ({ __typename: 'Lakare', hsaId })),
        ...teams.map((id) => ({ __typename: 'Narsjukvardsteam', id })),
      ],
    });
    expect(outcome.errors).toBeUndefined();
    const names = (outcome.data?.['_entities'] as any[]).map((entity) => entity?.namn ?? null);
    expect(names).toEqual(['Adler, Per', 'Berg, Anna', 'Östberg, Eva', 'Holm, Lars', ...Array(8).fill(null),
      'Närsjukvårdsteam Angered', 'Palliativt team Sahlgrenska', null, null, null]);
    expect(outcome.statements).toBe(2);
  });
});

describe('vgr: Kommun and Naromrade entities', () => {
  it('gives each kommun its vårdcentraler and teams, batched, and refuses invalid kommunkoder', async () => {
    const koder = ['1480', '1407', '1401', '1402', '1499', '1480', '1380', 'abcd'];
    const outcome = await run(entitiesQuery('... on Kommun { kod vardcentraler { namn } narsjukvardsteam { id } }'), {
      representations: koder.map((kod) => ({ __typename: 'Kommun', kod })),
    });
    expect(outcome.errors).toBeUndefined();
    expect(outcome.data?.['_entities']).toEqual([
      { __typename: 'Kommun', kod: '1480', vardcentraler: [{ namn: 'Angereds vårdcentral' }, { namn: 'Åkervägens vårdcentral' }, { namn: 'Ärlans vårdcentral' }],
        narsjukvardsteam: [{ id: 'nst-angered' }, { id: 'pal-sahlgrenska' }] },
      { __typename: 'Kommun', kod: '1407', vardcentraler: [{ namn: 'Öckerö vårdcentral' }], narsjukvardsteam: [] },
      { __typename: 'Kommun', kod: '1401', vardcentraler: [], narsjukvardsteam: [{ id: 'pal-sahlgrenska' }] },
      { __typename: 'Kommun', kod: '1402', vardcentraler: [], narsjukvardsteam: [{ id: 'pal-sahlgrenska' }] },
      { __typename: 'Kommun', kod: '1499', vardcentraler: [], narsjukvardsteam: [] },
      { __typename: 'Kommun', kod: '1480', vardcentraler: [{ namn: 'Angereds vårdcentral' }, { namn: 'Åkervägens vårdcentral' }, { namn: 'Ärlans vårdcentral' }],
        narsjukvardsteam: [{ id: 'nst-angered' }, { id: 'pal-sahlgrenska' }] },
      null,
      null,
    ]);
    expect(outcome.statements).toBe(2);
  });

  it('counts and pseudonymises the patients with a region insats per närområde, one query each for all närområden', async () => {
    const ids = ['1480-angered', '1407-ockero', '1401-harryda', ...Array.from({ length: 8 }, (_, i) => `1480-omrade-${i}`), '', '1480 angered'];
    const outcome = await run(
      entitiesQuery('... on Naromrade { id antalPatienterMedRegioninsats { varde undertryckt } regionensPatientpseudonymer vardcentraler { hsaId } }'),
      { representations: ids.map((id) => ({ __typename: 'Naromrade', id })) },
    );
    expect(outcome.errors).toBeUndefined();
    const result = outcome.data?.['_entities'] as any[];
    const pseudonymsOf = (personnummer: string[]) => packPseudonymer(personnummer.map((id) => patientPseudonym(id, pseudonymKey)).sort());
    expect(result[0]).toEqual({
      __typename: 'Naromrade',
      id: '1480-angered',
      // 3 is below the default threshold of 5: withheld.
      antalPatienterMedRegioninsats: { varde: null, undertryckt: true },
      regionensPatientpseudonymer: pseudonymsOf(regioninsatsAngered),
      vardcentraler: [{ hsaId: hsa.angered }, { hsaId: hsa.akervagen }, { hsaId: hsa.arlan }],
    });
    expect(result[1]).toMatchObject({
      antalPatienterMedRegioninsats: { varde: null, undertryckt: true },
      regionensPatientpseudonymer: pseudonymsOf(regioninsatsOckero),
    });
    for (const unknown of result.slice(2, 11)) {
      // 0 singles out no one: shown.
      expect(unknown).toMatchObject({ antalPatienterMedRegioninsats: { varde: 0, undertryckt: false }, regionensPatientpseudonymer: '', vardcentraler: [] });
    }
    expect(result.slice(11)).toEqual([null, null]);
    expect(outcome.statements).toBe(3);
  });

  it('never puts a personnummer in a pseudonym list', async () => {
    const outcome = await run(entitiesQuery('... on Naromrade { regionensPatientpseudonymer }'), {
      representations: [{ __typename: 'Naromrade', id: '1480-angered' }],
    });
    const pseudonyms = unpackPseudonymer((outcome.data?.['_entities'] as any[])[0].regionensPatientpseudonymer as string);
    expect(pseudonyms).toHaveLength(3);
    for (const pseudonym of pseudonyms) expect(pseudonym).not.toMatch(/\d{12}/);
    expect(pseudonyms).not.toEqual(expect.arrayContaining(regioninsatsAngered));
  });
});

// ---------------------------------------------------------------------------
// Access rules (ARCHITECTURE.md "Access"): identities, grounds, spärr, log.

const kommunOrganisation = 'SE2120001439-E000000000010';
const vardpersonalVgr = testIdentity();
const vardpersonalKommun = testIdentity({
  subject: 'SE2120001439-P000000000010', employeeHsaId: 'SE2120001439-P000000000010', organisationHsaId: kommunOrganisation, huvudman: '1480',
});
const nosamVgr = testIdentity({ roles: ['nosam'] });
const nosamKommun = testIdentity({ roles: ['nosam'], huvudman: '1480', organisationHsaId: kommunOrganisation });
const analytiker = testIdentity({ roles: ['analytiker'] });
const granskareVgr = testIdentity({ subject: 'SE2321000131-P000000000777', employeeHsaId: 'SE2321000131-P000000000777', roles: ['granskare'] });
const granskareKommun = testIdentity({ roles: ['granskare'], huvudman: '1480', organisationHsaId: kommunOrganisation });
function system(huvudman: string, scopes: string[]): Identity {
  return testIdentity({ subject: `integration-${huvudman}-${scopes.join('+')}`, employeeHsaId: null, roles: ['system'], scopes, huvudman });
}

const samtycke: Atkomstgrund = { typ: 'SAMTYCKE' };
const nodatkomst: Atkomstgrund = { typ: 'NODATKOMST', anledning: 'Medvetslös patient på akutmottagningen' };

const patientDataFields = `... on Patient {
  id
  listning { listadSedan }
  fastLakarkontakt { fran }
  narsjukvardsteamEpisoder { id }
  harSparradRegioninformation
}`;
const dataFields = ['listning', 'fastLakarkontakt', 'narsjukvardsteamEpisoder'] as const;
const allCategories = 'fastLakarkontakt,listning,narsjukvardsteamEpisoder';

/** p[0] has no spärr; p[1] gets one at the region in beforeAll. */
const utanSparr = p[0]!;
const medSparr = p[1]!;
const dataOf: Record<string, Record<(typeof dataFields)[number], unknown>> = {
  [utanSparr]: { listning: { listadSedan: '2020-01-01' }, fastLakarkontakt: { fran: '2021-03-01' }, narsjukvardsteamEpisoder: [] },
  [medSparr]: { listning: { listadSedan: '2020-01-02' }, fastLakarkontakt: null, narsjukvardsteamEpisoder: [{ id: 'ep-1' }] },
};
const hidden = { listning: null, fastLakarkontakt: null, narsjukvardsteamEpisoder: null };

interface Expected {
  seen: 'data' | 'hidden' | 'FORBIDDEN' | 'ATKOMSTGRUND_SAKNAS';
  harSparrad: boolean | null;
  resultat: 'TILLATEN' | 'FILTRERAD' | 'NEKAD';
  grund: 'EGEN_VARDRELATION' | 'SAMTYCKE' | 'NODATKOMST' | null;
  granskasSarskilt: boolean;
}
const allowed = (grund: Expected['grund'], granskasSarskilt = false): Expected => ({ seen: 'data', harSparrad: false, resultat: 'TILLATEN', grund, granskasSarskilt });
const filtered = (grund: Expected['grund']): Expected => ({ seen: 'hidden', harSparrad: true, resultat: 'FILTRERAD', grund, granskasSarskilt: false });
const refused = (code: 'FORBIDDEN' | 'ATKOMSTGRUND_SAKNAS', harSparrad: boolean | null): Expected =>
  ({ seen: code, harSparrad, resultat: 'NEKAD', grund: null, granskasSarskilt: false });

async function setSparr(personnummer: string, sparrad: boolean): Promise<Outcome> {
  const mutation = sparrad ? 'registreraRegionensSparr' : 'havRegionensSparr';
  return run(`mutation ($id: ID!) { ${mutation}(input: { patientId: $id }) { patientId huvudman sparrad } }`, { id: personnummer }, { identity: vardpersonalVgr });
}

describe('vgr: patient data by reader, access ground and spärr', () => {
  beforeAll(async () => {
    expect((await setSparr(medSparr, true)).errors).toBeUndefined();
  });

  afterAll(async () => {
    await setSparr(medSparr, false);
  });

  it.each<[string, Identity, Atkomstgrund | null, Expected, Expected]>([
    ['the region\'s vårdpersonal, no ground', vardpersonalVgr, null, allowed('EGEN_VARDRELATION'), allowed('EGEN_VARDRELATION')],
    ['the region\'s vårdpersonal, samtycke', vardpersonalVgr, samtycke, allowed('EGEN_VARDRELATION'), allowed('EGEN_VARDRELATION')],
    ['the region\'s vårdpersonal, nödåtkomst', vardpersonalVgr, nodatkomst, allowed('EGEN_VARDRELATION'), allowed('EGEN_VARDRELATION')],
    ['a kommun\'s vårdpersonal, no ground', vardpersonalKommun, null, refused('ATKOMSTGRUND_SAKNAS', false), refused('ATKOMSTGRUND_SAKNAS', false)],
    ['a kommun\'s vårdpersonal, samtycke', vardpersonalKommun, samtycke, allowed('SAMTYCKE'), filtered('SAMTYCKE')],
    ['a kommun\'s vårdpersonal, nödåtkomst', vardpersonalKommun, nodatkomst, allowed('NODATKOMST', true), allowed('NODATKOMST', true)],
    ['the region\'s system client with patient:read', system('VGR', ['patient:read']), null, allowed('EGEN_VARDRELATION'), allowed('EGEN_VARDRELATION')],
    ['a kommun\'s system client with patient:read, samtycke', system('1480', ['patient:read']), samtycke, allowed('SAMTYCKE'), filtered('SAMTYCKE')],
    ['the region\'s nosam', nosamVgr, nodatkomst, refused('FORBIDDEN', null), refused('FORBIDDEN', null)],
    ['a kommun\'s nosam', nosamKommun, samtycke, refused('FORBIDDEN', null), refused('FORBIDDEN', null)],
    ['analytiker', analytiker, null, refused('FORBIDDEN', null), refused('FORBIDDEN', null)],
    ['the region\'s granskare', granskareVgr, null, refused('FORBIDDEN', null), refused('FORBIDDEN', null)],
    ['the region\'s system client without patient:read', system('VGR', ['avvikelse:read', 'atkomstlogg:read']), nodatkomst, refused('FORBIDDEN', null), refused('FORBIDDEN', null)],
  ])('%s (via _entities)', async (_name, identity, atkomstgrund, forUtanSparr, forMedSparr) => {
    const patients = [utanSparr, medSparr];
    const expected = [forUtanSparr, forMedSparr];
    const outcome = await run(entitiesQuery(patientDataFields), { representations: patients.map((id) => ({ __typename: 'Patient', id })) }, { identity, atkomstgrund });
    const result = outcome.data?.['_entities'] as any[];

    const expectedErrors: { path: (string | number)[]; code: string }[] = [];
    patients.forEach((id, index) => {
      const want = expected[index]!;
      const shown = want.seen === 'data' ? dataOf[id] : hidden;
      expect(result[index]).toEqual({ __typename: 'Patient', id, ...shown, harSparradRegioninformation: want.harSparrad });
      if (want.seen === 'FORBIDDEN' || want.seen === 'ATKOMSTGRUND_SAKNAS') {
        for (const field of dataFields) expectedErrors.push({ path: ['_entities', index, field], code: want.seen });
      }
    });
    // A refusal is an error on each refused field; a spärr hides without one.
    const errors = (outcome.errors ?? []).map((error) => ({ path: [...(error.path ?? [])], code: error.extensions?.['code'] }));
    expect(errors).toEqual(expect.arrayContaining(expectedErrors));
    expect(errors).toHaveLength(expectedErrors.length);
    for (const error of outcome.errors ?? []) {
      for (const id of patients) expect(JSON.stringify(error)).not.toContain(id);
    }

    // Exactly one log row per patient for the request, whatever the number of fields read.
    const rows = await logRowsOf(lastRequestId);
    expect(rows.map((row) => ({
      patient: row.patient, resultat: row.resultat, grund: row.grund, granskasSarskilt: row.granskas_sarskilt,
      atgard: row.atgard, dataHuvudman: row.data_huvudman, kategorier: row.informationskategorier,
      anvandarensHuvudman: row.anvandarens_huvudman, anvandare: row.anvandare,
      nodatkomstAnledning: row.nodatkomst_anledning,
    }))).toEqual(patients.map((id, index) => ({
      patient: id, resultat: expected[index]!.resultat, grund: expected[index]!.grund, granskasSarskilt: expected[index]!.granskasSarskilt,
      atgard: 'LASNING', dataHuvudman: 'VGR', kategorier: allCategories,
      anvandarensHuvudman: identity.huvudman, anvandare: identity.employeeHsaId ?? identity.subject,
      nodatkomstAnledning: expected[index]!.grund === 'NODATKOMST' ? nodatkomst.anledning : null,
    })));
  });

  it('reads nothing for refused readers: one access lookup and the log insert', async () => {
    const outcome = await run(entitiesQuery(patientDataFields), {
      representations: p.map((id) => ({ __typename: 'Patient', id })),
    }, { identity: nosamVgr });
    expect(codesOf(outcome).every((code) => code === 'FORBIDDEN')).toBe(true);
    expect(outcome.errors).toHaveLength(3 * p.length);
    expect(outcome.statements).toBe(2);
    expect(await logRowsOf(lastRequestId)).toHaveLength(p.length);
  });

  it('does not read a spärrad patient\'s data for a reader it is hidden from', async () => {
    const outcome = await run(entitiesQuery(patientDataFields), {
      representations: [{ __typename: 'Patient', id: medSparr }],
    }, { identity: vardpersonalKommun, atkomstgrund: samtycke });
    expect(outcome.errors).toBeUndefined();
    // The access lookup and the log insert; no data query.
    expect(outcome.statements).toBe(2);
  });

  it('refuses an unknown patient to a reader without a ground just like a known one, and logs nothing for it', async () => {
    const before = await logRowCount();
    const outcome = await run(entitiesQuery(patientDataFields), {
      representations: [{ __typename: 'Patient', id: '191212121212' }],
    }, { identity: vardpersonalKommun, atkomstgrund: null });
    expect(codesOf(outcome)).toEqual(['ATKOMSTGRUND_SAKNAS', 'ATKOMSTGRUND_SAKNAS', 'ATKOMSTGRUND_SAKNAS']);
    expect(outcome.errors?.[0]?.extensions?.['dataHuvudman']).toBe('VGR');
    expect(await logRowCount()).toBe(before);
  });

  it('logs the categories actually read: one field, one category', async () => {
    const outcome = await run(entitiesQuery('... on Patient { listning { listadSedan } }'), {
      representations: [{ __typename: 'Patient', id: utanSparr }],
    }, { identity: vardpersonalKommun, atkomstgrund: samtycke });
    expect(outcome.errors).toBeUndefined();
    const rows = await logRowsOf(lastRequestId);
    expect(rows.map((row) => [row.informationskategorier, row.grund])).toEqual([['listning', 'SAMTYCKE']]);
  });

  it('reads harSparradRegioninformation alone without writing a log row', async () => {
    const before = await logRowCount();
    const outcome = await run(entitiesQuery('... on Patient { harSparradRegioninformation }'), {
      representations: [utanSparr, medSparr].map((id) => ({ __typename: 'Patient', id })),
    }, { identity: vardpersonalKommun, atkomstgrund: samtycke });
    expect(outcome.errors).toBeUndefined();
    expect(outcome.data?.['_entities']).toEqual([
      { __typename: 'Patient', harSparradRegioninformation: false },
      { __typename: 'Patient', harSparradRegioninformation: true },
    ]);
    expect(outcome.statements).toBe(1);
    expect(await logRowCount()).toBe(before);
  });
});

describe('vgr: reference data and counts for every role', () => {
  const query = `query ($representations: [_Any!]!) {
    vardcentraler(kommunkod: "1407") { namn antalListadePatienter lakare { namn } }
    narsjukvardsteam { id }
    _entities(representations: $representations) {
      ... on Naromrade { id antalPatienterMedRegioninsats { varde undertryckt } regionensPatientpseudonymer }
    }
  }`;
  const representations = ['1480-angered', '1407-ockero', '1401-harryda'].map((id) => ({ __typename: 'Naromrade', id }));

  it.each<[string, Identity]>([
    ['nosam', nosamKommun],
    ['analytiker', analytiker],
    ['granskare', granskareVgr],
    ['vårdpersonal', vardpersonalVgr],
    ['a system client', system('1480', ['avvikelse:read'])],
  ])('gives %s reference data, suppressed counts and pseudonyms, and logs nothing', async (_name, identity) => {
    const before = await logRowCount();
    const outcome = await run(query, { representations }, { identity, atkomstgrund: null });
    expect(outcome.errors).toBeUndefined();
    expect(outcome.data?.['vardcentraler']).toEqual([{ namn: 'Öckerö vårdcentral', antalListadePatienter: 1, lakare: [{ namn: 'Holm, Lars' }] }]);
    expect(outcome.data?.['narsjukvardsteam']).toHaveLength(2);
    const naromraden = outcome.data?.['_entities'] as any[];
    expect(naromraden.map((naromrade) => naromrade.antalPatienterMedRegioninsats)).toEqual([
      { varde: null, undertryckt: true },
      { varde: null, undertryckt: true },
      { varde: 0, undertryckt: false },
    ]);
    expect(unpackPseudonymer(naromraden[0].regionensPatientpseudonymer)).toHaveLength(regioninsatsAngered.length);
    expect(await logRowCount()).toBe(before);
  });

  it('shows counts at or above SAMSYN_MIN_ANTAL', async () => {
    const lowThreshold = createVgrSubgraph({ pseudonymKey, suppressionThreshold: 2 });
    const outcome = await run(query, { representations }, { identity: nosamKommun, subgraph: lowThreshold });
    expect((outcome.data?.['_entities'] as any[]).map((naromrade) => naromrade.antalPatienterMedRegioninsats)).toEqual([
      { varde: 3, undertryckt: false },
      { varde: null, undertryckt: true },
      { varde: 0, undertryckt: false },
    ]);
  });
});

describe('vgr: spärr mutations', () => {
  const patient = p[6]!;

  async function sparrRows(personnummer: string) {
    return database.db.selectFrom('sparr').selectAll().where('personnummer', '=', personnummer).execute();
  }

  it('registers a spärr idempotently, logging each write in the same transaction', async () => {
    const first = await setSparr(patient, true);
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({ registreraRegionensSparr: { patientId: patient, huvudman: 'VGR', sparrad: true } });
    const [registered] = await sparrRows(patient);
    expect(registered).toMatchObject({ personnummer: patient, registrerad_av: vardpersonalVgr.employeeHsaId });
    const firstLog = await logRowsOf(lastRequestId);
    expect(firstLog).toMatchObject([{
      patient, data_huvudman: 'VGR', atgard: 'SKRIVNING', informationskategorier: 'sparr', resultat: 'TILLATEN', grund: 'EGEN_VARDRELATION', granskas_sarskilt: false,
    }]);

    const second = await setSparr(patient, true);
    expect(second.data).toEqual(first.data);
    expect(await sparrRows(patient)).toEqual([registered]);
    expect(await logRowsOf(lastRequestId)).toHaveLength(1);
  });

  it('hides the patient\'s data from a kommun reader with samtycke but not from nödåtkomst', async () => {
    const fields = entitiesQuery('... on Patient { listning { listadSedan } harSparradRegioninformation }');
    const representations = [{ __typename: 'Patient', id: patient }];
    const withSamtycke = await run(fields, { representations }, { identity: vardpersonalKommun, atkomstgrund: samtycke });
    expect(withSamtycke.data?.['_entities']).toEqual([{ __typename: 'Patient', listning: null, harSparradRegioninformation: true }]);
    const withNodatkomst = await run(fields, { representations }, { identity: vardpersonalKommun, atkomstgrund: nodatkomst });
    expect(withNodatkomst.data?.['_entities']).toEqual([{ __typename: 'Patient', listning: { listadSedan: '2020-01-07' }, harSparradRegioninformation: false }]);
  });

  it('lifts a spärr idempotently, logging each write', async () => {
    const first = await setSparr(patient, false);
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({ havRegionensSparr: { patientId: patient, huvudman: 'VGR', sparrad: false } });
    expect(await sparrRows(patient)).toEqual([]);
    expect(await logRowsOf(lastRequestId)).toMatchObject([{ patient, atgard: 'SKRIVNING', informationskategorier: 'sparr', resultat: 'TILLATEN' }]);
    const second = await setSparr(patient, false);
    expect(second.data).toEqual(first.data);
    expect(await logRowsOf(lastRequestId)).toHaveLength(1);
  });

  it.each<[string, Identity]>([
    ['a kommun\'s vårdpersonal', vardpersonalKommun],
    ['the region\'s nosam', nosamVgr],
    ['the region\'s granskare', granskareVgr],
    ['the region\'s system client with patient:read', system('VGR', ['patient:read'])],
  ])('refuses %s with FORBIDDEN and changes and logs nothing', async (_name, identity) => {
    const before = await logRowCount();
    const outcome = await run('mutation ($id: ID!) { registreraRegionensSparr(input: { patientId: $id }) { sparrad } }', { id: patient }, { identity });
    expect(codesOf(outcome)).toEqual(['FORBIDDEN']);
    expect(outcome.data).toBeNull();
    expect(await sparrRows(patient)).toEqual([]);
    expect(await logRowCount()).toBe(before);
  });

  it.each([['191212121213', 'PERSONNUMMER_INVALID'], ['19121212-1212', 'PERSONNUMMER_FORMAT']])(
    'refuses patientId "%s" with %s before any SQL, without echoing it',
    async (id, reason) => {
      const outcome = await run('mutation ($id: ID!) { havRegionensSparr(input: { patientId: $id }) { sparrad } }', { id }, { identity: vardpersonalVgr });
      expect(codesOf(outcome)).toEqual(['BAD_USER_INPUT']);
      expect(reasonOf(outcome)).toBe(reason);
      expect(outcome.errors?.[0]?.extensions?.['field']).toBe('input.patientId');
      expect(outcome.errors?.[0]?.message).not.toContain(id);
      expect(outcome.statements).toBe(0);
    },
  );

  it('rolls the spärr back when its log row cannot be written', async () => {
    await database.runScript(`ALTER TABLE atkomstlogg ADD CONSTRAINT test_refuse_sparr CHECK (informationskategorier <> 'sparr') NOT VALID;`);
    try {
      const outcome = await setSparr(patient, true);
      expect(codesOf(outcome)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(await sparrRows(patient)).toEqual([]);
    } finally {
      await database.runScript('ALTER TABLE atkomstlogg DROP CONSTRAINT test_refuse_sparr;');
    }
  });
});

describe('vgr: the access log', () => {
  const logQuery = `query ($filter: AtkomstloggFilter, $first: Int) {
    regionensAtkomstlogg(filter: $filter, first: $first) {
      edges { node { lopnummer patientId resultat grund granskasSarskilt atgard informationskategorier anvandare dataHuvudman } }
      pageInfo { hasNextPage }
    }
  }`;

  it('shows the region\'s granskare the log, nödåtkomst first', async () => {
    const outcome = await run(logQuery, { filter: { patientId: utanSparr }, first: 100 }, { identity: granskareVgr });
    expect(outcome.errors).toBeUndefined();
    const nodes = (outcome.data?.['regionensAtkomstlogg'].edges as any[]).map((edge) => edge.node);
    expect(nodes.length).toBeGreaterThan(3);
    expect(nodes.every((node) => node.patientId === utanSparr && node.dataHuvudman === 'VGR')).toBe(true);
    const flagged = nodes.filter((node) => node.granskasSarskilt);
    expect(flagged.length).toBeGreaterThan(0);
    expect(nodes.slice(0, flagged.length).every((node) => node.granskasSarskilt && node.grund === 'NODATKOMST')).toBe(true);
    expect(nodes.some((node) => node.resultat === 'NEKAD' && node.grund === null)).toBe(true);
  });

  it('lets the region\'s system client with atkomstlogg:read read it, filtered by ground', async () => {
    const outcome = await run(logQuery, { filter: { grund: 'SAMTYCKE' }, first: 5 }, { identity: system('VGR', ['atkomstlogg:read']) });
    expect(outcome.errors).toBeUndefined();
    const nodes = (outcome.data?.['regionensAtkomstlogg'].edges as any[]).map((edge) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((node) => node.grund === 'SAMTYCKE')).toBe(true);
  });

  it.each<[string, Identity]>([
    ['a kommun\'s granskare', granskareKommun],
    ['a kommun\'s system client with atkomstlogg:read', system('1480', ['atkomstlogg:read'])],
    ['the region\'s vårdpersonal', vardpersonalVgr],
    ['nosam', nosamVgr],
    ['analytiker', analytiker],
  ])('refuses the log and its verification to %s with FORBIDDEN', async (_name, identity) => {
    const outcome = await run(`{ regionensAtkomstlogg { edges { cursor } } }`, {}, { identity });
    expect(codesOf(outcome)).toEqual(['FORBIDDEN']);
    expect(outcome.data).toBeNull();
    const verification = await run('{ regionensAtkomstloggVerifiering { hel } }', {}, { identity });
    expect(codesOf(verification)).toEqual(['FORBIDDEN']);
  });

  it('gives the patient extract to the region\'s granskare and the extract service, batched, and to no one else', async () => {
    const query = entitiesQuery('... on Patient { id regionensLasningar { tid organisationHsaId huvudman informationskategorier } }');
    const representations = [utanSparr, p[2]!, '191212121212'].map((id) => ({ __typename: 'Patient', id }));

    const granskare = await run(query, { representations }, { identity: granskareVgr });
    expect(granskare.errors).toBeUndefined();
    const extracts = granskare.data?.['_entities'] as any[];
    // Only reads that were let through: the kommun's samtycke and nödåtkomst reads are there, refusals are not.
    expect(extracts[0].regionensLasningar.length).toBeGreaterThan(0);
    expect(extracts[0].regionensLasningar.map((lasning: any) => lasning.huvudman)).toEqual(expect.arrayContaining(['VGR', '1480']));
    expect(extracts[0].regionensLasningar).toContainEqual(expect.objectContaining({ organisationHsaId: kommunOrganisation, informationskategorier: ['listning'] }));
    expect(extracts[2].regionensLasningar).toEqual([]);
    // One query for all patients; reading the extract is not itself logged.
    expect(granskare.statements).toBe(1);
    expect(await logRowsOf(lastRequestId)).toEqual([]);

    const service = await run(query, { representations }, { identity: system('1480', ['loggutdrag:read']) });
    expect(service.errors).toBeUndefined();
    expect((service.data?.['_entities'] as any[])[0].regionensLasningar).toEqual(extracts[0].regionensLasningar);

    for (const identity of [vardpersonalVgr, granskareKommun, nosamVgr, system('VGR', ['atkomstlogg:read'])]) {
      const refusedOutcome = await run(query, { representations }, { identity });
      expect(codesOf(refusedOutcome)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
      expect((refusedOutcome.data?.['_entities'] as any[]).map((patient) => patient.regionensLasningar)).toEqual([null, null, null]);
    }
  });

  it('contributes the same extract to Loggutdrag, keyed by the patient only, for the region\'s granskare and the extract service', async () => {
    const lasningar = 'regionensLasningar { tid organisationHsaId huvudman informationskategorier }';
    const patients = [utanSparr, p[2]!, '191212121212'];
    const query = entitiesQuery(`... on Loggutdrag { patientId ${lasningar} }`);
    const representations = patients.map((patientId) => ({ __typename: 'Loggutdrag', patientId }));
    const viaPatient = await run(entitiesQuery(`... on Patient { ${lasningar} }`), { representations: patients.map((id) => ({ __typename: 'Patient', id })) }, { identity: granskareVgr });

    const granskare = await run(query, { representations }, { identity: granskareVgr });
    expect(granskare.errors).toBeUndefined();
    const extracts = granskare.data?.['_entities'] as any[];
    expect(extracts.map((extract) => extract.patientId)).toEqual(patients);
    expect(extracts[0].regionensLasningar.length).toBeGreaterThan(0);
    expect(extracts.map((extract) => extract.regionensLasningar)).toEqual((viaPatient.data?.['_entities'] as any[]).map((patient) => patient.regionensLasningar));
    // One query for all patients; reading the extract is not itself logged.
    expect(granskare.statements).toBe(1);
    expect(await logRowsOf(lastRequestId)).toEqual([]);

    const service = await run(query, { representations }, { identity: system('1480', ['loggutdrag:read']) });
    expect(service.data?.['_entities']).toEqual(extracts);

    for (const identity of [vardpersonalVgr, granskareKommun, nosamVgr, analytiker, system('VGR', ['atkomstlogg:read', 'patient:read'])]) {
      const refused = await run(query, { representations }, { identity });
      expect(codesOf(refused)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
      expect(refused.data?.['_entities']).toEqual(patients.map((patientId) => ({ __typename: 'Loggutdrag', patientId, regionensLasningar: null })));
      expect(refused.statements).toBe(0);
    }
  });

  it('answers a Loggutdrag with an invalid personnummer with null, before any SQL', async () => {
    const outcome = await run(entitiesQuery('... on Loggutdrag { regionensLasningar { tid } }'), {
      representations: [{ __typename: 'Loggutdrag', patientId: '191212121213' }, { __typename: 'Loggutdrag', patientId: '19121212-1212' }],
    }, { identity: granskareVgr });
    expect(outcome.errors).toBeUndefined();
    expect(outcome.data?.['_entities']).toEqual([null, null]);
    expect(outcome.statements).toBe(0);
  });

  it('refuses UPDATE and DELETE on the log', async () => {
    await expect(sql`UPDATE atkomstlogg SET roller = 'granskare' WHERE lopnummer = 1`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM atkomstlogg WHERE lopnummer = 1`.execute(database.db)).rejects.toThrow(/append-only/);
  });

  it('verifies a clean log as whole and finds the first changed row after tampering', async () => {
    const clean = await run('{ regionensAtkomstloggVerifiering { kontrolleradeRader hel forstaFelLopnummer fel } }', {}, { identity: granskareVgr });
    expect(clean.errors).toBeUndefined();
    const rows = await logRowCount();
    expect(rows).toBeGreaterThan(10);
    expect(clean.data?.['regionensAtkomstloggVerifiering']).toEqual({ kontrolleradeRader: rows, hel: true, forstaFelLopnummer: null, fel: null });

    // Flips the outcome of rows 3 and 5 past the append-only triggers; a second flip restores them.
    const flipOutcomes = () =>
      database.runScript(`ALTER TABLE atkomstlogg DISABLE TRIGGER USER;
        UPDATE atkomstlogg SET resultat = CASE resultat WHEN 'NEKAD' THEN 'TILLATEN' ELSE 'NEKAD' END WHERE lopnummer IN (3, 5);
        ALTER TABLE atkomstlogg ENABLE TRIGGER USER;`);
    await flipOutcomes();
    try {
      const broken = await run('{ regionensAtkomstloggVerifiering { kontrolleradeRader hel forstaFelLopnummer fel } }', {}, { identity: system('VGR', ['atkomstlogg:read']) });
      expect(broken.data?.['regionensAtkomstloggVerifiering']).toEqual({ kontrolleradeRader: rows, hel: false, forstaFelLopnummer: 3, fel: 'RAD_ANDRAD' });
    } finally {
      await flipOutcomes();
    }
    const restored = await run('{ regionensAtkomstloggVerifiering { hel } }', {}, { identity: granskareVgr });
    expect(restored.data?.['regionensAtkomstloggVerifiering']).toEqual({ hel: true });
  });
});
