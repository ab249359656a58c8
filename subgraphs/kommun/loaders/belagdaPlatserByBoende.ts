// Occupied places today per boende (batched): the number of ongoing stays.
import type { Kysely } from 'kysely';
import { createRowLoader } from '../../common/database/loaders.js';
import type { KommunDatabase } from '../database.js';
import { isOngoingPeriod } from './ongoingInsats.js';

export interface BelagdaPlatserRow {
  boendeId: string;
  antal: number;
}

/** Loads a row per boende with ongoing stays; a boende without any gets null (zero occupied). */
export function createBelagdaPlatserByBoendeLoader(db: Kysely<KommunDatabase>, today: string) {
  return createRowLoader<string, BelagdaPlatserRow>(
    (boendeIds) =>
      db
        .selectFrom('boende_vistelse')
        .select((eb) => ['boende_id as boendeId', eb.fn.countAll<number>().as('antal')])
        .where((eb) => eb('boende_id', '=', eb.fn.any(eb.val([...boendeIds]))))
        .where(isOngoingPeriod('boende_vistelse.fran', 'boende_vistelse.till', today))
        .groupBy('boende_id')
        .execute(),
    (row) => row.boendeId,
  );
}
