// Lakare: a doctor of the region and the vårdcentral they work at.
import { isHsaId } from '../../../platform/identifiers/hsaId.js';
import type { LakareResolvers } from '../generated/resolvers.js';
import { requireRow } from '../../../platform/errors/requireRow.js';

export const Lakare: LakareResolvers = {
  __resolveReference: ({ hsaId }, { loaders }) => (isHsaId(hsaId) ? loaders.lakareByHsaId.load(hsaId) : null),
  vardcentral: async ({ vardcentralHsaId }, _args, { loaders }) =>
    requireRow(await loaders.vardcentralByHsaId.load(vardcentralHsaId), 'vardcentral', vardcentralHsaId),
};
