// Boende, owned by the kommun subgraph: the region adds how many residents are listed elsewhere than at the
// vårdcentral responsible for the boende, from the kommun's pseudonyms and samverkan's responsible vårdcentral.
import { isHsaId } from '../../../platform/identifiers/hsaId.js';
import { isReferenceId } from '../../../platform/identifiers/referenceId.js';
import { isPackedPseudonymer, unpackPseudonymer } from '../../../platform/scalars/patientpseudonymerScalar.js';
import { suppressSmallCount } from '../../common/suppression/suppressSmallCount.js';
import { invanareListadeAnnanstans } from '../boende/invanareListadeAnnanstans.js';
import type { BoendeResolvers } from '../generated/resolvers.js';

export const Boende: BoendeResolvers = {
  // The gateway supplies the required parts; anything malformed counts as unavailable rather than as data.
  __resolveReference: (reference) => {
    if (!isReferenceId(reference.id)) return null;
    const pseudonymer: unknown = 'invanarnasPseudonymer' in reference ? reference.invanarnasPseudonymer : null;
    const hsaId: unknown = 'ansvarigVardcentralHsaId' in reference ? reference.ansvarigVardcentralHsaId : null;
    return {
      id: reference.id,
      invanarnasPseudonymer: isPackedPseudonymer(pseudonymer) ? pseudonymer : null,
      ansvarigVardcentralHsaId: typeof hsaId === 'string' && isHsaId(hsaId) ? hsaId : null,
    };
  },

  antalInvanareListadeAnnanstans: async ({ invanarnasPseudonymer, ansvarigVardcentralHsaId }, _args, { loaders, suppressionThreshold }) => {
    if (invanarnasPseudonymer === null || ansvarigVardcentralHsaId === null) return null;
    const listade = await loaders.listadePseudonymerByVardcentral.load(ansvarigVardcentralHsaId);
    return suppressSmallCount(invanareListadeAnnanstans(unpackPseudonymer(invanarnasPseudonymer), listade), suppressionThreshold);
  },
};
