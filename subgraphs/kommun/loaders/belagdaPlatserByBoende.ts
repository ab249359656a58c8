// Occupied places today per boende (batched): the number of ongoing stays. A count is the same whoever asks,
// so it is remembered process-wide for half a minute (common/database/recentResults.ts), as the närområde counts are.
import type { Kysely } from 'kysely';
import { createRecentRowLoader } from '../../common/database/loaders.js';
import { sharedRecentResults } from '../../common/database/recentResults.js';
import type { KommunDatabase } from '../database.js';
import { isOngoingPeriod } from './ongoingInsats.js';

export interface BelagdaPlatserRow {
  boendeId: string;
  antal: number;
}

/** Loads a row per boende with ongoing stays; a boende without any gets null (zero occupied). */
export function createBelagdaPlatserByBoendeLoader(db: Kysely<KommunDatabase>, today: string) {
  return createRecentRowLoader<string, BelagdaPlatserRow>(
    sharedRecentResults(db, `belagdaPlatser:${today}`),
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
