// A participant of a NOSAM meeting: its huvudman is resolved from the stored id, like the avvikelse parties.
import type { MotesdeltagareResolvers } from '../generated/resolvers.js';

export const Motesdeltagare: MotesdeltagareResolvers = {
  huvudman: (deltagare) => ({ id: deltagare.huvudman }),
};
