// Each patient's ongoing hemsjukvård inskrivning (batched).
import type { Kysely } from 'kysely';
import { createRowLoader } from '../../../common/database/loaders.js';
import { reusableQuery } from '../../../common/database/reusableQuery.js';
import type { KommunDatabase } from '../../database.js';
import type { HemsjukvardInskrivningRow } from '../../rows.js';
import { isOngoingPeriod } from '../ongoingInsats.js';

const selectOngoingHemsjukvard = reusableQuery((db: Kysely<KommunDatabase>, personnummer: readonly string[], today: string) =>
  db
    .selectFrom('hemsjukvard_inskrivning')
    // Should two overlap (a data error), the latest inskrivning is the one shown.
    .distinctOn('personnummer')
    .select([
      'id',
      'personnummer',
      'kommunkod',
      'inskriven_fran as inskrivenFran',
      'utskriven_datum as utskrivenDatum',
      'sjukskoterska_hsa_id as sjukskoterskaHsaId',
      'sjukskoterska_namn as sjukskoterskaNamn',
    ])
    .where((eb) => eb('personnummer', '=', eb.fn.any(eb.val(personnummer))))
    .where(isOngoingPeriod('hemsjukvard_inskrivning.inskriven_fran', 'hemsjukvard_inskrivning.utskriven_datum', today))
    .orderBy('personnummer')
    .orderBy('inskriven_fran', 'desc')
    .orderBy('id', 'desc'),
);

export function createOngoingHemsjukvardByPersonnummerLoader(db: Kysely<KommunDatabase>, today: string) {
  return createRowLoader<string, HemsjukvardInskrivningRow>(
    (personnummer) => selectOngoingHemsjukvard(db, personnummer, today),
    (row) => row.personnummer,
  );
}
