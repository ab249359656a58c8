// Listning: the patient's registration at one of the region's vårdcentraler.
import type { ListningResolvers } from '../generated/resolvers.js';
import { requireRow } from '../../../platform/errors/requireRow.js';

export const Listning: ListningResolvers = {
  vardcentral: async ({ vardcentralHsaId }, _args, { loaders }) =>
    requireRow(await loaders.vardcentralByHsaId.load(vardcentralHsaId), 'vardcentral', vardcentralHsaId),
};
