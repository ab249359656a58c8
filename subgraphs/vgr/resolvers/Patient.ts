// Patient as seen by the region. A valid personnummer the region does not
// know still resolves (its fields are null or empty); an invalid one is null
// and never reaches SQL.
import { patientIdProblem } from '../../common/identifiers/patientId.js';
import type { PatientResolvers } from '../generated/resolvers.js';

export const Patient: PatientResolvers = {
  __resolveReference: (reference) =>
    typeof reference.id === 'string' && patientIdProblem(reference.id) === null ? { id: reference.id } : null,
  listning: ({ id }, _args, { loaders }) => loaders.listningByPersonnummer.load(id),
  fastLakarkontakt: ({ id }, _args, { loaders }) => loaders.fastLakarkontaktByPersonnummer.load(id),
  narsjukvardsteamEpisoder: ({ id }, _args, { loaders }) => loaders.narsjukvardsteamEpisoderByPersonnummer.load(id),
};
