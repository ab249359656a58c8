// `Mutation.hanteraAvvikelse`: for vårdpersonal and system clients with
// `avvikelse:write` (as reporting); which side may take which step is the
// workflow's own rule (avvikelseTransition.ts).
import { requireAccess } from '../../../platform/auth/requireAccess.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { handleAvvikelser } from './avvikelseAccess.js';
import { hanteraAvvikelse } from './hanteraAvvikelse.js';

export const hanteraAvvikelseMutation: NonNullable<MutationResolvers['hanteraAvvikelse']> = async (_root, { input }, context) => {
  requireAccess(context.identity, handleAvvikelser, 'handle avvikelser');
  return { avvikelse: await hanteraAvvikelse(context, input) };
};
