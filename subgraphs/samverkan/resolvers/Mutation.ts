// Root mutations; the avvikelse workflow itself lives in avvikelse/rapporteraAvvikelse.ts.
import { rapporteraAvvikelse } from '../avvikelse/rapporteraAvvikelse.js';
import type { MutationResolvers } from '../generated/resolvers.js';

export const Mutation: MutationResolvers = {
  rapporteraAvvikelse: (_root, { input }, context) => rapporteraAvvikelse(context, input),
};
