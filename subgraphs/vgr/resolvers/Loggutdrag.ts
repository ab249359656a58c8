// A patient's log extract as the region contributes it: the reads in the
// region's access log, judged here (common/atkomstlogg/atkomstloggReaders.ts) and
// never logged themselves. It carries no way to the patient's record.
import { loggutdragReference } from '../../../platform/atkomstlogg/loggutdrag.js';
import type { LoggutdragResolvers } from '../generated/resolvers.js';

export const Loggutdrag: LoggutdragResolvers = {
  __resolveReference: loggutdragReference,
  regionensLasningar: ({ patientId }, _args, { lasningar }) => lasningar.load(patientId),
};
