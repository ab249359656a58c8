// Vårdcentral, owned by the vgr subgraph: this one adds its boendeansvar under plans in force.
import { isHsaId } from '../../../platform/identifiers/hsaId.js';
import type { VardcentralResolvers } from '../generated/resolvers.js';

export const Vardcentral: VardcentralResolvers = {
  __resolveReference: (reference) =>
    typeof reference.hsaId === 'string' && isHsaId(reference.hsaId) ? { hsaId: reference.hsaId } : null,
  boendeansvar: (vardcentral, _arguments, context) => context.loaders.boendeansvarInForceByVardcentral.load(vardcentral.hsaId),
};
