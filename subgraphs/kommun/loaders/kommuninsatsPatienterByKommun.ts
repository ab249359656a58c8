// Each kommun's patients with an ongoing insats, by personnummer with their
// pseudonym (batched): the rows behind the shared-patient count and the list
// of those patients. Only pseudonyms are compared with the region's; every
// patient the list names goes through the patient seam.
import type { Kysely } from 'kysely';
import { createRecentGroupLoader } from '../../common/database/loaders.js';
import { sharedRecentResults } from '../../common/database/recentResults.js';
import { patientPseudonym } from '../../../platform/identifiers/patientPseudonym.js';
import type { KommunDatabase } from '../database.js';
import { hasOngoingKommuninsats } from './ongoingInsats.js';

export interface KommuninsatsPatientRow {
  kommunkod: string;
  personnummer: string;
  pseudonym: string;
}

/**
 * Per database and day, each kommun's set of the last half minute: a NOSAM view opened by many at once reads
 * and hashes the kommun's patients (23,000 in Göteborg at `vg`) once. The set is the same whoever asks; every
 * patient a list names still goes through the access seam per request.
 */
/** One loader for the count and the list, so they always agree. */
export function createKommuninsatsPatienterByKommunLoader(db: Kysely<KommunDatabase>, today: string, pseudonymKey: string) {
  return createRecentGroupLoader<string, KommuninsatsPatientRow>(
    sharedRecentResults(db, `kommuninsatsPatienter:${today}`),
    async (koder) => {
      const patienter = await db
        .selectFrom('patient')
        .select(['kommunkod', 'personnummer'])
        .where((eb) => eb('kommunkod', '=', eb.fn.any(eb.val([...koder]))))
        .where(hasOngoingKommuninsats('patient.personnummer', today))
        .execute();
      return patienter.map(({ kommunkod, personnummer }) => ({ kommunkod, personnummer, pseudonym: patientPseudonym(personnummer, pseudonymKey) }));
    },
    (row) => row.kommunkod,
  );
}
