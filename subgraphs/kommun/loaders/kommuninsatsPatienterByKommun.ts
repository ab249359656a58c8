// Each kommun's patients with an ongoing insats, by personnummer with their
// pseudonym (batched): the rows behind the shared-patient count and the list
// of those patients. Only pseudonyms are compared with the region's; every
// patient the list names goes through the patient seam.
import type { Kysely } from 'kysely';
import { createGroupLoader } from '../../common/database/loaders.js';
import { patientPseudonym } from '../../common/identifiers/patientPseudonym.js';
import type { KommunDatabase } from '../database.js';
import { hasOngoingKommuninsats } from './ongoingInsats.js';

export interface KommuninsatsPatientRow {
  kommunkod: string;
  personnummer: string;
  pseudonym: string;
}

/** One loader for the count and the list, so they always agree. */
export function createKommuninsatsPatienterByKommunLoader(db: Kysely<KommunDatabase>, today: string, pseudonymKey: string) {
  return createGroupLoader<string, KommuninsatsPatientRow>(
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
