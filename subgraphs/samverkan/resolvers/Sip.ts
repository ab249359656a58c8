// SIP, an entity this subgraph owns; patient-level data, so every read goes
// through loaders/patientDataLoaders.ts (the access-rule seam).
import type { SipResolvers } from '../generated/resolvers.js';
import { patientOfSip } from '../loaders/patientDataLoaders.js';
import { isReferenceId } from '../../common/identifiers/referenceId.js';
import { requireRow } from '../../common/errors/requireRow.js';

export const Sip: SipResolvers = {
  __resolveReference: (reference, context) => (isReferenceId(reference.id) ? context.loaders.patient.sipById.load(reference.id) : null),
  patient: (sip) => patientOfSip(sip),
  naromrade: async (sip, _arguments, context) =>
    requireRow(await context.loaders.naromradeById.load(sip.naromradeId), 'naromrade', sip.naromradeId),
  huvudansvar: (sip) => ({ id: sip.huvudansvar }),
};
