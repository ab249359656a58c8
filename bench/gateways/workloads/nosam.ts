// Workload 2: the NOSAM view of the largest närområde (the web page's NaromradeVyPlan
// query), opened by 20 different NOSAM members of its kommun; no access ground (no patient data).
import type { BenchRequest, Workload } from '../types.js';
import { kommunNosamMember } from './benchIdentities.js';
import { largestNaromrade, vgWorld } from './benchWorld.js';
import { graphqlRequest } from './graphqlRequest.js';
import { checkGraphqlAnswer, isObject } from './responseCheck.js';
import { createTokenSigner } from './tokenSigner.js';
import { webOperation } from './webOperation.js';

export const nosamMemberCount = 20;
const operationName = 'NaromradeVyPlan';

export function nosamRequest(query: string, naromradeId: string, token: string): BenchRequest {
  return graphqlRequest(token, { query, variables: { id: naromradeId }, operationName });
}

/** The närområde asked for, with its plan, boenden and vårdcentraler. */
export function checkNosam(body: string, naromradeId: string): string | null {
  return checkGraphqlAnswer(body, (data) => {
    const naromrade = data['naromrade'];
    if (!isObject(naromrade)) return 'no naromrade';
    if (naromrade['id'] !== naromradeId) return `naromrade ${String(naromrade['id'])}, not ${naromradeId}`;
    if (!isObject(naromrade['naromradesplan'])) return 'no naromradesplan';
    if (!Array.isArray(naromrade['boenden']) || naromrade['boenden'].length === 0) return 'no boenden';
    if (!Array.isArray(naromrade['vardcentraler']) || naromrade['vardcentraler'].length === 0) return 'no vardcentraler';
    return null;
  });
}

let expectedNaromradeId: string | undefined;

/** Found once per process: ranking the närområden of the generated world takes tens of milliseconds a time. */
function largestNaromradeId(): string {
  expectedNaromradeId ??= largestNaromrade(vgWorld()).id;
  return expectedNaromradeId;
}

export const nosamWorkload: Workload = {
  id: 'nosam',
  title: `NOSAM view of the largest närområde (${nosamMemberCount} NOSAM members of its kommun)`,
  connections: 20,
  writes: false,
  pacing: { users: nosamMemberCount, thinkTimeMs: 2000, describe: 'NOSAM members with the view open, each moving on every couple of seconds' },
  async prepare(_gatewayUrl, services) {
    const naromrade = largestNaromrade(vgWorld());
    const query = webOperation('web/app/pages/naromrade/naromradeVy.graphql', operationName);
    const sign = createTokenSigner(services.issuerDirectory);
    const requests: BenchRequest[] = [];
    for (let member = 1; member <= nosamMemberCount; member++) {
      requests.push(nosamRequest(query, naromrade.id, await sign(kommunNosamMember(naromrade.kommunkod, member))));
    }
    return requests;
  },
  prepareCheck: () => void largestNaromradeId(),
  check: (body) => checkNosam(body, largestNaromradeId()),
};
