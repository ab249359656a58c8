// Workload 3: an integration of the kommun pulls the largest närområde's patients
// with insatser from both huvudmän, 500 a page with fields from all three subgraphs (entity fan-out),
// cycling through pages 1 and 2.
import type { BenchRequest, Workload } from '../types.js';
import { kommunPatientIntegration } from './benchIdentities.js';
import { largestNaromrade, vgWorld } from './benchWorld.js';
import { postGraphql } from './gatewayClient.js';
import { graphqlRequest } from './graphqlRequest.js';
import { checkGraphqlAnswer, isObject } from './responseCheck.js';
import { createTokenSigner } from './tokenSigner.js';

export const patientsidaPageSize = 500;

export const patientsidaQuery = `query BenchPatientsida($id: ID!, $first: Int!, $after: ID) {
  naromrade(id: $id) {
    patienterMedInsatserFranBada(first: $first, after: $after) {
      id
      hemsjukvard { id inskrivenFran ansvarigSjukskoterska { hsaId namn } insatser { typ besokPerVecka } }
      hemtjanst { id beslutsdatum beviljadeTimmarPerManad utforare { namn regi } insatser }
      boende { fran till boende { id namn typ } }
      listning { listadSedan vardcentral { hsaId namn } }
      fastLakarkontakt { fran lakare { hsaId namn } }
      sipar { id status nastaUppfoljning forsenadUppfoljning }
      avvikelser { id kategori status handelsedatum }
    }
  }
}`;

/** The ids of the first page only: what prepare() needs to know where page 2 starts. */
const firstPageIdsQuery = `query BenchPatientsidaNycklar($id: ID!, $first: Int!) {
  naromrade(id: $id) { patienterMedInsatserFranBada(first: $first) { id } }
}`;

export function patientsidaRequest(naromradeId: string, after: string | null, token: string): BenchRequest {
  // The integration attests consent for the region's part (listning, fast läkarkontakt), as a client would.
  return graphqlRequest(
    token,
    { query: patientsidaQuery, variables: { id: naromradeId, first: patientsidaPageSize, after }, operationName: 'BenchPatientsida' },
    { 'x-samsyn-atkomstgrund': 'samtycke' },
  );
}

/** The page's patients, each with a personnummer, as many as one of `expectedLengths` (500 on a full page). */
export function checkPatientsida(body: string, expectedLengths: ReadonlySet<number>): string | null {
  return checkGraphqlAnswer(body, (data) => {
    const naromrade = data['naromrade'];
    if (!isObject(naromrade)) return 'no naromrade';
    const patients = naromrade['patienterMedInsatserFranBada'];
    if (!Array.isArray(patients)) return 'no patient list';
    if (!expectedLengths.has(patients.length)) return `${patients.length} patients, expected ${[...expectedLengths].join(' or ')}`;
    const bad = patients.find((patient) => !isObject(patient) || typeof patient['id'] !== 'string' || !/^\d{12}$/.test(patient['id']));
    return bad === undefined ? null : 'a patient without a personnummer id';
  });
}

/** Page 1 and page 2 requests, alternating, and the lengths a correct answer may have. */
export function patientsidaPages(naromradeId: string, firstPageIds: readonly string[], secondPageLength: number, token: string) {
  const lastOfFirst = firstPageIds[firstPageIds.length - 1];
  if (firstPageIds.length < patientsidaPageSize || lastOfFirst === undefined || secondPageLength === 0) {
    throw new Error(`The närområde ${naromradeId} has fewer than two pages of ${patientsidaPageSize} patients.`);
  }
  return {
    requests: [patientsidaRequest(naromradeId, null, token), patientsidaRequest(naromradeId, lastOfFirst, token)],
    expectedLengths: new Set([patientsidaPageSize, Math.min(secondPageLength, patientsidaPageSize)]),
  };
}

let expectedLengths: ReadonlySet<number> = new Set([patientsidaPageSize]);

interface PageIds {
  naromrade: { patienterMedInsatserFranBada: { id: string }[] | null } | null;
}

export const patientsidaWorkload: Workload = {
  id: 'patientsida',
  title: `A page of ${patientsidaPageSize} patients of the largest närområde with fields from all three subgraphs, kommun integration with samtycke`,
  connections: 10,
  writes: false,
  async prepare(gatewayUrl, services) {
    const naromrade = largestNaromrade(vgWorld());
    const token = await createTokenSigner(services.issuerDirectory)(kommunPatientIntegration(naromrade.kommunkod));
    // Two pages' worth of keys in one request tells both where page 2 starts and how long it is.
    const keys = await postGraphql<PageIds>(
      gatewayUrl,
      graphqlRequest(token, { query: firstPageIdsQuery, variables: { id: naromrade.id, first: 2 * patientsidaPageSize } }, { 'x-samsyn-atkomstgrund': 'samtycke' }),
    );
    const ids = keys.naromrade?.patienterMedInsatserFranBada?.map((patient) => patient.id) ?? [];
    const pages = patientsidaPages(naromrade.id, ids.slice(0, patientsidaPageSize), ids.length - patientsidaPageSize, token);
    expectedLengths = pages.expectedLengths;
    return pages.requests;
  },
  check: (body) => checkPatientsida(body, expectedLengths),
};
