// One stored step of an avvikelse's workflow (loaded by avvikelse/avvikelsehandelserLoader.ts);
// its huvudman is a bare id, described (type, name) by the Huvudman resolvers (huvudman/describeHuvudman.ts).
import type { AvvikelsehandelseResolvers } from '../generated/resolvers.js';

export const Avvikelsehandelse: AvvikelsehandelseResolvers = {
  huvudman: (handelse) => ({ id: handelse.huvudman.id }),
};
