// A patient's log extract as the kommuner contribute it: the reads in the
// kommun subgraph's access log, judged here (a kommun's granskare sees its own
// kommun's rows only) and never logged themselves. It carries no way to the
// patient's record.
import { loggutdragReference } from '../../../platform/atkomstlogg/loggutdrag.js';
import type { LoggutdragResolvers } from '../generated/resolvers.js';

export const Loggutdrag: LoggutdragResolvers = {
  __resolveReference: loggutdragReference,
  kommunensLasningar: ({ patientId }, _args, context) => context.loaders.lasningar.load(patientId),
};
