// An åtgärd in a närområdesplan: its owner as a Huvudman, and whether it is late today.
import type { AtgardResolvers } from '../generated/resolvers.js';
import { isAtgardForsenad } from '../naromrade/atgardForsenad.js';

export const Atgard: AtgardResolvers = {
  agare: (atgard) => ({ id: atgard.agare }),
  forsenad: (atgard, _arguments, context) => isAtgardForsenad(atgard, context.today),
};
