// The boendeansvar rows of each närområdesplan version, batched (`Naromradesplan.boendeansvar`).
import type { Kysely } from 'kysely';
import { createGroupLoader } from '../../common/database/loaders.js';
import type { SamverkanDatabase } from '../database.js';
import type { BoendeansvarRow } from '../rows.js';
import { selectBoendeansvar } from './selectBoendeansvar.js';

export function createBoendeansvarByPlanLoader(db: Kysely<SamverkanDatabase>) {
  return createGroupLoader<string, BoendeansvarRow>(
    (planIds) =>
      selectBoendeansvar(db)
        .where((eb) => eb('boendeansvar.plan_id', '=', eb.fn.any(eb.val([...planIds]))))
        .orderBy('boendeansvar.boende_id')
        .execute(),
    (row) => row.planId,
  );
}
