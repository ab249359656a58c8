// Vardcentral: the region's own entity; kommun and närområde are references
// the kommun and samverkan subgraphs complete.
import { isHsaId } from '../../../platform/identifiers/hsaId.js';
import type { VardcentralResolvers } from '../generated/resolvers.js';

export const Vardcentral: VardcentralResolvers = {
  __resolveReference: ({ hsaId }, { loaders }) => (isHsaId(hsaId) ? loaders.vardcentralByHsaId.load(hsaId) : null),
  kommun: ({ kommunkod }) => ({ kod: kommunkod }),
  naromrade: ({ naromradeId }) => ({ id: naromradeId }),
  lakare: ({ hsaId }, _args, { loaders }) => loaders.lakareByVardcentralHsaId.load(hsaId),
  antalListadePatienter: async ({ hsaId }, _args, { loaders }) =>
    (await loaders.antalListadePatienter.load(hsaId))?.antal ?? 0,
};
