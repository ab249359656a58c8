// `Mutation.faststallNaromradesplan`: for `vardpersonal` or `nosam` of the region or
// the närområde's kommun (the kommun is checked once the närområde is read).
import type { MutationResolvers } from '../generated/resolvers.js';
import { faststallNaromradesplan } from './faststallNaromradesplan.js';
import { requireNaromradeRole } from './naromradeWriteAccess.js';

export const faststallNaromradesplanMutation: NonNullable<MutationResolvers['faststallNaromradesplan']> = (_root, { input }, context) => {
  requireNaromradeRole(context.identity, 'adopt a närområdesplan');
  return faststallNaromradesplan(context, input);
};
