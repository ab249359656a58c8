// All samverkan resolvers, one file per type, checked against the generated `Resolvers` type.
import { DateScalar, DateTimeScalar } from '../../../platform/scalars/dateScalars.js';
import type { Resolvers } from '../generated/resolvers.js';
import { Atgard } from './Atgard.js';
import { Avvikelse } from './Avvikelse.js';
import { Avvikelsehandelse } from './Avvikelsehandelse.js';
import { Boende } from './Boende.js';
import { Boendeansvar } from './Boendeansvar.js';
import { Huvudman } from './Huvudman.js';
import { Kommun } from './Kommun.js';
import { Loggutdrag } from './Loggutdrag.js';
import { Mutation } from './Mutation.js';
import { Naromrade } from './Naromrade.js';
import { MotesBeslut } from './MotesBeslut.js';
import { Motesdeltagare } from './Motesdeltagare.js';
import { Naromradesplan } from './Naromradesplan.js';
import { AndradAtgard, AndratBoendeansvar, Naromradesplanskillnad } from './Naromradesplanskillnad.js';
import { NosamMote } from './NosamMote.js';
import { Patient } from './Patient.js';
import { Query } from './Query.js';
import { Sip } from './Sip.js';
import { Vardcentral } from './Vardcentral.js';
import { Vardsamverkansomrade } from './Vardsamverkansomrade.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Vardsamverkansomrade,
  Kommun,
  Naromrade,
  Naromradesplan,
  Naromradesplanskillnad,
  AndratBoendeansvar,
  AndradAtgard,
  NosamMote,
  MotesBeslut,
  Motesdeltagare,
  Boendeansvar,
  Atgard,
  Huvudman,
  Avvikelse,
  Avvikelsehandelse,
  Sip,
  Patient,
  Loggutdrag,
  Boende,
  Vardcentral,
};
