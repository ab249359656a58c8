// `Mutation.registreraNosamMote`: for `vardpersonal` or `nosam` of the region or
// the närområde's kommun (the kommun is checked once the närområde is read).
import type { MutationResolvers } from '../../generated/resolvers.js';
import { requireNaromradeRole } from '../naromradeWriteAccess.js';
import { nosamMoteParent } from './nosamMoteParent.js';
import { registreraNosamMote } from './registreraNosamMote.js';

export const registreraNosamMoteMutation: NonNullable<MutationResolvers['registreraNosamMote']> = async (_root, { input }, context) => {
  requireNaromradeRole(context.identity, 'record a NOSAM meeting');
  return nosamMoteParent(await registreraNosamMote(context, input));
};
