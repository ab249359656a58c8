// Närområde, an entity this subgraph owns (the local level), with its plan versions.
import type { NaromradeResolvers } from '../generated/resolvers.js';
import { planInForce } from '../naromrade/planInForce.js';
import { isReferenceId } from '../../common/identifiers/referenceId.js';
import { requireRow } from '../../common/errors/requireRow.js';

export const Naromrade: NaromradeResolvers = {
  __resolveReference: (reference, context) => (isReferenceId(reference.id) ? context.loaders.naromradeById.load(reference.id) : null),
  kommun: (naromrade) => ({ kod: naromrade.kommunkod }),
  vardsamverkansomrade: async (naromrade, _arguments, context) =>
    requireRow(
      await context.loaders.vardsamverkansomradeById.load(naromrade.vardsamverkansomradeId),
      'vardsamverkansomrade',
      naromrade.vardsamverkansomradeId,
    ),
  naromradesplan: async (naromrade, _arguments, context) =>
    planInForce(await context.loaders.naromradesplanerByNaromrade.load(naromrade.id), context.today),
  naromradesplaner: (naromrade, _arguments, context) => context.loaders.naromradesplanerByNaromrade.load(naromrade.id),
};
