// Mutations: the patient's spärr at the region, registered or lifted by the region's vårdpersonal.
import type { MutationResolvers } from '../generated/resolvers.js';
import { changeRegionSparr } from '../sparr/changeRegionSparr.js';

export const Mutation: MutationResolvers = {
  registreraRegionensSparr: (_parent, { input }, context) => changeRegionSparr(context, input.patientId, true),
  havRegionensSparr: (_parent, { input }, context) => changeRegionSparr(context, input.patientId, false),
};
