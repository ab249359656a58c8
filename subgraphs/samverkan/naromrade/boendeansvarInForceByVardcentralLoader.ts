// The boendeansvar of each vårdcentral under plans in force today, batched (`Vardcentral.boendeansvar`).
import type { Kysely } from 'kysely';
import { createGroupLoader } from '../../common/database/loaders.js';
import type { SamverkanDatabase } from '../database.js';
import type { BoendeansvarRow } from '../rows.js';
import { selectBoendeansvarInForce } from './selectBoendeansvar.js';

export function createBoendeansvarInForceByVardcentralLoader(db: Kysely<SamverkanDatabase>, today: string) {
  return createGroupLoader<string, BoendeansvarRow>(
    (hsaIds) =>
      selectBoendeansvarInForce(db, today)
        .where((eb) => eb('boendeansvar.vardcentral_hsa_id', '=', eb.fn.any(eb.val([...hsaIds]))))
        .orderBy('boendeansvar.boende_id')
        .execute(),
    (row) => row.vardcentralHsaId,
  );
}
