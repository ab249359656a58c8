// Patient, contributed to by every subgraph: here the person's SIPs, the
// avvikelser that concern them and the shared layer's log extract, all read
// through the patient-data seam (loaders/patientDataLoaders.ts), which decides
// and logs each record.
import { patientIdProblem } from '../../../platform/identifiers/patientId.js';
import type { PatientResolvers } from '../generated/resolvers.js';
import { avvikelserOfPatient, lasningarOfPatient, siparOfPatient } from '../loaders/patientDataLoaders.js';

export const Patient: PatientResolvers = {
  // An invalid personnummer in a representation never reaches SQL. The
  // reference itself carries only the id the caller sent; each field decides.
  __resolveReference: (reference) =>
    typeof reference.id === 'string' && patientIdProblem(reference.id) === null ? { id: reference.id } : null,
  sipar: (patient, _arguments, context) => siparOfPatient(context, patient.id),
  avvikelser: (patient, _arguments, context) => avvikelserOfPatient(context, patient.id),
  samverkansLasningar: (patient, _arguments, context) => lasningarOfPatient(context, patient.id),
};
