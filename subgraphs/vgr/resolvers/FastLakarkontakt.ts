// FastLakarkontakt: the patient's named regular doctor.
import type { FastLakarkontaktResolvers } from '../generated/resolvers.js';
import { requireRow } from '../../../platform/errors/requireRow.js';

export const FastLakarkontakt: FastLakarkontaktResolvers = {
  lakare: async ({ lakareHsaId }, _args, { loaders }) =>
    requireRow(await loaders.lakareByHsaId.load(lakareHsaId), 'lakare', lakareHsaId),
};
