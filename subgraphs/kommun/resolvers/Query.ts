// Root fields: the kommuner and their boenden. Arguments are validated before
// any query; a well-formed but unknown key gives null or an empty list.
import { parseKommunkod } from '../../common/identifiers/kommunkod.js';
import type { QueryResolvers } from '../generated/resolvers.js';
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
};
