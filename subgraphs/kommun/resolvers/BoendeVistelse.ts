// A stay at a boende: the boende itself is loaded in a batch.
import { samsynError } from '../../../platform/errors/samsynError.js';
import type { BoendeVistelseResolvers } from '../generated/resolvers.js';

export const BoendeVistelse: BoendeVistelseResolvers = {
  boende: async (vistelse, _args, context) => {
    const boende = await context.loaders.boende.load(vistelse.boendeId);
    // The foreign key makes this impossible; should it happen, log it and tell the client nothing more.
    if (!boende) {
      context.log.error('boende of stay missing', { vistelseId: vistelse.id, boendeId: vistelse.boendeId });
      throw samsynError('INTERNAL_SERVER_ERROR', 'Internal server error.');
    }
    return boende;
  },
};
