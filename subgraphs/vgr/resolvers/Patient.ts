// Patient as seen by the region. A valid personnummer the region does not
// know still resolves (its fields are null or empty); an invalid one is null
// and never reaches SQL. Every patient-level field goes through the access
// seam (context.patientReads), for a root query and for `_entities` alike,
// since the checks sit in the field resolvers, not in the reference.
import { patientIdProblem } from '../../../platform/identifiers/patientId.js';
import type { PatientResolvers } from '../generated/resolvers.js';

export const Patient: PatientResolvers = {
  __resolveReference: (reference) =>
    typeof reference.id === 'string' && patientIdProblem(reference.id) === null ? { id: reference.id } : null,
  listning: ({ id }, _args, { patientReads }) => patientReads.listning(id),
  fastLakarkontakt: ({ id }, _args, { patientReads }) => patientReads.fastLakarkontakt(id),
  narsjukvardsteamEpisoder: ({ id }, _args, { patientReads }) => patientReads.narsjukvardsteamEpisoder(id),
  harSparradRegioninformation: ({ id }, _args, { patientReads }) => patientReads.harSparradInformation(id),
  regionensLasningar: ({ id }, _args, { lasningar }) => lasningar.load(id),
};
