// Närområde, owned by samverkan: the kommun contributes its boenden there and
// the counts of its patients, including those shared with the region. Counts
// are withheld when small, for every role (common/suppression); the list of
// shared patients is patient-level (patienterMedInsatserFranBada.ts).
import { countSharedPseudonymer, pseudonymIndexOf } from '../countSharedPseudonymer.js';
import type { NaromradeResolvers } from '../generated/resolvers.js';
import { isNaromradeId, kommunkodOfNaromrade } from '../../../platform/identifiers/naromradeId.js';
import { isPackedPseudonymer } from '../../../platform/scalars/patientpseudonymerScalar.js';
import { suppressSmallCount } from '../../common/suppression/suppressSmallCount.js';
import { patienterMedInsatserFranBada } from '../patienterMedInsatserFranBada.js';
import type { NaromradeRow } from '../rows.js';

export const Naromrade: NaromradeResolvers = {
  // The representation carries the region's pseudonyms when the gateway
  // resolves antalPatienterMedInsatserFranBada or patienterMedInsatserFranBada
  // (@requires); keep them for those.
  __resolveReference: (reference): NaromradeRow | null => {
    if (!isNaromradeId(reference.id)) return null;
    const pseudonymer: unknown = 'regionensPatientpseudonymer' in reference ? reference.regionensPatientpseudonymer : undefined;
    // Representations are untyped JSON: anything but packed pseudonyms counts as missing.
    return isPackedPseudonymer(pseudonymer) ? { id: reference.id, regionensPatientpseudonymer: pseudonymer } : { id: reference.id };
  },

  boenden: (naromrade, _args, context) => context.loaders.boendenByNaromrade.load(naromrade.id),

  antalPatienterMedKommuninsats: async (naromrade, _args, context) =>
    suppressSmallCount((await context.loaders.patienterMedKommuninsats.load(naromrade.id))?.antal ?? 0, context.suppressionThreshold),

  antalPatienterMedInsatserFranBada: async (naromrade, _args, context) => {
    const regionens = naromrade.regionensPatientpseudonymer;
    const kommunkod = kommunkodOfNaromrade(naromrade.id);
    if (!regionens || !kommunkod) return null;
    const kommunens = await context.loaders.kommuninsatsPatienter.load(kommunkod);
    return suppressSmallCount(countSharedPseudonymer(regionens, pseudonymIndexOf(kommunens)), context.suppressionThreshold);
  },

  patienterMedInsatserFranBada: (naromrade, args, context) => patienterMedInsatserFranBada(naromrade, args, context),
};
