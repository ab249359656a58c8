// Workload 4: the county-wide avvikelse roll-up for the year up to the seed's
// reference date, by month × kategori × riktning, as analysts of the region.
import { testReferenceDate } from '../../../subgraphs/common/seed/referenceDate.js';
import type { BenchRequest, Workload } from '../types.js';
import { regionAnalytiker } from './benchIdentities.js';
import { graphqlRequest } from './graphqlRequest.js';
import { checkGraphqlAnswer, isObject } from './responseCheck.js';
import { createTokenSigner } from './tokenSigner.js';

export const analytikerCount = 20;

/** The same cells as the analyst page's per-direction view, all three dimensions at once (as bench/avvikelseanalys.ts). */
export const avvikelseanalysQuery = `query BenchAvvikelseanalys($fran: Date!, $till: Date!) {
  avvikelseanalys(input: { niva: LANSGEMENSAM, fran: $fran, till: $till, gruppera: [MANAD, KATEGORI, RIKTNING] }) {
    niva
    fran
    till
    skyddsmetod
    undertryckningsgrans
    totalt { varde undertryckt }
    celler {
      manad
      kategori
      rapporterandeHuvudman { id typ namn }
      mottagandeHuvudman { id typ namn }
      antal { varde undertryckt }
    }
    tidTillAterkoppling { antal { varde undertryckt } medianDagar percentil90Dagar }
    andelForsenade
  }
}`;

/** The year up to (not including) `reference`: from the same day a year earlier to the day before. */
export function yearBefore(reference: string): { fran: string; till: string } {
  const day = new Date(`${reference}T00:00:00Z`);
  const fran = new Date(day);
  fran.setUTCFullYear(fran.getUTCFullYear() - 1);
  const till = new Date(day.getTime() - 24 * 3600 * 1000);
  return { fran: fran.toISOString().slice(0, 10), till: till.toISOString().slice(0, 10) };
}

export function avvikelseanalysRequest(period: { fran: string; till: string }, token: string): BenchRequest {
  return graphqlRequest(token, { query: avvikelseanalysQuery, variables: period, operationName: 'BenchAvvikelseanalys' });
}

/** The county-wide analysis of the period, with cells. */
export function checkAvvikelseanalys(body: string, period: { fran: string; till: string }): string | null {
  return checkGraphqlAnswer(body, (data) => {
    const analys = data['avvikelseanalys'];
    if (!isObject(analys)) return 'no avvikelseanalys';
    if (analys['niva'] !== 'LANSGEMENSAM') return `niva ${String(analys['niva'])}`;
    if (analys['fran'] !== period.fran || analys['till'] !== period.till) return `period ${String(analys['fran'])}–${String(analys['till'])}`;
    if (!Array.isArray(analys['celler']) || analys['celler'].length === 0) return 'no cells';
    return null;
  });
}

const period = yearBefore(testReferenceDate);

export const avvikelseanalysWorkload: Workload = {
  id: 'avvikelseanalys',
  title: `Avvikelseanalys: county-wide, ${period.fran}–${period.till}, month × kategori × riktning (${analytikerCount} analysts of VGR)`,
  connections: 20,
  writes: false,
  pacing: { users: analytikerCount, thinkTimeMs: 5000, describe: 'analysts of VGR reading the roll-up, each asking again every few seconds' },
  async prepare(_gatewayUrl, services) {
    const sign = createTokenSigner(services.issuerDirectory);
    const requests: BenchRequest[] = [];
    for (let analyst = 1; analyst <= analytikerCount; analyst++) requests.push(avvikelseanalysRequest(period, await sign(regionAnalytiker(analyst))));
    return requests;
  },
  check: (body) => checkAvvikelseanalys(body, period),
};
