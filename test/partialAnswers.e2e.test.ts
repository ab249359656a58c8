// Partial answers as the README promises them: with one huvudman's service stopped, every view of the web
// application (its own .graphql operations, as users run them) and the README's examples still return what the
// other services hold, with one SUBGRAPH_UNAVAILABLE error naming the missing service; once it is back, the whole
// answer is back. Through the real gateway over HTTP, on PGlite (one start; each subgraph is stopped in turn).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphServiceName } from '../scripts/samsynServices.js';
import { SamsynUnderTest, type GraphqlResponse } from './support/samsynUnderTest.js';
import { shippedOperations, shippedQueries, shippedUsers, type ShippedQuery } from './support/shippedQueries.js';

/**
 * What an operation gives with one service stopped:
 * - `untouched`: it asks that service for nothing, so the whole answer, no error;
 * - `essential`: its root field is that service's, so no data at the root (null), with the one error;
 * - `kept` (paths whose value is as with every service up) and `missing` (paths now null), with the one error.
 */
type Without = 'untouched' | 'essential' | { kept: string[]; missing: string[] };

interface ViewCase extends ShippedQuery {
  without: Record<SubgraphServiceName, Without>;
}

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
const andrat = 'naromrade.naromradesplanSkillnad.andradeBoendeansvar.0';
const planDifference: Record<SubgraphServiceName, Without> = {
  vgr: { kept: [`${andrat}.andringar`, `${andrat}.boende`], missing: [`${andrat}.fore.vardcentral`, `${andrat}.efter.lakare`] },
  kommun: { kept: [`${andrat}.andringar`, `${andrat}.fore.vardcentral`], missing: [`${andrat}.boende`] },
  samverkan: 'essential',
};

/** What each shipped query gives with each service stopped. */
const withoutServices: Record<string, Record<SubgraphServiceName, Without>> = {
  PatientPatientbild: patientPicture('patient'),
  NaromradeValjare: onlySamverkan,
  // The kommuner's names are the kommun service's root field; the picker shows kommunkoder without them.
  NaromradeValjareKommunnamn: { vgr: 'untouched', kommun: 'essential', samverkan: 'untouched' },
  NaromradeVyPlan: nosamView([], ['naromrade.boenden.0.antalInvanareListadeAnnanstans']),
  NaromradeVyKommun: { vgr: 'untouched', kommun: 'essential', samverkan: 'untouched' },
  // The teams are the region's root field.
  NaromradeVyTeam: { vgr: 'essential', kommun: 'untouched', samverkan: 'untouched' },
  NaromradeVyAvvikelser: onlySamverkan,
  NaromradeVySip: onlySamverkan,
  NaromradePlanhistorik: onlySamverkan,
  NaromradePlanskillnad: planDifference,
  SipLuckorArbetslista: sipGapList,
  SipLuckorNaromrade: { vgr: 'untouched', kommun: { kept: ['naromrade'], missing: ['kommun'] }, samverkan: { kept: ['kommun'], missing: ['naromrade'] } },
  AvvikelserOmraden: onlySamverkan,
  AvvikelserAnalys: onlySamverkan,
  // The breakdowns are samverkan's; the vårdcentralernas names for the units, the region's.
  AvvikelserFordelning: { vgr: { kept: ['perEnhet', 'perStatus', 'naromraden.0.id'], missing: ['naromraden.0.vardcentraler'] }, kommun: 'untouched', samverkan: 'essential' },
  AvvikelserJamforelse: onlySamverkan,
  // The population is the kommun's reference data; which vårdsamverkansområde a kommun is in, samverkan's.
  AvvikelserBefolkning: { vgr: 'untouched', kommun: 'essential', samverkan: { kept: ['kommuner.0.befolkning', 'kommuner.48.befolkning'], missing: ['kommuner.0.vardsamverkansomrade', 'kommuner.48.vardsamverkansomrade'] } },
  ExempelAvvikelseanalys: onlySamverkan,
  ExempelForsenadeAterkopplingar: onlySamverkan,
  ExempelNaromradeNosam: nosamView(['naromrade.kommun']),
  ExempelPatientbild: patientPicture('patient'),
  ExempelSipLuckor: sipGapList,
  ExempelSipUppfoljningar: onlySamverkan,
  AvvikelserForsenade: onlySamverkan,
  AvvikelseInkorg: onlySamverkan,
  AvvikelseInkorgLage: onlySamverkan,
  VaraRapporter: onlySamverkan,
  AvvikelseArende: { vgr: 'untouched', kommun: { kept: ['avvikelse.handelser', 'avvikelse.mojligaHandlingar'], missing: ['avvikelse.kommun'] }, samverkan: 'essential' },
  NosamMoteUnderlag: onlySamverkan,
  AvvikelsePatient: onlySamverkan,
  RapporteraEnheter: { vgr: { kept: ['naromrade.id'], missing: ['naromrade.vardcentraler'] }, kommun: 'untouched', samverkan: 'essential' },
  GranskningRegionensLogg: { vgr: 'essential', kommun: 'untouched', samverkan: 'untouched' },
  GranskningRegionensKedja: { vgr: 'essential', kommun: 'untouched', samverkan: 'untouched' },
  GranskningKommunensLogg: { vgr: 'untouched', kommun: 'essential', samverkan: 'untouched' },
  GranskningKommunensKedja: { vgr: 'untouched', kommun: 'essential', samverkan: 'untouched' },
  GranskningSamverkansLogg: onlySamverkan,
  GranskningSamverkansKedja: onlySamverkan,
  GranskningLoggutdrag: {
      vgr: { kept: ['loggutdrag.kommunensLasningar', 'loggutdrag.samverkansLasningar'], missing: ['loggutdrag.regionensLasningar'] },
      kommun: { kept: ['loggutdrag.regionensLasningar', 'loggutdrag.samverkansLasningar'], missing: ['loggutdrag.kommunensLasningar'] },
      samverkan: { kept: ['loggutdrag.regionensLasningar', 'loggutdrag.kommunensLasningar'], missing: ['loggutdrag.samverkansLasningar'] },
    },
  'README example 1': patientPicture('patient'),
  'README example 2': nosamView(['naromrade.kommun']),
};

const cases: ViewCase[] = shippedQueries.map((query) => ({ ...query, without: withoutServices[query.operation]! }));


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
  for (const [user, request] of Object.entries(shippedUsers)) tokens.set(user as ViewCase['user'], await samsyn.token(request));
}, 240_000);

afterAll(async () => {
  await samsyn?.stop();
}, 60_000);

describe('partial answers', () => {
  it('says for every shipped query what it gives without each service', () => {
    expect(shippedQueries.filter((query) => withoutServices[query.operation] === undefined).map((query) => query.operation)).toEqual([]);
  });

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
