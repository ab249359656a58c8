// The boendeansvar of each boende under the plan in force today, batched
// (`Boende.boendeansvar`); a boende without a row has a gap in läkarmedverkan.
import type { Kysely } from 'kysely';
import { createRowLoader } from '../../common/database/loaders.js';
import type { SamverkanDatabase } from '../database.js';
import type { BoendeansvarRow } from '../rows.js';
import { selectBoendeansvarInForce } from './selectBoendeansvar.js';

export function createBoendeansvarInForceByBoendeLoader(db: Kysely<SamverkanDatabase>, today: string) {
  return createRowLoader<string, BoendeansvarRow>(
    (boendeIds) =>
      selectBoendeansvarInForce(db, today)
        .where((eb) => eb('boendeansvar.boende_id', '=', eb.fn.any(eb.val([...boendeIds]))))
        // One row per boende even if two plans in force name it (a data error): the newest plan wins.
        .distinctOn('boendeansvar.boende_id')
        .orderBy('boendeansvar.boende_id')
        .orderBy('naromradesplan.giltig_fran', 'desc')
        .orderBy('naromradesplan.version', 'desc')
        .execute(),
    (row) => row.boendeId,
  );
}
