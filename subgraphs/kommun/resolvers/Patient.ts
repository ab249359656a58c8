// Patient, owned jointly: the kommun contributes its ongoing insatser. Every
// patient-level field reads through context.loaders.patient, which decides
// access from the data itself (the kommun holding it), logs the attempt, and
// refuses or filters (loaders/patientLoaders.ts). Because the rule sits on the
// fields, an `_entities` call sent straight here gets what the gateway would.
import { patientIdProblem } from '../../../platform/identifiers/patientId.js';
import type { PatientResolvers } from '../generated/resolvers.js';

export const Patient: PatientResolvers = {
  // An invalid personnummer in a representation is answered with null and never reaches SQL.
  // The reference carries only the id the caller sent; each field decides for itself.
  __resolveReference: ({ id }) => (patientIdProblem(id) === null ? { id } : null),

  kommun: async (patient, _args, context) => {
    const registrering = await context.loaders.patient.registrering(patient.id);
    return registrering ? context.loaders.kommun.load(registrering.kommunkod) : null;
  },

  hemsjukvard: (patient, _args, context) => context.loaders.patient.hemsjukvard(patient.id),

  hemtjanst: (patient, _args, context) => context.loaders.patient.hemtjanst(patient.id),

  boende: (patient, _args, context) => context.loaders.patient.boendeVistelse(patient.id),

  harSparradKommuninformation: (patient, _args, context) => context.loaders.patient.harSparradInformation(patient.id),

  kommunensLasningar: (patient, _args, context) => context.loaders.lasningar.load(patient.id),
};
