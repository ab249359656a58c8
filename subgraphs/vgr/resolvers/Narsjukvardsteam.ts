// Narsjukvardsteam: a hospital's mobile team and the kommuner it serves.
import type { NarsjukvardsteamResolvers } from '../generated/resolvers.js';
import { isReferenceId } from '../../../platform/identifiers/referenceId.js';

export const Narsjukvardsteam: NarsjukvardsteamResolvers = {
  __resolveReference: ({ id }, { loaders }) => (isReferenceId(id) ? loaders.narsjukvardsteamById.load(id) : null),
  kommuner: ({ id }, _args, { loaders }) => loaders.kommunerByNarsjukvardsteamId.load(id),
};
