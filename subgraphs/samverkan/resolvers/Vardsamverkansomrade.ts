// Vårdsamverkansområde, an entity this subgraph owns (delregional level).
import type { VardsamverkansomradeResolvers } from '../generated/resolvers.js';
import { isReferenceId } from '../../../platform/identifiers/referenceId.js';

export const Vardsamverkansomrade: VardsamverkansomradeResolvers = {
  __resolveReference: (reference, context) =>
    isReferenceId(reference.id) ? context.loaders.vardsamverkansomradeById.load(reference.id) : null,
  kommuner: async (omrade, _arguments, context) =>
    (await context.loaders.kommunkoderByVardsamverkansomrade.load(omrade.id)).map((kommun) => ({ kod: kommun.kommunkod })),
  naromraden: (omrade, _arguments, context) => context.loaders.naromradenByVardsamverkansomrade.load(omrade.id),
};
