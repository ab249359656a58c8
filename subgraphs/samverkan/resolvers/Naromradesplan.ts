// One version of a närområdesplan: its boendeansvar rows and åtgärder, batched per plan.
import type { NaromradesplanResolvers } from '../generated/resolvers.js';

export const Naromradesplan: NaromradesplanResolvers = {
  boendeansvar: (plan, _arguments, context) => context.loaders.boendeansvarByPlan.load(plan.id),
  atgarder: (plan, _arguments, context) => context.loaders.atgarderByPlan.load(plan.id),
};
