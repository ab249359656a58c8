// Root fields: the kommuner and their boenden (reference data, every role),
// and the kommun access log (granskare of a kommun). Arguments are validated
// before any query; a well-formed but unknown key gives null or an empty list.
import { requireAtkomstloggScope } from '../../common/atkomstlogg/atkomstloggReaders.js';
import { listAtkomstlogg } from '../../common/atkomstlogg/queryAtkomstlogg.js';
import { verifyAtkomstlogg } from '../../common/atkomstlogg/verifyAtkomstlogg.js';
import { parseKommunkod } from '../../../platform/identifiers/kommunkod.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { kommunHoldsDataOf } from '../access/kommunAccess.js';
import { parseBoendeId } from '../identifiers/boendeId.js';
import { selectAllKommuner } from '../loaders/kommunByKod.js';

export const Query: QueryResolvers = {
  kommuner: (_parent, _args, context) => selectAllKommuner(context.db),

  kommun: (_parent, { kod }, context) => context.loaders.kommun.load(parseKommunkod(kod, 'kod')),

  boende: (_parent, { id }, context) => context.loaders.boende.load(parseBoendeId(id, 'id')),

  boenden: async (_parent, { kommunkod, typ }, context) => {
    const boenden = await context.loaders.boendenByKommun.load(parseKommunkod(kommunkod, 'kommunkod'));
    return typ ? boenden.filter((boende) => boende.typ === typ) : boenden;
  },

  kommunensAtkomstlogg: (_parent, { filter, first, after }, context) =>
    listAtkomstlogg(context.db, requireAtkomstloggScope(context.identity, kommunHoldsDataOf), filter, first, after),

  // The whole table is one hash chain (all kommuner's rows), so it is checked whole.
  kommunensAtkomstloggVerifiering: (_parent, _args, context) => {
    requireAtkomstloggScope(context.identity, kommunHoldsDataOf);
    return verifyAtkomstlogg(context.db);
  },
};
