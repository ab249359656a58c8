// `Mutation.skapaSip`: for vårdpersonal of a party (decided in skapaSip.ts, through the patient-access seam).
import { requireAccess } from '../../../platform/auth/requireAccess.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { writeSipar } from './sipAccess.js';
import { skapaSip } from './skapaSip.js';

export const skapaSipMutation: NonNullable<MutationResolvers['skapaSip']> = async (_root, { input }, context) => {
  requireAccess(context.identity, writeSipar, 'create SIPs');
  return { sip: await skapaSip(context, input) };
};
