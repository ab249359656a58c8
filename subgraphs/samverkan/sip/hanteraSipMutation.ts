// `Mutation.hanteraSip`: for vårdpersonal of a party (decided in hanteraSip.ts, through the patient-access seam).
import { requireAccess } from '../../../platform/auth/requireAccess.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { hanteraSip } from './hanteraSip.js';
import { writeSipar } from './sipAccess.js';

export const hanteraSipMutation: NonNullable<MutationResolvers['hanteraSip']> = async (_root, { input }, context) => {
  requireAccess(context.identity, writeSipar, 'change SIPs');
  return { sip: await hanteraSip(context, input) };
};
