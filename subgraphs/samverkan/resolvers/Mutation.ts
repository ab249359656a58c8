// Root mutations; the avvikelse workflow itself lives in avvikelse/rapporteraAvvikelse.ts.
import { requireAccess } from '../../common/auth/requireAccess.js';
import { reportAvvikelser } from '../avvikelse/avvikelseAccess.js';
import { rapporteraAvvikelse } from '../avvikelse/rapporteraAvvikelse.js';
import { hanteraAvvikelseMutation } from '../avvikelse/hanteraAvvikelseMutation.js';
import type { MutationResolvers } from '../generated/resolvers.js';

export const Mutation: MutationResolvers = {
  rapporteraAvvikelse: (_root, { input }, context) => {
    requireAccess(context.identity, reportAvvikelser, 'report avvikelser');
    return rapporteraAvvikelse(context, input);
  },
  hanteraAvvikelse: hanteraAvvikelseMutation,
};
