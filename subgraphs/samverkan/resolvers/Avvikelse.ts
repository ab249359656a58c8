// Avvikelse i samverkan, an entity this subgraph owns. Fetched by `_entities`
// it obeys the same role check as `Query.avvikelse`; its patient is handed out
// only through loaders/patientDataLoaders.ts (the access-rule seam).
import type { AvvikelseResolvers } from '../generated/resolvers.js';
import { patientOfAvvikelse } from '../loaders/patientDataLoaders.js';
import { handleAvvikelser, readAvvikelser } from '../avvikelse/avvikelseAccess.js';
import { mojligaHandlingar, sidaFor } from '../avvikelse/avvikelseTransition.js';
import { isPermitted, requireAccess } from '../../../platform/auth/requireAccess.js';
import { isReferenceId } from '../../../platform/identifiers/referenceId.js';
import { requireRow } from '../../../platform/errors/requireRow.js';
import { aterkopplingSenast, dagarTillAterkoppling, forsenadAterkoppling } from '../avvikelse/aterkoppling.js';

export const Avvikelse: AvvikelseResolvers = {
  // Async, so a refusal fails this entity only, not the whole `_entities` list.
  __resolveReference: async (reference, context) => {
    requireAccess(context.identity, readAvvikelser, 'read avvikelser');
    return isReferenceId(reference.id) ? context.loaders.avvikelseById.load(reference.id) : null;
  },
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
  patient: (avvikelse, _arguments, context) => patientOfAvvikelse(context, avvikelse),
  aterkopplingSenast: (avvikelse) => aterkopplingSenast(avvikelse.mottagenTid),
  forsenadAterkoppling: (avvikelse, _arguments, context) => forsenadAterkoppling(avvikelse, context.today),
  dagarTillAterkoppling: (avvikelse, _arguments, context) => dagarTillAterkoppling(avvikelse, context.today),
  // The same role check and rule as hanteraAvvikelse, so what is offered is what will be accepted.
  mojligaHandlingar: (avvikelse, _arguments, context) =>
    isPermitted(context.identity, handleAvvikelser)
      ? mojligaHandlingar({ status: avvikelse.status, systemfelNiva: avvikelse.systemfelNiva }, sidaFor(context.identity.huvudman, avvikelse))
      : [],
  systemfel: (avvikelse) => avvikelse.systemfelNiva,
  handelser: (avvikelse, _arguments, context) => context.loaders.avvikelsehandelser.load(avvikelse.id),
};
