// The vgr subgraph's resolvers, one file per root or entity type.
import { DateScalar, DateTimeScalar } from '../../../platform/scalars/dateScalars.js';
import { PatientpseudonymerScalar } from '../../../platform/scalars/patientpseudonymerScalar.js';
import type { Resolvers } from '../generated/resolvers.js';
import { Boende } from './Boende.js';
import { FastLakarkontakt } from './FastLakarkontakt.js';
import { Kommun } from './Kommun.js';
import { Lakare } from './Lakare.js';
import { Listning } from './Listning.js';
import { Loggutdrag } from './Loggutdrag.js';
import { Mutation } from './Mutation.js';
import { Naromrade } from './Naromrade.js';
import { Narsjukvardsteam } from './Narsjukvardsteam.js';
import { NarsjukvardsteamEpisod } from './NarsjukvardsteamEpisod.js';
import { Patient } from './Patient.js';
import { Query } from './Query.js';
import { Vardcentral } from './Vardcentral.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Patientpseudonymer: PatientpseudonymerScalar,
  Query,
  Mutation,
  Vardcentral,
  Boende,
  Lakare,
  Narsjukvardsteam,
  Kommun,
  Naromrade,
  Patient,
  Loggutdrag,
  Listning,
  FastLakarkontakt,
  NarsjukvardsteamEpisod,
};
