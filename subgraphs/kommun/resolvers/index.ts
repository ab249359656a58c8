// The kommun subgraph's resolver map, one file per type.
import { DateScalar, DateTimeScalar } from '../../../platform/scalars/dateScalars.js';
import { PatientpseudonymerScalar } from '../../../platform/scalars/patientpseudonymerScalar.js';
import type { Resolvers } from '../generated/resolvers.js';
import { Boende } from './Boende.js';
import { BoendeVistelse } from './BoendeVistelse.js';
import { HemsjukvardInskrivning } from './HemsjukvardInskrivning.js';
import { HemtjanstBeslut } from './HemtjanstBeslut.js';
import { Kommun } from './Kommun.js';
import { Loggutdrag } from './Loggutdrag.js';
import { Mutation } from './Mutation.js';
import { Naromrade } from './Naromrade.js';
import { Patient } from './Patient.js';
import { Query } from './Query.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Patientpseudonymer: PatientpseudonymerScalar,
  Query,
  Mutation,
  Kommun,
  Boende,
  Naromrade,
  Patient,
  Loggutdrag,
  HemsjukvardInskrivning,
  HemtjanstBeslut,
  BoendeVistelse,
};
