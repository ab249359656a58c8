// Patient, contributed to by every subgraph: here the person's SIPs and the
// avvikelser that concern them, read through the patient-data seam.
import { patientIdProblem } from '../../common/identifiers/patientId.js';
import type { PatientResolvers } from '../generated/resolvers.js';

export const Patient: PatientResolvers = {
  // An invalid personnummer in a representation never reaches SQL.
  __resolveReference: (reference) =>
    typeof reference.id === 'string' && patientIdProblem(reference.id) === null ? { id: reference.id } : null,
  sipar: (patient, _arguments, context) => context.loaders.patient.siparByPersonnummer.load(patient.id),
  avvikelser: (patient, _arguments, context) => context.loaders.patient.avvikelserByPersonnummer.load(patient.id),
};
