// The kommun's registration of each patient (batched): which kommun gives
// them insatser and which närområde they live in.
import type { Kysely } from 'kysely';
import { createRowLoader } from '../../../common/database/loaders.js';
import type { KommunDatabase } from '../../database.js';
import type { KommunPatientRow } from '../../rows.js';

export function createKommunPatientByPersonnummerLoader(db: Kysely<KommunDatabase>) {
  return createRowLoader<string, KommunPatientRow>(
    (personnummer) =>
      db
        .selectFrom('patient')
        .select(['personnummer', 'kommunkod', 'naromrade_id as naromradeId'])
        .where((eb) => eb('personnummer', '=', eb.fn.any(eb.val([...personnummer]))))
        .execute(),
    (row) => row.personnummer,
  );
}
