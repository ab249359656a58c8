// SIP, an entity this subgraph owns; patient-level data as a whole (its fields
// reveal the person's plan), so every read goes through
// loaders/patientDataLoaders.ts (the access-rule seam): a SIP reaches a reader
// only through `Patient.sipar`, `_entities`, `forsenadeSipUppfoljningar` or
// the payload of the reader's own write, all decided there. Its parts
// (insatser, deltagare, follow-ups) are loaded there too, batched per request.
import type { SipResolvers } from '../generated/resolvers.js';
import { patientOfSip, sipByReference, sipParts } from '../loaders/patientDataLoaders.js';
import { isReferenceId } from '../../../platform/identifiers/referenceId.js';
import { requireRow } from '../../../platform/errors/requireRow.js';
import { sipForsenad } from '../sip/sipTransition.js';

export const Sip: SipResolvers = {
  __resolveReference: (reference, context) => (isReferenceId(reference.id) ? sipByReference(context, reference.id) : null),
  patient: (sip, _arguments, context) => patientOfSip(context, sip),
  naromrade: async (sip, _arguments, context) =>
    requireRow(await context.loaders.naromradeById.load(sip.naromradeId), 'naromrade', sip.naromradeId),
  huvudansvar: (sip) => ({ id: sip.huvudansvar }),
  insatser: (sip, _arguments, context) => sipParts(context, sip).insatser(),
  deltagare: (sip, _arguments, context) => sipParts(context, sip).deltagare(),
  uppfoljningar: (sip, _arguments, context) => sipParts(context, sip).uppfoljningar(),
  forsenadUppfoljning: (sip, _arguments, context) => sipForsenad(sip, context.today),
};
