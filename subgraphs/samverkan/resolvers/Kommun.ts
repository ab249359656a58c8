// Kommun, owned by the kommun subgraph: this one adds its vårdsamverkansområde and närområden.
import { isVastraGotalandKommunkod } from '../../../platform/identifiers/kommunkod.js';
import type { KommunResolvers } from '../generated/resolvers.js';

export const Kommun: KommunResolvers = {
  __resolveReference: (reference) =>
    typeof reference.kod === 'string' && isVastraGotalandKommunkod(reference.kod) ? { kod: reference.kod } : null,
  vardsamverkansomrade: (kommun, _arguments, context) => context.loaders.vardsamverkansomradeByKommunkod.load(kommun.kod),
  naromraden: (kommun, _arguments, context) => context.loaders.naromradenByKommunkod.load(kommun.kod),
};
