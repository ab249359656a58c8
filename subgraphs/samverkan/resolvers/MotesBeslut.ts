// A decision of a NOSAM meeting: the åtgärd it created or closed, by id, batched.
import type { MotesBeslutResolvers } from '../generated/resolvers.js';
import { motesBeslutRow } from '../naromrade/nosam/nosamMoteParent.js';

export const MotesBeslut: MotesBeslutResolvers = {
  skapadAtgard: (beslut, _arguments, context) => {
    const id = motesBeslutRow(beslut).skapadAtgardId;
    return id === null ? null : context.loaders.atgardById.load(id);
  },
  stangdAtgard: (beslut, _arguments, context) => {
    const id = motesBeslutRow(beslut).stangdAtgardId;
    return id === null ? null : context.loaders.atgardById.load(id);
  },
};
