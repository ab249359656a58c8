// The åtgärder of each närområdesplan version by due date, batched (`Naromradesplan.atgarder`).
import type { Kysely } from 'kysely';
import { createGroupLoader } from '../../common/database/loaders.js';
import type { SamverkanDatabase } from '../database.js';
import type { AtgardRow } from '../rows.js';

export function createAtgarderByPlanLoader(db: Kysely<SamverkanDatabase>) {
  return createGroupLoader<string, AtgardRow>(
    (planIds) =>
      db
        .selectFrom('atgard')
        .select([
          'id',
          'plan_id as planId',
          'beskrivning',
          'agare',
          'ansvarig_enhet as ansvarigEnhet',
          'sista_datum as sistaDatum',
          'status',
        ])
        .where((eb) => eb('plan_id', '=', eb.fn.any(eb.val([...planIds]))))
        .orderBy('sista_datum')
        .orderBy('id')
        .execute(),
    (row) => row.planId,
  );
}
