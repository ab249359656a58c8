// Kommun, owned here: resolved from the kommun reference table; its population
// from the reference file data/befolkning.csv.
import { isVastraGotalandKommunkod } from '../../../platform/identifiers/kommunkod.js';
import { befolkningAr, befolkningKalla, befolkningUngefarlig, loadBefolkning } from '../../../platform/reference/befolkning.js';
import type { KommunResolvers } from '../generated/resolvers.js';

export const Kommun: KommunResolvers = {
  // A malformed kod from another subgraph is answered with null rather than reaching SQL.
  __resolveReference: ({ kod }, context) => (isVastraGotalandKommunkod(kod) ? context.loaders.kommun.load(kod) : null),

  boenden: async (kommun, { typ }, context) => {
    const boenden = await context.loaders.boendenByKommun.load(kommun.kod);
    return typ ? boenden.filter((boende) => boende.typ === typ) : boenden;
  },

  befolkning: (kommun) => {
    const befolkning = loadBefolkning().get(kommun.kod);
    // data/befolkning.csv covers every kommun of the reference table (checked by its test).
    if (!befolkning) throw new Error(`data/befolkning.csv has no row for kommun ${kommun.kod}`);
    const { totalt, alder65Plus, alder80Plus } = befolkning;
    return { totalt, alder65Plus, alder80Plus, ar: befolkningAr, kalla: befolkningKalla, ungefarlig: befolkningUngefarlig };
  },
};
