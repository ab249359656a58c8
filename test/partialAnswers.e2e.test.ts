// Partial answers as the README promises them: with one huvudman's service stopped, every view of the web
// application (its own .graphql operations, as users run them) and the README's examples still return what the
// other services hold, with one SUBGRAPH_UNAVAILABLE error naming the missing service; once it is back, the whole
// answer is back. Through the real gateway over HTTP, on PGlite (one start; each subgraph is stopped in turn).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphServiceName } from '../scripts/samsynServices.js';
import type { TokenRequest } from '../subgraphs/common/auth/developmentIssuer.js';
import { SamsynUnderTest, type GraphqlResponse } from './support/samsynUnderTest.js';
import { fragmentsUnder, graphqlFiles, operationDocument } from './support/operationDocument.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const demoPatient = '191212121212';
const naromradeId = '1480-angered';
// An avvikelse of the seeded world (the same on every start).
const seededAvvikelse = 'avv-000094';

/**
 * What an operation gives with one service stopped:
 * - `untouched`: it asks that service for nothing, so the whole answer, no error;
 * - `essential`: its root field is that service's, so no data at the root (null), with the one error;
 * - `kept` (paths whose value is as with every service up) and `missing` (paths now null), with the one error.
 */
type Without = 'untouched' | 'essential' | { kept: string[]; missing: string[] };

interface ViewCase {
  view: string;
  operation: string;
  user: 'vardpersonal' | 'nosam' | 'analytiker' | 'granskareRegion' | 'granskareKommun' | 'loggutdragsklient';
  variables?: Record<string, unknown>;
  without: Record<SubgraphServiceName, Without>;
  /** An access log: every read anywhere adds rows, so its answers are compared by shape (no error, every part there), not value. */
  growing?: true;
}

const users: Record<ViewCase['user'], Partial<TokenRequest>> = {
  // Göteborg's own staff, with samtycke attested, see the kommun's list and the region's data alike.
  vardpersonal: { huvudman: '1480', organisationHsaId: 'SE2120001480-E000000001000', employeeHsaId: 'SE2120001480-P000000000001' },
  nosam: { huvudman: '1480', organisationHsaId: 'SE2120001480-E000000001000', employeeHsaId: 'SE2120001480-P000000000002', roles: ['nosam'] },
  analytiker: { roles: ['analytiker'] },
  granskareRegion: { roles: ['granskare'], employeeHsaId: 'SE2321000131-P000000000003' },
  granskareKommun: { roles: ['granskare'], huvudman: '1480', organisationHsaId: 'SE2120001480-E000000001000', employeeHsaId: 'SE2120001480-P000000000003' },
  // The page is the granskare's, who sees only its own huvudman's part; a client with loggutdrag:read sees every part whole.
  loggutdragsklient: { roles: ['system'], scopes: ['loggutdrag:read'], employeeHsaId: undefined, subject: 'samsyn-test-loggutdrag' },
};

const patientPicture = (prefix: string): Record<SubgraphServiceName, Without> => ({
  vgr: { kept: [`${prefix}.hemsjukvard`, `${prefix}.sipar`], missing: [`${prefix}.listning`, `${prefix}.fastLakarkontakt`] },
  kommun: { kept: [`${prefix}.listning`, `${prefix}.sipar`], missing: [`${prefix}.hemsjukvard`, `${prefix}.kommun`] },
  samverkan: { kept: [`${prefix}.listning`, `${prefix}.hemsjukvard`], missing: [`${prefix}.sipar`, `${prefix}.avvikelser`] },
});

// The NOSAM view's närområde, its plan and åtgärder are samverkan's: without samverkan there is no närområde.
// `kommunMissing`: more that is null without the kommun service (the kommun's name, where it is asked for).
const nosamView = (kommunMissing: string[] = [], vgrMissing: string[] = []): Record<SubgraphServiceName, Without> => ({
  // The boenden stay; only the region's count of residents listed elsewhere is missing from them.
  vgr: {
    kept: ['naromrade.boenden.0.namn', 'naromrade.boenden.0.antalBelagdaPlatser', 'naromrade.naromradesplan.atgarder', 'naromrade.antalPatienterMedKommuninsats'],
    missing: ['naromrade.vardcentraler', 'naromrade.antalPatienterMedRegioninsats', ...vgrMissing],
  },
  kommun: {
    kept: ['naromrade.vardcentraler', 'naromrade.naromradesplan.atgarder', 'naromrade.antalPatienterMedRegioninsats'],
    missing: ['naromrade.boenden', 'naromrade.antalPatienterMedKommuninsats', ...kommunMissing],
  },
  samverkan: 'essential',
});

// The SIP-gap list is matched from the region's pseudonyms by the kommun: it needs both, and the närområde
// (samverkan) around it. Without vgr or kommun the närområde stays and the list is null.
const sipGapList: Record<SubgraphServiceName, Without> = {
  vgr: { kept: ['naromrade.namn'], missing: ['naromrade.patienterMedInsatserFranBada', 'naromrade.antalPatienterMedInsatserFranBada'] },
  kommun: { kept: ['naromrade.namn'], missing: ['naromrade.patienterMedInsatserFranBada', 'naromrade.antalPatienterMedInsatserFranBada'] },
  samverkan: 'essential',
};

const onlySamverkan: Record<SubgraphServiceName, Without> = { vgr: 'untouched', kommun: 'untouched', samverkan: 'essential' };

// The plan difference is samverkan's; the boende's name is the kommun's, the vårdcentral's the region's.
// A närområde whose plan was revised in the seeded world (version 1 against 2, the one in force).
const revisedNaromradeId = '1480-ostra-goteborg';
const andrat = 'naromrade.naromradesplanSkillnad.andradeBoendeansvar.0';
const planDifference: Record<SubgraphServiceName, Without> = {
  vgr: { kept: [`${andrat}.andringar`, `${andrat}.boende`], missing: [`${andrat}.fore.vardcentral`, `${andrat}.efter.lakare`] },
  kommun: { kept: [`${andrat}.andringar`, `${andrat}.fore.vardcentral`], missing: [`${andrat}.boende`] },
  samverkan: 'essential',
};

const cases: ViewCase[] = [
  { view: 'patientbild', operation: 'PatientPatientbild', user: 'vardpersonal', variables: { id: demoPatient }, without: patientPicture('patient') },
  { view: 'närområde (NOSAM), picker', operation: 'NaromradeValjare', user: 'nosam', without: onlySamverkan },
  // The kommuner's names are the kommun service's root field; the picker shows kommunkoder without them.
  { view: 'närområde (NOSAM), picker', operation: 'NaromradeValjareKommunnamn', user: 'nosam', without: { vgr: 'untouched', kommun: 'essential', samverkan: 'untouched' } },
  { view: 'närområde (NOSAM), plan', operation: 'NaromradeVyPlan', user: 'nosam', variables: { id: naromradeId }, without: nosamView([], ['naromrade.boenden.0.antalInvanareListadeAnnanstans']) },
  { view: 'närområde (NOSAM), kommun', operation: 'NaromradeVyKommun', user: 'nosam', variables: { kommunkod: '1480' }, without: { vgr: 'untouched', kommun: 'essential', samverkan: 'untouched' } },
  // The teams are the region's root field.
  { view: 'närområde (NOSAM), team', operation: 'NaromradeVyTeam', user: 'nosam', without: { vgr: 'essential', kommun: 'untouched', samverkan: 'untouched' } },
  { view: 'närområde (NOSAM), avvikelser', operation: 'NaromradeVyAvvikelser', user: 'nosam', variables: { id: naromradeId, analysFran: '2025-01-01', analysTill: '2026-12-31' }, without: onlySamverkan },
  { view: 'närområde (NOSAM), SIP count', operation: 'NaromradeVySip', user: 'nosam', variables: { id: naromradeId }, without: onlySamverkan },
  { view: 'närområde (NOSAM), plan history', operation: 'NaromradePlanhistorik', user: 'nosam', variables: { id: naromradeId }, without: onlySamverkan },
  { view: 'närområde (NOSAM), plan difference', operation: 'NaromradePlanskillnad', user: 'nosam', variables: { id: revisedNaromradeId, fran: 1 }, without: planDifference },
  { view: 'SIP-luckor', operation: 'SipLuckorArbetslista', user: 'vardpersonal', variables: { id: naromradeId }, without: sipGapList },
  {
    view: 'SIP-luckor, heading',
    operation: 'SipLuckorNaromrade',
    user: 'vardpersonal',
    variables: { id: naromradeId, kommunkod: '1480' },
    without: { vgr: 'untouched', kommun: { kept: ['naromrade'], missing: ['kommun'] }, samverkan: { kept: ['kommun'], missing: ['naromrade'] } },
  },
  { view: 'avvikelser', operation: 'AvvikelserOmraden', user: 'analytiker', without: onlySamverkan },
  { view: 'avvikelser', operation: 'AvvikelserAnalys', user: 'analytiker', variables: { niva: 'LANSGEMENSAM', fran: '2026-01-01', till: '2026-12-31' }, without: onlySamverkan },
  // The breakdowns are samverkan's; the vårdcentralernas names for the units, the region's.
  {
    view: 'avvikelser',
    operation: 'AvvikelserFordelning',
    user: 'analytiker',
    variables: { niva: 'LANSGEMENSAM', fran: '2026-01-01', till: '2026-12-31' },
    without: { vgr: { kept: ['perEnhet', 'perStatus', 'naromraden.0.id'], missing: ['naromraden.0.vardcentraler'] }, kommun: 'untouched', samverkan: 'essential' },
  },
  { view: 'avvikelser', operation: 'AvvikelserJamforelse', user: 'analytiker', variables: { niva: 'DELREGIONAL', omradeId: 'goteborgsomradet', fran: '2026-01-01', till: '2026-06-30' }, without: onlySamverkan },
  // The population is the kommun's reference data; which vårdsamverkansområde a kommun is in, samverkan's.
  {
    view: 'avvikelser',
    operation: 'AvvikelserBefolkning',
    user: 'analytiker',
    without: { vgr: 'untouched', kommun: 'essential', samverkan: { kept: ['kommuner.0.befolkning', 'kommuner.48.befolkning'], missing: ['kommuner.0.vardsamverkansomrade', 'kommuner.48.vardsamverkansomrade'] } },
  },
  {
    view: 'API-utforskare',
    operation: 'ExempelAvvikelseanalys',
    user: 'analytiker',
    variables: { input: { niva: 'LANSGEMENSAM', fran: '2026-01-01', till: '2026-12-31', gruppera: ['KATEGORI', 'RIKTNING'] } },
    without: onlySamverkan,
  },
  { view: 'API-utforskare', operation: 'ExempelForsenadeAterkopplingar', user: 'analytiker', variables: { first: 5 }, without: onlySamverkan },
  { view: 'API-utforskare', operation: 'ExempelNaromradeNosam', user: 'nosam', variables: { id: naromradeId }, without: nosamView(['naromrade.kommun']) },
  { view: 'API-utforskare', operation: 'ExempelPatientbild', user: 'vardpersonal', variables: { id: demoPatient }, without: patientPicture('patient') },
  { view: 'API-utforskare', operation: 'ExempelSipLuckor', user: 'vardpersonal', variables: { id: naromradeId }, without: sipGapList },
  { view: 'API-utforskare', operation: 'ExempelSipUppfoljningar', user: 'vardpersonal', variables: { naromradeId }, without: onlySamverkan },
  { view: 'avvikelser', operation: 'AvvikelserForsenade', user: 'analytiker', variables: { filter: {} }, without: onlySamverkan },
  { view: 'inkorg', operation: 'AvvikelseInkorg', user: 'vardpersonal', variables: { filter: { mottagandeHuvudman: 'VGR' }, first: 5 }, without: onlySamverkan },
  {
    view: 'inkorg',
    operation: 'AvvikelseInkorgLage',
    user: 'vardpersonal',
    variables: {
      attTaEmot: { mottagandeHuvudman: 'VGR', statusar: ['RAPPORTERAD'] },
      underArbete: { mottagandeHuvudman: 'VGR', statusar: ['MOTTAGEN', 'UNDER_UTREDNING', 'ATGARDAD'] },
      aterkopplade: { mottagandeHuvudman: 'VGR', statusar: ['ATERKOPPLAD'] },
      forsenade: { mottagandeHuvudman: 'VGR' },
    },
    without: onlySamverkan,
  },
  {
    view: 'våra rapporter',
    operation: 'VaraRapporter',
    user: 'vardpersonal',
    variables: { filter: { rapporterandeHuvudman: '1480' }, attAvsluta: { rapporterandeHuvudman: '1480', statusar: ['ATERKOPPLAD'] }, first: 5 },
    without: onlySamverkan,
  },
  {
    view: 'avvikelse',
    operation: 'AvvikelseArende',
    user: 'vardpersonal',
    variables: { id: seededAvvikelse },
    without: { vgr: 'untouched', kommun: { kept: ['avvikelse.handelser', 'avvikelse.mojligaHandlingar'], missing: ['avvikelse.kommun'] }, samverkan: 'essential' },
  },
  { view: 'närområde (NOSAM), registrera möte', operation: 'NosamMoteUnderlag', user: 'nosam', variables: { id: naromradeId }, without: onlySamverkan },
  { view: 'avvikelse', operation: 'AvvikelsePatient', user: 'vardpersonal', variables: { id: seededAvvikelse }, without: onlySamverkan },
  {
    view: 'rapportera avvikelse',
    operation: 'RapporteraEnheter',
    user: 'vardpersonal',
    variables: { naromradeId },
    without: { vgr: { kept: ['naromrade.id'], missing: ['naromrade.vardcentraler'] }, kommun: 'untouched', samverkan: 'essential' },
  },
  { view: 'granskning', operation: 'GranskningRegionensLogg', user: 'granskareRegion', growing: true, without: { vgr: 'essential', kommun: 'untouched', samverkan: 'untouched' } },
  { view: 'granskning', operation: 'GranskningRegionensKedja', user: 'granskareRegion', growing: true, without: { vgr: 'essential', kommun: 'untouched', samverkan: 'untouched' } },
  { view: 'granskning', operation: 'GranskningKommunensLogg', user: 'granskareKommun', growing: true, without: { vgr: 'untouched', kommun: 'essential', samverkan: 'untouched' } },
  { view: 'granskning', operation: 'GranskningKommunensKedja', user: 'granskareKommun', growing: true, without: { vgr: 'untouched', kommun: 'essential', samverkan: 'untouched' } },
  { view: 'granskning', operation: 'GranskningSamverkansLogg', user: 'granskareKommun', growing: true, without: onlySamverkan },
  { view: 'granskning', operation: 'GranskningSamverkansKedja', user: 'granskareKommun', growing: true, without: onlySamverkan },
  {
    view: 'granskning',
    operation: 'GranskningLoggutdrag',
    user: 'loggutdragsklient',
    growing: true,
    variables: { patientId: demoPatient },
    without: {
      vgr: { kept: ['loggutdrag.kommunensLasningar', 'loggutdrag.samverkansLasningar'], missing: ['loggutdrag.regionensLasningar'] },
      kommun: { kept: ['loggutdrag.regionensLasningar', 'loggutdrag.samverkansLasningar'], missing: ['loggutdrag.kommunensLasningar'] },
      samverkan: { kept: ['loggutdrag.regionensLasningar', 'loggutdrag.kommunensLasningar'], missing: ['loggutdrag.samverkansLasningar'] },
    },
  },
  { view: 'README', operation: 'README example 1', user: 'vardpersonal', without: patientPicture('patient') },
  { view: 'README', operation: 'README example 2', user: 'nosam', without: nosamView(['naromrade.kommun']) },
];

/** Every query of the web application by name, with the fragments it uses; the README's numbered examples by number. */
function shippedOperations(): Map<string, string> {
  const operations = new Map<string, string>();
  const add = (name: string, document: DocumentNode, shared?: ReadonlyMap<string, FragmentDefinitionNode>) => {
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'query') continue;
      operations.set(name || definition.name!.value, print(operationDocument(definition, document, shared)));
    }
  };
  const web = join(root, 'web/app');
  const shared = fragmentsUnder(web);
  for (const path of graphqlFiles(web)) add('', parse(readFileSync(path, 'utf8')), shared);
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const match of readme.matchAll(/\*\*(\d+)\. [^\n]*\n+```graphql\n([\s\S]*?)```/g)) add(`README example ${match[1]}`, parse(match[2]!));
  return operations;
}

/** The answer every service up gave; for a growing log, an answer with every root there. */
function expectSameAnswer(view: ViewCase, data: GraphqlResponse['data']): void {
  if (!view.growing) {
    expect(data, view.operation).toEqual(whole.get(view.operation)!.data);
    return;
  }
  expect(Object.keys(data ?? {}), view.operation).toEqual(Object.keys(whole.get(view.operation)!.data ?? {}));
  for (const value of Object.values(data ?? {})) expect(value, view.operation).not.toBeNull();
}

function valueAt(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, name) => (value === null || value === undefined ? value : (value as Record<string, unknown>)[name]), data);
}

function unavailableErrors(response: GraphqlResponse): { code: unknown; subgraph: unknown }[] {
  return (response.errors ?? []).map((error) => ({ code: error.extensions?.['code'], subgraph: error.extensions?.['subgraph'] }));
}

const operations = shippedOperations();
let samsyn: SamsynUnderTest;
const tokens = new Map<ViewCase['user'], string>();
/** Each case's answer with every service up. */
const whole = new Map<string, GraphqlResponse>();

async function run(view: ViewCase): Promise<GraphqlResponse> {
  return samsyn.query(operations.get(view.operation)!, view.variables ?? {}, { token: tokens.get(view.user)!, headers: { 'x-samsyn-atkomstgrund': 'samtycke' } });
}

beforeAll(async () => {
  samsyn = await SamsynUnderTest.start('pglite');
  for (const [user, request] of Object.entries(users)) tokens.set(user as ViewCase['user'], await samsyn.token(request));
}, 240_000);

afterAll(async () => {
  await samsyn?.stop();
}, 60_000);

describe('partial answers', () => {
  it('covers every query the web application ships', () => {
    const webQueries = [...operations.keys()].filter((name) => !name.startsWith('README'));
    expect(webQueries.filter((name) => !cases.some((view) => view.operation === name))).toEqual([]);
    for (const view of cases) expect(operations.has(view.operation), view.operation).toBe(true);
  });

  it('answers every view whole while every service is up', async () => {
    for (const view of cases) {
      const response = await run(view);
      expect(response.errors, view.operation).toBeUndefined();
      for (const without of Object.values(view.without)) {
        if (typeof without === 'string') continue;
        for (const path of [...without.kept, ...without.missing]) expect(valueAt(response.data, path), `${view.operation}: ${path}`).not.toBeNull();
      }
      whole.set(view.operation, response);
    }
  });

  for (const stopped of ['kommun', 'vgr', 'samverkan'] as const) {
    describe(`with ${stopped} stopped`, () => {
      let running = true;
      beforeAll(async () => {
        await samsyn.stopSubgraph(stopped);
        running = false;
      }, 60_000);
      afterAll(async () => {
        if (!running) await samsyn.startSubgraph(stopped);
      }, 120_000);

      it.each(cases.map((view) => [`${view.view}: ${view.operation}`, view] as const))('%s', async (_name, view) => {
        const expected = view.without[stopped];
        const response = await run(view);
        if (expected === 'untouched') {
          expect(response.errors).toBeUndefined();
          expectSameAnswer(view, response.data);
          return;
        }
        // One error for the missing service, however many of the plan's fetches went to it.
        expect(unavailableErrors(response)).toEqual([{ code: 'SUBGRAPH_UNAVAILABLE', subgraph: stopped }]);
        expect(response.errors![0]!.message).toContain(stopped);
        if (expected === 'essential') {
          const roots = response.data === null || response.data === undefined ? [] : Object.values(response.data);
          expect(roots.every((value) => value === null)).toBe(true);
          return;
        }
        for (const path of expected.kept) {
          if (view.growing) expect(valueAt(response.data, path), path).not.toBeNull();
          else expect(valueAt(response.data, path), path).toEqual(valueAt(whole.get(view.operation)!.data, path));
        }
        for (const path of expected.missing) expect(valueAt(response.data, path), path).toBeNull();
      });

      it(`answers every view whole again once ${stopped} is back`, async () => {
        await samsyn.startSubgraph(stopped);
        running = true;
        for (const view of cases) {
          const response = await run(view);
          expect(response.errors, view.operation).toBeUndefined();
          expectSameAnswer(view, response.data);
        }
      }, 120_000);
    });
  }
});
