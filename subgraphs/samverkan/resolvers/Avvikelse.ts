// Avvikelse i samverkan, an entity this subgraph owns. Its patient is handed
// out only through loaders/patientDataLoaders.ts (the access-rule seam).
import type { AvvikelseResolvers } from '../generated/resolvers.js';
import { patientOfAvvikelse } from '../loaders/patientDataLoaders.js';
import { isReferenceId } from '../../common/identifiers/referenceId.js';
import { requireRow } from '../../common/errors/requireRow.js';

export const Avvikelse: AvvikelseResolvers = {
  __resolveReference: (reference, context) => (isReferenceId(reference.id) ? context.loaders.avvikelseById.load(reference.id) : null),
  rapporterandeHuvudman: (avvikelse) => ({ id: avvikelse.rapporterandeHuvudman }),
  mottagandeHuvudman: (avvikelse) => ({ id: avvikelse.mottagandeHuvudman }),
  naromrade: async (avvikelse, _arguments, context) =>
    requireRow(await context.loaders.naromradeById.load(avvikelse.naromradeId), 'naromrade', avvikelse.naromradeId),
  kommun: (avvikelse) => ({ kod: avvikelse.kommunkod }),
  vardsamverkansomrade: async (avvikelse, _arguments, context) =>
    requireRow(
      await context.loaders.vardsamverkansomradeById.load(avvikelse.vardsamverkansomradeId),
      'vardsamverkansomrade',
      avvikelse.vardsamverkansomradeId,
    ),
  patient: (avvikelse) => patientOfAvvikelse(avvikelse),
};
