// A hemsjukvård inskrivning: its nurse from the row, its insatser batched.
import type { HemsjukvardInskrivningResolvers } from '../generated/resolvers.js';

export const HemsjukvardInskrivning: HemsjukvardInskrivningResolvers = {
  ansvarigSjukskoterska: (inskrivning) => ({ hsaId: inskrivning.sjukskoterskaHsaId, namn: inskrivning.sjukskoterskaNamn }),

  insatser: (inskrivning, _args, context) => context.loaders.patient.hemsjukvardInsatser.load(inskrivning.id),
};
