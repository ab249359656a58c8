// Batched reads of läkare: by HSA-id, and per vårdcentral (sorted by name).
import type { Kysely } from 'kysely';
import { createGroupLoader, createRowLoader } from '../../common/database/loaders.js';
import { reusableQuery } from '../../common/database/reusableQuery.js';
import type { VgrDatabase } from '../database.js';
import type { LakareRow } from '../rows.js';
import { anyOf } from './anyOf.js';
import { bySwedishName } from '../../../platform/sorting/swedishOrder.js';

const selectLakare = (db: Kysely<VgrDatabase>) =>
  db.selectFrom('lakare').select(['hsa_id as hsaId', 'namn', 'vardcentral_hsa_id as vardcentralHsaId']);
const selectLakareByHsaId = reusableQuery((db: Kysely<VgrDatabase>, hsaIds: readonly string[]) =>
  selectLakare(db).where('hsa_id', '=', anyOf(hsaIds)),
);
const selectLakareByVardcentral = reusableQuery((db: Kysely<VgrDatabase>, vardcentralHsaIds: readonly string[]) =>
  selectLakare(db).where('vardcentral_hsa_id', '=', anyOf(vardcentralHsaIds)),
);

export function createLakareLoaders(db: Kysely<VgrDatabase>) {

  return {
    lakareByHsaId: createRowLoader<string, LakareRow>(
      (hsaIds) => selectLakareByHsaId(db, hsaIds),
      (row) => row.hsaId,
    ),
    lakareByVardcentralHsaId: createGroupLoader<string, LakareRow>(
      async (vardcentralHsaIds) =>
        (await selectLakareByVardcentral(db, vardcentralHsaIds)).sort(bySwedishName),
      (row) => row.vardcentralHsaId,
    ),
  };
}
