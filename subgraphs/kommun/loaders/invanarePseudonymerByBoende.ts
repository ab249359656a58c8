// The pseudonyms of the people living in each boende today (batched), for the region's count of residents
// listed at another vårdcentral than the responsible one. Only pseudonyms leave; like the occupancy count they
// are the same whoever asks, so they are remembered process-wide for half a minute.
import type { Kysely } from 'kysely';
import { createRecentGroupLoader } from '../../common/database/loaders.js';
import { sharedRecentResults } from '../../common/database/recentResults.js';
import { patientPseudonym } from '../../../platform/identifiers/patientPseudonym.js';
import type { KommunDatabase } from '../database.js';
import { isOngoingPeriod } from './ongoingInsats.js';

export interface InvanarePseudonymRow {
  boendeId: string;
  pseudonym: string;
}

/** Sorted by pseudonym, so the list says nothing about the order of the stays. */
export function createInvanarePseudonymerByBoendeLoader(db: Kysely<KommunDatabase>, today: string, pseudonymKey: string) {
  return createRecentGroupLoader<string, InvanarePseudonymRow>(
    sharedRecentResults(db, `invanarePseudonymer:${today}`),
    async (boendeIds) => {
      const stays = await db
        .selectFrom('boende_vistelse')
        .select(['boende_id as boendeId', 'personnummer'])
        .where((eb) => eb('boende_id', '=', eb.fn.any(eb.val([...boendeIds]))))
        .where(isOngoingPeriod('boende_vistelse.fran', 'boende_vistelse.till', today))
        .execute();
      return stays
        .map(({ boendeId, personnummer }) => ({ boendeId, pseudonym: patientPseudonym(personnummer, pseudonymKey) }))
        .sort((a, b) => (a.pseudonym < b.pseudonym ? -1 : a.pseudonym > b.pseudonym ? 1 : 0));
    },
    (row) => row.boendeId,
  );
}
