// Root fields: every argument is validated before any SQL is sent. The
// access log is for the region's own granskare (common/atkomstlogg/atkomstloggReaders.ts
// with access/regionAccessRules.ts).
import { requireAtkomstloggScope } from '../../common/atkomstlogg/atkomstloggReaders.js';
import { listAtkomstlogg } from '../../common/atkomstlogg/queryAtkomstlogg.js';
import { verifyAtkomstlogg } from '../../common/atkomstlogg/verifyAtkomstlogg.js';
import { parseHsaId } from '../../../platform/identifiers/hsaId.js';
import { parseKommunkod } from '../../../platform/identifiers/kommunkod.js';
import { regionHoldsDataOf } from '../access/regionAccessRules.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { listAllNarsjukvardsteam } from '../loaders/listAllNarsjukvardsteam.js';

export const Query: QueryResolvers = {
  vardcentral: (_parent, { hsaId }, { loaders }) => loaders.vardcentralByHsaId.load(parseHsaId(hsaId, 'hsaId')),
  vardcentraler: (_parent, { kommunkod }, { loaders }) =>
    loaders.vardcentralerByKommunkod.load(parseKommunkod(kommunkod, 'kommunkod')),
  lakare: (_parent, { hsaId }, { loaders }) => loaders.lakareByHsaId.load(parseHsaId(hsaId, 'hsaId')),
  narsjukvardsteam: (_parent, _args, { db }) => listAllNarsjukvardsteam(db),
  regionensAtkomstlogg: (_parent, { filter, first, after }, { db, identity }) =>
    listAtkomstlogg(db, requireAtkomstloggScope(identity, regionHoldsDataOf), filter, first, after),
  regionensAtkomstloggVerifiering: (_parent, _args, { db, identity }) => {
    requireAtkomstloggScope(identity, regionHoldsDataOf);
    return verifyAtkomstlogg(db);
  },
};
