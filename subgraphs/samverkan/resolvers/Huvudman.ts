// A huvudman, derived from its id alone (no query).
import type { HuvudmanResolvers } from '../generated/resolvers.js';
import { huvudmanNamn, huvudmanTyp } from '../huvudman/describeHuvudman.js';

export const Huvudman: HuvudmanResolvers = {
  typ: (huvudman) => huvudmanTyp(huvudman.id),
  namn: (huvudman) => huvudmanNamn(huvudman.id),
};
