// The vgr subgraph end to end inside one process: migrations and seed on an
// in-memory PGlite (or an empty real PostgreSQL database given as
// VGR_TEST_DATABASE_URL), the schema built from the SDL, operations run with
// executeOperation, and the SQL statement count checked for batching.
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../common/database/openDatabase.js';
import { patientPseudonym } from '../common/identifiers/patientPseudonym.js';
import { startInProcessSubgraph, testRequestContext, type InProcessSubgraph } from '../common/testing/inProcessSubgraph.js';
import type { VgrContext } from './context.js';
import type { VgrDatabase } from './database.js';
import { hsa, p, regioninsatsAngered, regioninsatsOckero, vgrTestWorld } from './testing/vgrTestWorld.js';
import { createVgrSubgraph } from './vgrSubgraph.js';

const pseudonymKey = 'vgr-test-pseudonym-key';
const definition = createVgrSubgraph({ SAMSYN_PSEUDONYM_KEY: pseudonymKey });
const base = testRequestContext();

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

/** Runs one operation with a fresh request context and counts the SQL statements it sent. */
async function run(query: string, variables: Record<string, unknown> = {}): Promise<Outcome> {
  const before = database.statementCount();
  const response = await server.executeOperation(
    { query, variables },
    { contextValue: definition.createContext(base, database) },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return { data, errors, statements: database.statementCount() - before };
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
        hsaId namn driftsform antalListadePatienter
        kommun { kod } naromrade { id }
        lakare { namn }
      }
    }`);
    expect(outcome.errors).toBeUndefined();
    expect(outcome.data?.['vardcentraler']).toEqual([
      {
        hsaId: hsa.angered, namn: 'Angereds vårdcentral', driftsform: 'REGION', antalListadePatienter: 10,
        kommun: { kod: '1480' }, naromrade: { id: '1480-angered' },
        lakare: [{ namn: 'Adler, Per' }, { namn: 'Berg, Anna' }, { namn: 'Östberg, Eva' }],
      },
      {
        hsaId: hsa.akervagen, namn: 'Åkervägens vårdcentral', driftsform: 'REGION', antalListadePatienter: 1,
        kommun: { kod: '1480' }, naromrade: { id: '1480-angered' }, lakare: [],
      },
      {
        hsaId: hsa.arlan, namn: 'Ärlans vårdcentral', driftsform: 'PRIVAT', antalListadePatienter: 0,
        kommun: { kod: '1480' }, naromrade: { id: '1480-angered' }, lakare: [],
      },
    ]);
    // The list, then one query each for läkare and counts, whatever the number of vårdcentraler.
    expect(outcome.statements).toBe(3);
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

  it('resolves 13 patients with one SQL statement per table', async () => {
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
    // listning, fast_lakarkontakt, episoder, then vardcentral, lakare, narsjukvardsteam.
    expect(outcome.statements).toBe(6);
  });

  it('resolves 12 listings with exactly one SQL statement', async () => {
    const representations = p.slice(0, 12).map((id) => ({ __typename: 'Patient', id }));
    const outcome = await run(entitiesQuery('... on Patient { listning { listadSedan } }'), { representations });
    expect(outcome.errors).toBeUndefined();
    expect((outcome.data?.['_entities'] as any[]).every((patient) => patient.listning !== null)).toBe(true);
    expect(outcome.statements).toBe(1);
  });

  it('gives an unknown but valid personnummer a patient with empty fields', async () => {
    const outcome = await run(entitiesQuery(patientFields), { representations: [{ __typename: 'Patient', id: '191212121212' }] });
    expect(outcome.errors).toBeUndefined();
    expect(outcome.data?.['_entities']).toEqual([
      { __typename: 'Patient', id: '191212121212', listning: null, fastLakarkontakt: null, narsjukvardsteamEpisoder: [] },
    ]);
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
      entitiesQuery('... on Naromrade { id antalPatienterMedRegioninsats regionensPatientpseudonymer vardcentraler { hsaId } }'),
      { representations: ids.map((id) => ({ __typename: 'Naromrade', id })) },
    );
    expect(outcome.errors).toBeUndefined();
    const result = outcome.data?.['_entities'] as any[];
    const pseudonymsOf = (personnummer: string[]) => personnummer.map((id) => patientPseudonym(id, pseudonymKey)).sort();
    expect(result[0]).toEqual({
      __typename: 'Naromrade',
      id: '1480-angered',
      antalPatienterMedRegioninsats: 3,
      regionensPatientpseudonymer: pseudonymsOf(regioninsatsAngered),
      vardcentraler: [{ hsaId: hsa.angered }, { hsaId: hsa.akervagen }, { hsaId: hsa.arlan }],
    });
    expect(result[1]).toMatchObject({ antalPatienterMedRegioninsats: 1, regionensPatientpseudonymer: pseudonymsOf(regioninsatsOckero) });
    for (const unknown of result.slice(2, 11)) {
      expect(unknown).toMatchObject({ antalPatienterMedRegioninsats: 0, regionensPatientpseudonymer: [], vardcentraler: [] });
    }
    expect(result.slice(11)).toEqual([null, null]);
    expect(outcome.statements).toBe(3);
  });

  it('never puts a personnummer in a pseudonym list', async () => {
    const outcome = await run(entitiesQuery('... on Naromrade { regionensPatientpseudonymer }'), {
      representations: [{ __typename: 'Naromrade', id: '1480-angered' }],
    });
    const pseudonyms = (outcome.data?.['_entities'] as any[])[0].regionensPatientpseudonymer as string[];
    expect(pseudonyms).toHaveLength(3);
    for (const pseudonym of pseudonyms) expect(pseudonym).not.toMatch(/\d{12}/);
    expect(pseudonyms).not.toEqual(expect.arrayContaining(regioninsatsAngered));
  });
});
