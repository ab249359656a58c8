// Root mutations; the avvikelse workflow itself lives in avvikelse/rapporteraAvvikelse.ts.
import { requireAccess } from '../../common/auth/requireAccess.js';
import { reportAvvikelser } from '../avvikelse/avvikelseAccess.js';
import { rapporteraAvvikelse } from '../avvikelse/rapporteraAvvikelse.js';
import { hanteraAvvikelseMutation } from '../avvikelse/hanteraAvvikelseMutation.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { faststallNaromradesplanMutation } from '../naromrade/faststallNaromradesplanMutation.js';
import { registreraNosamMoteMutation } from '../naromrade/nosam/registreraNosamMoteMutation.js';
import { hanteraSipMutation } from '../sip/hanteraSipMutation.js';
import { skapaSipMutation } from '../sip/skapaSipMutation.js';

export const Mutation: MutationResolvers = {
  rapporteraAvvikelse: (_root, { input }, context) => {
    requireAccess(context.identity, reportAvvikelser, 'report avvikelser');
    return rapporteraAvvikelse(context, input);
  },
  hanteraAvvikelse: hanteraAvvikelseMutation,
  skapaSip: skapaSipMutation,
  hanteraSip: hanteraSipMutation,
  faststallNaromradesplan: faststallNaromradesplanMutation,
  registreraNosamMote: registreraNosamMoteMutation,
};
