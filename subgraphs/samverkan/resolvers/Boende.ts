// Boende, owned by the kommun subgraph: this one adds the boendeansvar of the plan in force.
import type { BoendeResolvers } from '../generated/resolvers.js';
import { isReferenceId } from '../../../platform/identifiers/referenceId.js';

export const Boende: BoendeResolvers = {
  __resolveReference: (reference) => (isReferenceId(reference.id) ? { id: reference.id } : null),
  boendeansvar: (boende, _arguments, context) => context.loaders.boendeansvarInForceByBoende.load(boende.id),
  ansvarigVardcentralHsaId: async (boende, _arguments, context) => (await context.loaders.boendeansvarInForceByBoende.load(boende.id))?.vardcentralHsaId ?? null,
};
