// Pseudonyms of each kommun's patients with an ongoing insats (batched), for
// counting the patients a kommun shares with the region. Personnummer are
// read here and turned into keyed hashes at once; none leaves this module.
import type { Kysely } from 'kysely';
import { createGroupLoader } from '../../common/database/loaders.js';
import { patientPseudonym } from '../../common/identifiers/patientPseudonym.js';
import type { KommunDatabase } from '../database.js';
import { hasOngoingKommuninsats } from './ongoingInsats.js';

export interface PatientPseudonymRow {
  kommunkod: string;
  pseudonym: string;
}

export function createPatientPseudonymerByKommunLoader(db: Kysely<KommunDatabase>, today: string, pseudonymKey: string) {
  return createGroupLoader<string, PatientPseudonymRow>(
    async (koder) => {
      const patienter = await db
        .selectFrom('patient')
        .select(['kommunkod', 'personnummer'])
        .where((eb) => eb('kommunkod', '=', eb.fn.any(eb.val([...koder]))))
        .where(hasOngoingKommuninsats('patient.personnummer', today))
        .execute();
      return patienter.map(({ kommunkod, personnummer }) => ({
        kommunkod,
        pseudonym: patientPseudonym(personnummer, pseudonymKey),
      }));
    },
    (row) => row.kommunkod,
  );
}
