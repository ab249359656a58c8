// Kommun is owned by the kommun subgraph; the region contributes its
// vårdcentraler and närsjukvårdsteam there.
import { isVastraGotalandKommunkod } from '../../../platform/identifiers/kommunkod.js';
import type { KommunResolvers } from '../generated/resolvers.js';

export const Kommun: KommunResolvers = {
  __resolveReference: (reference) => (isVastraGotalandKommunkod(reference.kod) ? { kod: reference.kod } : null),
  vardcentraler: ({ kod }, _args, { loaders }) => loaders.vardcentralerByKommunkod.load(kod),
  narsjukvardsteam: ({ kod }, _args, { loaders }) => loaders.narsjukvardsteamByKommunkod.load(kod),
};
