// Root mutations; the avvikelse workflow itself lives in avvikelse/rapporteraAvvikelse.ts.
import { requireAccess } from '../../../platform/auth/requireAccess.js';
import { reportAvvikelser } from '../avvikelse/avvikelseAccess.js';
import { rapporteraAvvikelse } from '../avvikelse/rapporteraAvvikelse.js';
import { hanteraAvvikelseMutation } from '../avvikelse/hanteraAvvikelseMutation.js';
import { forgetRecentAnalyses } from '../avvikelse/analys/recentAnalysisRows.js';
import type { SamverkanContext } from '../context.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { faststallNaromradesplanMutation } from '../naromrade/faststallNaromradesplanMutation.js';
import { registreraNosamMoteMutation } from '../naromrade/nosam/registreraNosamMoteMutation.js';
import { hanteraSipMutation } from '../sip/hanteraSipMutation.js';
import { skapaSipMutation } from '../sip/skapaSipMutation.js';

export const Mutation: MutationResolvers = forgettingRecentAnalyses({
  rapporteraAvvikelse: (_root, { input }, context) => {
    requireAccess(context.identity, reportAvvikelser, 'report avvikelser');
    return rapporteraAvvikelse(context, input);
  },
  hanteraAvvikelse: hanteraAvvikelseMutation,
  skapaSip: skapaSipMutation,
  hanteraSip: hanteraSipMutation,
  faststallNaromradesplan: faststallNaromradesplanMutation,
  registreraNosamMote: registreraNosamMoteMutation,
});

/** Every mutation, once settled (written or not), makes the shared analysis rows be computed anew. */
function forgettingRecentAnalyses(resolvers: MutationResolvers): MutationResolvers {
  const wrapped: Record<string, unknown> = {};
  for (const [name, resolver] of Object.entries(resolvers)) {
    wrapped[name] = async (root: unknown, args: unknown, context: SamverkanContext, info: unknown) => {
      try {
        return await (resolver as (...parameters: unknown[]) => unknown)(root, args, context, info);
      } finally {
        forgetRecentAnalyses(context.db);
      }
    };
  }
  return wrapped as MutationResolvers;
}
