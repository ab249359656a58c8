// Every närområdesplan version of each närområde, newest first, batched. Both
// `Naromrade.naromradesplaner` and `Naromrade.naromradesplan` (the one in force) read it.
import type { Kysely } from 'kysely';
import { createGroupLoader } from '../../common/database/loaders.js';
import type { SamverkanDatabase } from '../database.js';
import type { NaromradesplanRow } from '../rows.js';

export function createNaromradesplanerByNaromradeLoader(db: Kysely<SamverkanDatabase>) {
  return createGroupLoader<string, NaromradesplanRow>(
    (naromradeIds) =>
      db
        .selectFrom('naromradesplan')
        .select([
          'id',
          'naromrade_id as naromradeId',
          'version',
          'giltig_fran as giltigFran',
          'giltig_till as giltigTill',
          'faststalld_datum as faststalldDatum',
          'faststalld_av as faststalldAv',
          'faststalld_av_enhet_hsa_id as faststalldAvEnhet',
        ])
        .where((eb) => eb('naromrade_id', '=', eb.fn.any(eb.val([...naromradeIds]))))
        .orderBy('version', 'desc')
        .execute(),
    (row) => row.naromradeId,
  );
}
