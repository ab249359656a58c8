// Boende, owned here: a kommunal residence with its places and occupancy.
import { samsynError } from '../../../platform/errors/samsynError.js';
import type { BoendeResolvers } from '../generated/resolvers.js';
import { packPseudonymer } from '../../../platform/scalars/patientpseudonymerScalar.js';
import { isBoendeId } from '../identifiers/boendeId.js';

export const Boende: BoendeResolvers = {
  __resolveReference: ({ id }, context) => (isBoendeId(id) ? context.loaders.boende.load(id) : null),

  kommun: async (boende, _args, context) => {
    const kommun = await context.loaders.kommun.load(boende.kommunkod);
    // The foreign key makes this impossible; should it happen, log it and tell the client nothing more.
    if (!kommun) {
      context.log.error('kommun of boende missing', { boendeId: boende.id, kommunkod: boende.kommunkod });
      throw samsynError('INTERNAL_SERVER_ERROR', 'Internal server error.');
    }
    return kommun;
  },

  naromrade: (boende) => (boende.naromradeId ? { id: boende.naromradeId } : null),

  antalBelagdaPlatser: async (boende, _args, context) => (await context.loaders.belagdaPlatser.load(boende.id))?.antal ?? 0,

  invanarnasPseudonymer: async (boende, _args, context) => packPseudonymer((await context.loaders.invanarePseudonymer.load(boende.id)).map((row) => row.pseudonym)),
};
