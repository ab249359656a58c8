// Naromrade is owned by the samverkan subgraph; the region contributes its
// vårdcentraler there and the patients with a region insats, as a count
// (small counts withheld, for every role) and as pseudonyms (internal: the
// kommun subgraph @requires them to count shared patients; no personnummer,
// so any authenticated role may have them and no log row is written).
import type { NaromradeResolvers } from '../generated/resolvers.js';
import { isReferenceId } from '../../../platform/identifiers/referenceId.js';
import { packPseudonymer } from '../../../platform/scalars/patientpseudonymerScalar.js';
import { suppressSmallCount } from '../../common/suppression/suppressSmallCount.js';

export const Naromrade: NaromradeResolvers = {
  __resolveReference: (reference) => (isReferenceId(reference.id) ? { id: reference.id } : null),
  vardcentraler: ({ id }, _args, { loaders }) => loaders.vardcentralerByNaromradeId.load(id),
  antalPatienterMedRegioninsats: async ({ id }, _args, { loaders, suppressionThreshold }) =>
    suppressSmallCount((await loaders.antalPatienterMedRegioninsatsByNaromradeId.load(id))?.antal ?? 0, suppressionThreshold),
  regionensPatientpseudonymer: async ({ id }, _args, { loaders }) => packedPseudonymerOf(await loaders.regioninsatsPseudonymerByNaromradeId.load(id)),
};

/** Packed once per list: the rows come from the remembered results, the same list for every view within their lifetime. */
const packedLists = new WeakMap<readonly { pseudonym: string }[], string>();

function packedPseudonymerOf(rows: readonly { pseudonym: string }[]): string {
  let packed = packedLists.get(rows);
  if (packed === undefined) {
    packed = packPseudonymer(rows.map((row) => row.pseudonym));
    packedLists.set(rows, packed);
  }
  return packed;
}
