// Kommun, owned here: resolved from the kommun reference table.
import { isVastraGotalandKommunkod } from '../../common/identifiers/kommunkod.js';
import type { KommunResolvers } from '../generated/resolvers.js';

export const Kommun: KommunResolvers = {
  // A malformed kod from another subgraph is answered with null rather than reaching SQL.
  __resolveReference: ({ kod }, context) => (isVastraGotalandKommunkod(kod) ? context.loaders.kommun.load(kod) : null),

  boenden: async (kommun, { typ }, context) => {
    const boenden = await context.loaders.boendenByKommun.load(kommun.kod);
    return typ ? boenden.filter((boende) => boende.typ === typ) : boenden;
  },
};
