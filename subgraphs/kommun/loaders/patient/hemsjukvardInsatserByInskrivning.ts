// The insatser of each hemsjukvård inskrivning (batched), in a fixed order.
import type { Kysely } from 'kysely';
import { createGroupLoader } from '../../../common/database/loaders.js';
import type { KommunDatabase } from '../../database.js';
import type { HemsjukvardInsatsRow } from '../../rows.js';

export function createHemsjukvardInsatserByInskrivningLoader(db: Kysely<KommunDatabase>) {
  return createGroupLoader<string, HemsjukvardInsatsRow>(
    (inskrivningIds) =>
      db
        .selectFrom('hemsjukvard_insats')
        .select(['inskrivning_id as inskrivningId', 'typ', 'besok_per_vecka as besokPerVecka'])
        .where((eb) => eb('inskrivning_id', '=', eb.fn.any(eb.val([...inskrivningIds]))))
        .orderBy('inskrivning_id')
        .orderBy('typ')
        .execute(),
    (row) => row.inskrivningId,
  );
}
