// A patient's log extract as the shared layer contributes it: the reads of
// the patient's SIPs and avvikelser in samverkan's access log, judged in the
// patient-data seam (loaders/patientDataLoaders.ts) and never logged
// themselves. It carries no way to the patient's record.
import { loggutdragReference } from '../../../platform/atkomstlogg/loggutdrag.js';
import type { LoggutdragResolvers } from '../generated/resolvers.js';
import { lasningarOfPatient } from '../loaders/patientDataLoaders.js';

export const Loggutdrag: LoggutdragResolvers = {
  __resolveReference: loggutdragReference,
  samverkansLasningar: ({ patientId }, _arguments, context) => lasningarOfPatient(context, patientId),
};
