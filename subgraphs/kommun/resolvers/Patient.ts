// Patient, owned jointly: the kommun contributes its ongoing insatser. All
// reads go through context.loaders.patient (the seam for the access rules).
import { patientIdProblem } from '../../common/identifiers/patientId.js';
import type { PatientResolvers } from '../generated/resolvers.js';

export const Patient: PatientResolvers = {
  // An invalid personnummer in a representation is answered with null and never reaches SQL.
  __resolveReference: ({ id }) => (patientIdProblem(id) === null ? { id } : null),

  kommun: async (patient, _args, context) => {
    const registrering = await context.loaders.patient.patient.load(patient.id);
    return registrering ? context.loaders.kommun.load(registrering.kommunkod) : null;
  },

  hemsjukvard: (patient, _args, context) => context.loaders.patient.hemsjukvard.load(patient.id),

  hemtjanst: (patient, _args, context) => context.loaders.patient.hemtjanst.load(patient.id),

  boende: (patient, _args, context) => context.loaders.patient.boendeVistelse.load(patient.id),
};
