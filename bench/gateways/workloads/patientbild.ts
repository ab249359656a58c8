// Workload 1: the patient picture (the web app's Patientbild query) for 2,000
// random patients with data at both huvudmän, opened by a läkare at the patient's vårdcentral with samtycke.
import type { BenchRequest, Workload } from '../types.js';
import { regionVardpersonal } from './benchIdentities.js';
import { patientsAtBothHuvudman, sampleFixed, vgWorld, type SharedPatient } from './benchWorld.js';
import { graphqlRequest } from './graphqlRequest.js';
import { checkGraphqlAnswer, isObject } from './responseCheck.js';
import { createTokenSigner } from './tokenSigner.js';
import { webOperation } from './webOperation.js';

export const patientbildPatientCount = 2_000;
const operationName = 'PatientPatientbild';

export function patientbildRequest(query: string, personnummer: string, token: string): BenchRequest {
  // The user attests the patient's consent, as the page asks before fetching the other huvudman's part.
  return graphqlRequest(token, { query, variables: { id: personnummer }, operationName }, { 'x-samsyn-atkomstgrund': 'samtycke' });
}

/** The patient's id back, with the parts of both huvudmän present (the sampled patients have both). */
export function checkPatientbild(body: string): string | null {
  return checkGraphqlAnswer(body, (data) => {
    const patient = data['patient'];
    if (!isObject(patient)) return 'no patient';
    if (typeof patient['id'] !== 'string' || !/^\d{12}$/.test(patient['id'])) return 'no personnummer as the patient id';
    if (!isObject(patient['listning'])) return 'no listning (the region part)';
    if (!isObject(patient['kommun'])) return 'no kommun (the kommun part)';
    if (!Array.isArray(patient['avvikelser']) || !Array.isArray(patient['sipar'])) return 'no avvikelser/sipar list (the samverkan part)';
    return null;
  });
}

export function samplePatientbildPatients(): SharedPatient[] {
  return sampleFixed(patientsAtBothHuvudman(vgWorld()), patientbildPatientCount, 'bench-patientbild');
}

export const patientbildWorkload: Workload = {
  id: 'patientbild',
  title: `Patientbild: one patient's shared picture (${patientbildPatientCount.toLocaleString('en')} random patients), vårdpersonal of VGR with samtycke`,
  connections: 50,
  writes: false,
  async prepare(_gatewayUrl, services) {
    const query = webOperation('web/app/pages/patient/patientbild.graphql', operationName);
    const sign = createTokenSigner(services.issuerDirectory);
    return Promise.all(
      samplePatientbildPatients().map(async (patient) =>
        patientbildRequest(query, patient.personnummer, await sign(regionVardpersonal(patient.vardcentralHsaId, patient.lakareHsaId))),
      ),
    );
  },
  check: checkPatientbild,
};
