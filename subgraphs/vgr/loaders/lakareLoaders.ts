// Batched reads of läkare: by HSA-id, and per vårdcentral (sorted by name).
import type { Kysely } from 'kysely';
import { createGroupLoader, createRowLoader } from '../../common/database/loaders.js';
import type { VgrDatabase } from '../database.js';
import type { LakareRow } from '../rows.js';
import { anyOf } from './anyOf.js';
import { bySwedishName } from '../../common/sorting/swedishOrder.js';

export function createLakareLoaders(db: Kysely<VgrDatabase>) {
  const selectLakare = () =>
    db.selectFrom('lakare').select(['hsa_id as hsaId', 'namn', 'vardcentral_hsa_id as vardcentralHsaId']);

  return {
    lakareByHsaId: createRowLoader<string, LakareRow>(
      (hsaIds) => selectLakare().where('hsa_id', '=', anyOf(hsaIds)).execute(),
      (row) => row.hsaId,
    ),
    lakareByVardcentralHsaId: createGroupLoader<string, LakareRow>(
      async (vardcentralHsaIds) =>
        (await selectLakare().where('vardcentral_hsa_id', '=', anyOf(vardcentralHsaIds)).execute()).sort(bySwedishName),
      (row) => row.vardcentralHsaId,
    ),
  };
}
