// The difference between two närområdesplan versions (naromrade/planSkillnad.ts),
// and its changed rows: the boende is a reference the kommun subgraph resolves.
import type { AndradAtgardResolvers, AndratBoendeansvarResolvers, NaromradesplanskillnadResolvers } from '../generated/resolvers.js';

export const Naromradesplanskillnad: NaromradesplanskillnadResolvers = {
  tillagdaBoendeansvar: (skillnad) => skillnad.boendeansvar.tillagda,
  borttagnaBoendeansvar: (skillnad) => skillnad.boendeansvar.borttagna,
  andradeBoendeansvar: (skillnad) => skillnad.boendeansvar.andrade,
  tillagdaAtgarder: (skillnad) => skillnad.atgarder.tillagda,
  borttagnaAtgarder: (skillnad) => skillnad.atgarder.borttagna,
  andradeAtgarder: (skillnad) => skillnad.atgarder.andrade,
};

export const AndratBoendeansvar: AndratBoendeansvarResolvers = {
  boendeId: (andrad) => andrad.efter.boendeId,
  boende: (andrad) => ({ id: andrad.efter.boendeId }),
};

export const AndradAtgard: AndradAtgardResolvers = {};
