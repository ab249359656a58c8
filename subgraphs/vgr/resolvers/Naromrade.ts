// Naromrade is owned by the samverkan subgraph; the region contributes its
// vårdcentraler there and the patients with a region insats, as a count and
// as pseudonyms (the kommun subgraph @requires those to count shared patients).
import type { NaromradeResolvers } from '../generated/resolvers.js';
import { isReferenceId } from '../../common/identifiers/referenceId.js';

export const Naromrade: NaromradeResolvers = {
  __resolveReference: (reference) => (isReferenceId(reference.id) ? { id: reference.id } : null),
  vardcentraler: ({ id }, _args, { loaders }) => loaders.vardcentralerByNaromradeId.load(id),
  antalPatienterMedRegioninsats: async ({ id }, _args, { loaders }) =>
    (await loaders.antalPatienterMedRegioninsatsByNaromradeId.load(id))?.antal ?? 0,
  regionensPatientpseudonymer: async ({ id }, _args, { loaders }) =>
    (await loaders.regioninsatsPseudonymerByNaromradeId.load(id)).map((row) => row.pseudonym),
};
