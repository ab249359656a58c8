// Root fields: every argument is validated before any SQL is sent.
import { parseHsaId } from '../../common/identifiers/hsaId.js';
import { parseKommunkod } from '../../common/identifiers/kommunkod.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { listAllNarsjukvardsteam } from '../loaders/listAllNarsjukvardsteam.js';

export const Query: QueryResolvers = {
  vardcentral: (_parent, { hsaId }, { loaders }) => loaders.vardcentralByHsaId.load(parseHsaId(hsaId, 'hsaId')),
  vardcentraler: (_parent, { kommunkod }, { loaders }) =>
    loaders.vardcentralerByKommunkod.load(parseKommunkod(kommunkod, 'kommunkod')),
  lakare: (_parent, { hsaId }, { loaders }) => loaders.lakareByHsaId.load(parseHsaId(hsaId, 'hsaId')),
  narsjukvardsteam: (_parent, _args, { db }) => listAllNarsjukvardsteam(db),
};
