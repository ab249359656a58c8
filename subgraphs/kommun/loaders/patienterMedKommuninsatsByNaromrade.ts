// How many people living in each närområde have an ongoing kommun insats
// (batched). An aggregate: no patient identity leaves this query, and it is
// the same for every reader, so it is remembered for half a minute.
import type { Kysely } from 'kysely';
import { createRecentRowLoader } from '../../common/database/loaders.js';
import { sharedRecentResults } from '../../common/database/recentResults.js';
import type { KommunDatabase } from '../database.js';
import { hasOngoingKommuninsats } from './ongoingInsats.js';

export interface NaromradeAntalRow {
  naromradeId: string;
  antal: number;
}

/** A row per närområde with at least one such patient; none means zero. */
export function createPatienterMedKommuninsatsByNaromradeLoader(db: Kysely<KommunDatabase>, today: string) {
  return createRecentRowLoader<string, NaromradeAntalRow>(
    sharedRecentResults(db, `patienterMedKommuninsats:${today}`),
    (naromradeIds) =>
      db
        .selectFrom('patient')
        .select((eb) => ['naromrade_id as naromradeId', eb.fn.countAll<number>().as('antal')])
        .where((eb) => eb('naromrade_id', '=', eb.fn.any(eb.val([...naromradeIds]))))
        .where(hasOngoingKommuninsats('patient.personnummer', today))
        .groupBy('naromrade_id')
        .execute(),
    (row) => row.naromradeId,
  );
}
